package org.alongside.it;

import org.alongside.platform.ActionRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.identity.Account;
import org.alongside.identity.AccountService;
import org.alongside.identity.Role;
import org.alongside.learning.CheckAttempt;
import org.alongside.learning.Cohort;
import org.alongside.learning.CohortService;
import org.alongside.learning.Enrolment;
import org.alongside.learning.LearningException;
import org.alongside.learning.LearningService;
import org.alongside.learning.LessonProgress;
import org.alongside.learning.TraineeCourse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cohorts, day release and progress, inside Payara Micro on H2 and on PostgreSQL. "Today" is
 * passed to the services, so every test runs on the dates it names, whatever the wall clock says.
 * The course is the shipped Peer Supporter course.
 */
@SharedPortal
class LearningPersistenceIT {

    private static final String PASSWORD = "a calm green river";
    private static final LocalDate DAY_ONE = LocalDate.of(2031, 3, 3);
    private static final String DAY_ONE_MODULE = "values-and-principles";
    private static final String DAY_TWO_MODULE = "connection-and-listening";

    @Inject
    AccountService accounts;

    @Inject
    CohortService cohorts;

    @Inject
    LearningService learning;

    @Inject
    CourseCatalog catalog;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private Course course;
    private Cohort cohort;
    private long trainee;
    private long coordinatorId;

    @BeforeEach
    void aTraineeInACohortWhoseDaysAreAWeekApart() {
        course = catalog.course("peer-supporter").orElseThrow();
        Account coordinator = accounts.create(unique("coordinator"), "Cora", PASSWORD, EnumSet.of(Role.COORDINATOR));
        List<LocalDate> dates = course.days().stream().map(day -> DAY_ONE.plusWeeks(day.number() - 1L)).toList();
        coordinatorId = coordinator.getId();
        cohort = cohorts.create(coordinatorId, "Group " + unique("g"), course.id(), dates);
        trainee = accounts.create(unique("trainee"), "Tam", PASSWORD, EnumSet.of(Role.TRAINEE)).getId();
        cohorts.enrol(trainee, cohort.getId());
        cohorts.acknowledgeAgreement(trainee);
    }

    @Test
    void aDaysModulesOpenOnItsDateAndNotBefore() {
        LearningException early = assertThrows(LearningException.class,
                () -> learning.openLesson(trainee, DAY_ONE_MODULE, firstLesson(DAY_ONE_MODULE), DAY_ONE.minusDays(1)));
        assertEquals(LearningException.Reason.NOT_OPEN_YET, early.reason());
        assertEquals(DAY_ONE, early.opensOn().orElseThrow());

        assertTrue(learning.openLesson(trainee, DAY_ONE_MODULE, firstLesson(DAY_ONE_MODULE), DAY_ONE).isDayOpen(1));
        LearningException dayTwo = assertThrows(LearningException.class,
                () -> learning.openLesson(trainee, DAY_TWO_MODULE, firstLesson(DAY_TWO_MODULE), DAY_ONE.plusDays(6)));
        assertEquals(DAY_ONE.plusWeeks(1), dayTwo.opensOn().orElseThrow());
        learning.openLesson(trainee, DAY_TWO_MODULE, firstLesson(DAY_TWO_MODULE), DAY_ONE.plusWeeks(1));
    }

    @Test
    void aCoordinatorOpensADayEarlyForTheWholeCohort() {
        cohorts.openDayEarly(coordinatorId, cohort.getId(), 2, DAY_ONE);

        TraineeCourse today = learning.courseOf(trainee, DAY_ONE).orElseThrow();
        assertTrue(today.isDayOpen(2));
        assertFalse(today.isDayOpen(3));
        learning.completeLesson(trainee, DAY_TWO_MODULE, firstLesson(DAY_TWO_MODULE), DAY_ONE);
    }

    @Test
    void lockedModulesRefuseEveryKindOfProgress() {
        LocalDate beforeDayTwo = DAY_ONE.plusDays(1);
        assertThrows(LearningException.class,
                () -> learning.completeLesson(trainee, DAY_TWO_MODULE, firstLesson(DAY_TWO_MODULE), beforeDayTwo));
        assertThrows(LearningException.class,
                () -> learning.keepPlace(trainee, DAY_TWO_MODULE, firstLesson(DAY_TWO_MODULE), 50, beforeDayTwo));
        assertThrows(LearningException.class,
                () -> learning.submitCheck(trainee, DAY_TWO_MODULE, unique("key"), Map.of(), beforeDayTwo));
        assertEquals(0, learning.courseOf(trainee, beforeDayTwo).orElseThrow().progress().percent());
    }

    @Test
    void progressAndPlaceAreKeptOnTheServer() {
        String lesson = firstLesson(DAY_ONE_MODULE);
        learning.openLesson(trainee, DAY_ONE_MODULE, lesson, DAY_ONE);
        learning.keepPlace(trainee, DAY_ONE_MODULE, lesson, 42, DAY_ONE);
        learning.openLesson(trainee, DAY_ONE_MODULE, lesson, DAY_ONE);
        assertEquals(42, learning.courseOf(trainee, DAY_ONE).orElseThrow().resume().orElseThrow().position(),
                "reopening the lesson keeps how far down it was read");
        learning.completeLesson(trainee, DAY_ONE_MODULE, lesson, DAY_ONE);
        learning.completeLesson(trainee, DAY_ONE_MODULE, lesson, DAY_ONE);

        // A later request (a new session, another browser) reads it all back from the database.
        TraineeCourse later = learning.courseOf(trainee, DAY_ONE.plusDays(3)).orElseThrow();
        assertEquals(Set.of(lesson), later.progress().module(DAY_ONE_MODULE).orElseThrow().lessonsDone());
        String second = course.module(DAY_ONE_MODULE).orElseThrow().lessons().get(1).id();
        assertEquals(new Enrolment.Place(DAY_ONE_MODULE, lesson, 42), later.place().orElseThrow());
        assertEquals(new TraineeCourse.Resume(DAY_ONE_MODULE, second, 0), later.resume().orElseThrow(),
                "the lesson is done, so \"continue\" goes on to the next one");
        assertTrue(later.progress().percent() > 0);
        assertEquals(1L, em.createQuery("SELECT COUNT(p) FROM LessonProgress p WHERE p.account.id = :id", Long.class)
                .setParameter("id", trainee).getSingleResult(), "a lesson marked done twice is recorded once");

        learning.openLesson(trainee, DAY_ONE_MODULE, second, DAY_ONE);
        assertEquals(new TraineeCourse.Resume(DAY_ONE_MODULE, second, 0), learning.courseOf(trainee, DAY_ONE).orElseThrow().resume()
                .orElseThrow(), "another lesson starts at the top");
    }

    @Test
    void theSameSubmissionSentTwiceIsCountedOnce() {
        String key = unique("submission");
        Map<String, Set<String>> answers = RightAnswers.of(course.module(DAY_ONE_MODULE).orElseThrow());

        CheckAttempt first = learning.submitCheck(trainee, DAY_ONE_MODULE, key, answers, DAY_ONE);
        CheckAttempt again = learning.submitCheck(trainee, DAY_ONE_MODULE, key, answers, DAY_ONE);

        assertEquals(first.getId(), again.getId());
        assertEquals(1, learning.attempts(trainee, course.id(), DAY_ONE_MODULE).size());
        assertTrue(first.isPassed());
    }

    @Test
    void theBestAttemptCountsAndEveryAttemptIsKept() {
        CheckAttempt failed = learning.submitCheck(trainee, DAY_ONE_MODULE, unique("k"), Map.of(), DAY_ONE);
        assertFalse(failed.isPassed());
        assertFalse(learning.courseOf(trainee, DAY_ONE).orElseThrow().progress().module(DAY_ONE_MODULE).orElseThrow().checkPassed());

        learning.submitCheck(trainee, DAY_ONE_MODULE, unique("k"), RightAnswers.of(course.module(DAY_ONE_MODULE).orElseThrow()), DAY_ONE);
        learning.submitCheck(trainee, DAY_ONE_MODULE, unique("k"), Map.of(), DAY_ONE.plusDays(1));

        assertEquals(3, learning.attempts(trainee, course.id(), DAY_ONE_MODULE).size());
        assertTrue(learning.courseOf(trainee, DAY_ONE).orElseThrow().progress().module(DAY_ONE_MODULE).orElseThrow().checkPassed());
        int questions = course.module(DAY_ONE_MODULE).orElseThrow().knowledgeCheck().questions().size();
        assertEquals(questions, learning.moduleProgress(trainee, course.id(), DAY_ONE_MODULE).orElseThrow().getBestCorrect());
    }

    @Test
    void aRecordOfALessonNoLongerInTheCourseIsKeptButDoesNotCount() throws Exception {
        transaction.begin();
        em.persist(new LessonProgress(em.find(Account.class, trainee), course.id(), "0.9.0", DAY_ONE_MODULE, "a-removed-lesson",
                Instant.parse("2031-03-03T10:00:00Z")));
        transaction.commit();

        TraineeCourse now = learning.courseOf(trainee, DAY_ONE).orElseThrow();

        assertEquals(0, now.progress().module(DAY_ONE_MODULE).orElseThrow().stepsDone());
        assertEquals(1L, em.createQuery("SELECT COUNT(p) FROM LessonProgress p WHERE p.account.id = :id AND p.lessonId = :lesson", Long.class)
                .setParameter("id", trainee).setParameter("lesson", "a-removed-lesson").getSingleResult());
    }

    @Test
    void aTraineeIsInOneCohortAtATimeAndOnlyTraineesJoin() {
        ActionRefused twice = assertThrows(ActionRefused.class, () -> cohorts.enrol(trainee, cohort.getId()));
        assertEquals("cohort.alreadyEnrolled", twice.messageKey());
        long trainer = accounts.create(unique("trainer"), "Theo", PASSWORD, EnumSet.of(Role.TRAINER)).getId();
        assertEquals("cohort.notTrainee", assertThrows(ActionRefused.class, () -> cohorts.enrol(trainer, cohort.getId())).messageKey());
        assertEquals(List.of(trainee), cohorts.members(cohort.getId()).stream().map(e -> e.getAccount().getId()).toList());
    }

    @Test
    void aTraineeWithoutACohortHasNoCourseAndCannotRecordProgress() {
        long loner = accounts.create(unique("loner"), "Lo", PASSWORD, EnumSet.of(Role.TRAINEE)).getId();

        assertTrue(learning.courseOf(loner, DAY_ONE).isEmpty());
        assertEquals(LearningException.Reason.NOT_ENROLLED, assertThrows(LearningException.class,
                () -> learning.completeLesson(loner, DAY_ONE_MODULE, firstLesson(DAY_ONE_MODULE), DAY_ONE)).reason());
    }

    @Test
    void cohortDatesMustFitTheCourse() {
        long coordinator = accounts.create(unique("coordinator"), "Cora", PASSWORD, EnumSet.of(Role.COORDINATOR)).getId();
        assertEquals("cohort.dateForEachDay", assertThrows(ActionRefused.class,
                () -> cohorts.create(coordinator, "Short", course.id(), List.of(DAY_ONE))).messageKey());
        List<LocalDate> backwards = course.days().stream().map(day -> DAY_ONE.minusDays(day.number())).toList();
        assertEquals("cohort.datesOutOfOrder", assertThrows(ActionRefused.class,
                () -> cohorts.create(coordinator, "Backwards", course.id(), backwards)).messageKey());
        assertEquals("cohort.notCoordinator", assertThrows(ActionRefused.class,
                () -> cohorts.create(trainee, "Mine", course.id(), List.of(DAY_ONE))).messageKey());
    }

    private String firstLesson(String moduleId) {
        return course.module(moduleId).orElseThrow().lessons().get(0).id();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@example.org";
    }
}
