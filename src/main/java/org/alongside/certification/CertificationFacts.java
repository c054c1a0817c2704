package org.alongside.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.alongside.assessment.PracticeService;
import org.alongside.learning.AttendanceService;
import org.alongside.learning.AttendanceSummary;
import org.alongside.learning.LearningService;
import org.alongside.learning.TraineeCourse;
import org.alongside.supervision.SupervisionService;
import org.alongside.supervision.SupervisionStatus;

/** Gathers what certification depends on from the features that own it. */
@ApplicationScoped
public class CertificationFacts {

    @Inject
    LearningService learning;

    @Inject
    AttendanceService attendance;

    @Inject
    SupervisionService supervision;

    @Inject
    PracticeService practice;

    public EligibilityFacts of(long accountId, LocalDate today) {
        int modulesComplete = 0;
        int modulesTotal = 0;
        double attendanceShare = 1.0;
        int practiceSignedOff = 0;
        int practiceRequired = 0;
        var course = learning.courseOf(accountId, today);
        if (course.isPresent()) {
            TraineeCourse taken = course.get();
            modulesComplete = (int) taken.progress().modulesComplete();
            modulesTotal = taken.progress().modules().size();
            attendanceShare = taken.course().attendanceShare();
            practiceRequired = taken.course().observedPracticeRequired();
            practiceSignedOff = practice.signedOffCount(accountId, taken.course().id());
        }
        AttendanceSummary days = attendance.summaryOf(accountId);
        SupervisionStatus supervised = supervision.status(accountId, today);
        return new EligibilityFacts(modulesComplete, modulesTotal, days.present(), days.courseDays(), attendanceShare,
                supervised.signedOff(), supervised.required(), supervised.since(), practiceSignedOff, practiceRequired);
    }
}
