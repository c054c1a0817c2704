package org.alongside.learning;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.web.Page;

/** One cohort for its coordinators: the course days and their dates, opening a day early, and who has joined. */
@Named
@ViewScoped
public class CohortView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient CourseCatalog catalog;

    @Inject
    transient LearningCalendar calendar;

    private Long cohortId;
    private transient Cohort cohort;

    public void load() {
        cohort = cohortId == null ? null : cohorts.find(cohortId).orElse(null);
        if (cohort == null) {
            Page.notFound();
        }
    }

    public void openEarly(int dayNumber) {
        try {
            cohorts.openDayEarly(cohortId, dayNumber, calendar.today());
            cohort = cohorts.find(cohortId).orElseThrow();
            Page.info("cohort.openedEarly", dayNumber);
        } catch (CohortException e) {
            Page.error(e.messageKey(), e.arguments());
        }
    }

    public Cohort getCohort() {
        if (cohort == null && cohortId != null) {
            cohort = cohorts.find(cohortId).orElse(null);
        }
        return cohort;
    }

    public boolean isOpen(CohortDay day) {
        return day.isOpen(calendar.today());
    }

    public String dayTitle(CohortDay day) {
        return course().flatMap(course -> course.day(day.getNumber())).map(Course.Day::title).orElse("");
    }

    public String getCourseTitle() {
        return course().map(Course::title).orElse(getCohort().getCourseId());
    }

    public List<Enrolment> getMembers() {
        return cohorts.members(cohortId);
    }

    private Optional<Course> course() {
        return catalog.course(getCohort().getCourseId());
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }
}
