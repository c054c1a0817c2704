package org.alongside.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.assessment.PracticeObservation;
import org.alongside.assessment.PracticeService;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.identity.AccountService;
import org.alongside.identity.Role;
import org.alongside.learning.AttendanceService;
import org.alongside.learning.AttendanceStatus;
import org.alongside.learning.Cohort;
import org.alongside.learning.CohortService;
import org.alongside.learning.LearningService;
import org.alongside.supervision.SessionFacts;
import org.alongside.supervision.SupervisionFormat;
import org.alongside.supervision.SupervisionService;

/**
 * Builds, through the real services, trainees who have done each part of what certification asks:
 * the course, the days, observed practice, supervision. Runs inside the portal (a CDI bean in the test deployment).
 */
@ApplicationScoped
public class CertifiableTrainee {

    public static final String PASSWORD = "a calm green river";
    /** Day 1 of the test cohort; its four days are a week apart, all long before {@link #TODAY}. */
    public static final LocalDate DAY_ONE = LocalDate.of(2031, 3, 3);
    public static final LocalDate TODAY = DAY_ONE.plusWeeks(6);

    @Inject
    AccountService accounts;

    @Inject
    CohortService cohorts;

    @Inject
    LearningService learning;

    @Inject
    AttendanceService attendance;

    @Inject
    SupervisionService supervision;

    @Inject
    PracticeService practice;

    @Inject
    CourseCatalog catalog;

    public record People(long coordinator, long trainee, long cohort) {
    }

    /** A coordinator and a trainee in a new cohort of the shipped course, nothing done yet. */
    public People enrolled(String name) {
        Course course = course();
        long coordinator = accounts.create(unique("coordinator"), "Cora", PASSWORD, EnumSet.of(Role.COORDINATOR)).getId();
        List<LocalDate> dates = course.days().stream().map(day -> DAY_ONE.plusWeeks(day.number() - 1L)).toList();
        Cohort cohort = cohorts.create(coordinator, "Group " + unique("g"), course.id(), dates);
        long trainee = accounts.create(unique("trainee"), name, PASSWORD, EnumSet.of(Role.TRAINEE)).getId();
        cohorts.enrol(trainee, cohort.getId());
        cohorts.acknowledgeAgreement(trainee);
        return new People(coordinator, trainee, cohort.getId());
    }

    /** Every lesson done, every check passed and every reflection accepted. */
    public void completesTheCourse(People people) {
        Course course = course();
        for (Course.Module module : course.modules().values()) {
            for (Course.Lesson lesson : module.lessons()) {
                learning.completeLesson(people.trainee(), module.id(), lesson.id(), TODAY);
            }
            learning.submitCheck(people.trainee(), module.id(), unique("check"), RightAnswers.of(module), TODAY);
            learning.acceptReflection(people.trainee(), course.id(), module.id());
        }
    }

    /** Marked present on the first {@code days} course days. */
    public void attends(People people, int days) {
        for (int day = 1; day <= days; day++) {
            attendance.mark(people.coordinator(), people.cohort(), day, Map.of(people.trainee(), AttendanceStatus.PRESENT), TODAY);
        }
    }

    /** {@code sessions} supervision sessions a week apart before {@code until}, each signed off by the coordinator. */
    public void isSupervised(People people, int sessions, LocalDate until) {
        for (int i = 1; i <= sessions; i++) {
            long session = supervision.record(people.coordinator(), people.trainee(),
                    new SessionFacts(until.minusWeeks(i), 60, SupervisionFormat.VIDEO, "Talked through boundaries."), until).getId();
            supervision.signOff(people.coordinator(), session);
        }
    }

    /** The first {@code rolePlays} role plays of the course observed by the coordinator, every item shown, and signed off. */
    public void isObservedInPractice(People people, int rolePlays) {
        List<String> signedOff = practice.observationsOf(people.trainee()).stream()
                .filter(PracticeObservation::isSignedOff).map(PracticeObservation::getPracticeId).toList();
        for (Course.Practice rolePlay : course().practicesInOrder().subList(0, rolePlays)) {
            if (!signedOff.contains(rolePlay.id())) {
                practice.record(people.coordinator(), people.trainee(), rolePlay.id(), TODAY, everyItemShown(rolePlay), true);
            }
        }
    }

    public static List<PracticeService.Mark> everyItemShown(Course.Practice rolePlay) {
        return rolePlay.checklist().stream().map(item -> new PracticeService.Mark(item.id(), true, "Seen clearly.")).toList();
    }

    /** A trainee who meets every rule on {@link #TODAY}. */
    public People eligible(String name) {
        People people = enrolled(name);
        completesTheCourse(people);
        attends(people, course().days().size());
        isObservedInPractice(people, course().observedPracticeRequired());
        isSupervised(people, 3, TODAY);
        return people;
    }

    public long trainer() {
        return accounts.create(unique("trainer"), "Theo", PASSWORD, EnumSet.of(Role.TRAINER)).getId();
    }

    private Course course() {
        return catalog.course("peer-supporter").orElseThrow();
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@example.org";
    }
}
