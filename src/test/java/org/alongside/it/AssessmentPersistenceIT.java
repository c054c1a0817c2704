package org.alongside.it;

import org.alongside.platform.ActionRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.alongside.assessment.CriterionGrade;
import org.alongside.assessment.GradingService;
import org.alongside.assessment.QueueRow;
import org.alongside.assessment.ReflectionService;
import org.alongside.assessment.Reflections;
import org.alongside.assessment.Submission;
import org.alongside.assessment.TrainerMailPreferences;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.identity.AccountService;
import org.alongside.identity.Role;
import org.alongside.learning.Cohort;
import org.alongside.learning.CohortService;
import org.alongside.learning.LearningService;
import org.alongside.learning.ReflectionStage;
import org.alongside.learning.ReflectionStageMigration;
import org.alongside.platform.AuditTrail;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reflections and grading inside Payara Micro, on H2 and on PostgreSQL: drafts and two tabs,
 * the safe-sharing check, versions, the release workflow, two trainers at once, and which
 * trainer may see what.
 */
@SharedPortal
class AssessmentPersistenceIT {

    private static final String PASSWORD = "a calm green river";
    private static final LocalDate DAY_ONE = LocalDate.of(2031, 3, 3);
    private static final String MODULE = "values-and-principles";
    private static final String SAFE_TEXT = "When things were hard, a friend sat with me and listened. That felt like mutuality.";

    @Inject
    AccountService accounts;

    @Inject
    CohortService cohorts;

    @Inject
    LearningService learning;

    @Inject
    ReflectionService reflections;

    @Inject
    GradingService grading;

    @Inject
    AuditTrail audit;

    @Inject
    TrainerMailPreferences digests;

    @Inject
    CourseCatalog catalog;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/alongside")
    DataSource dataSource;

    private Course course;
    private long trainee;
    private String traineeEmail;
    private long trainer;
    private long secondTrainer;
    private long otherCohortsTrainer;

    @BeforeEach
    void aTraineeInACohortWithTwoTrainers() {
        course = catalog.course("peer-supporter").orElseThrow();
        long coordinator = accounts.create(unique("coordinator"), "Cora", PASSWORD, EnumSet.of(Role.COORDINATOR)).getId();
        List<LocalDate> dates = course.days().stream().map(day -> DAY_ONE.plusWeeks(day.number() - 1L)).toList();
        Cohort cohort = cohorts.create(coordinator, "Group " + unique("g"), course.id(), dates);
        Cohort otherCohort = cohorts.create(coordinator, "Other " + unique("g"), course.id(), dates);
        traineeEmail = unique("trainee");
        trainee = accounts.create(traineeEmail, "Tam", PASSWORD, EnumSet.of(Role.TRAINEE)).getId();
        cohorts.enrol(trainee, cohort.getId());
        cohorts.acknowledgeAgreement(trainee);
        trainer = accounts.create(unique("trainer"), "Theo", PASSWORD, EnumSet.of(Role.TRAINER)).getId();
        secondTrainer = accounts.create(unique("trainer2"), "Tess", PASSWORD, EnumSet.of(Role.TRAINER)).getId();
        otherCohortsTrainer = accounts.create(unique("trainer3"), "Tom", PASSWORD, EnumSet.of(Role.TRAINER)).getId();
        cohorts.assignTrainer(coordinator, cohort.getId(), trainer);
        cohorts.assignTrainer(coordinator, cohort.getId(), secondTrainer);
        cohorts.assignTrainer(coordinator, otherCohort.getId(), otherCohortsTrainer);
    }

    @Test
    void aDraftIsKeptAndASecondTabNeverOverwritesItSilently() {
        ReflectionService.Saved first = assertInstanceOf(ReflectionService.Saved.class,
                reflections.saveDraft(trainee, MODULE, "First thoughts", -1, false, DAY_ONE));
        ReflectionService.Saved tabOne = assertInstanceOf(ReflectionService.Saved.class,
                reflections.saveDraft(trainee, MODULE, "First thoughts, more", first.version(), false, DAY_ONE));

        // A second tab that loaded the first version saves something else: nothing is overwritten.
        ReflectionService.Conflict conflict = assertInstanceOf(ReflectionService.Conflict.class,
                reflections.saveDraft(trainee, MODULE, "Other tab's words", first.version(), false, DAY_ONE));
        assertEquals("First thoughts, more", conflict.otherText());
        assertEquals(tabOne.version(), conflict.otherVersion());
        assertEquals("First thoughts, more", reflections.state(trainee, MODULE, DAY_ONE).draft().orElseThrow().getBody());

        // The person chooses to keep the second tab's text.
        assertInstanceOf(ReflectionService.Saved.class,
                reflections.saveDraft(trainee, MODULE, "Other tab's words", first.version(), true, DAY_ONE));
        assertEquals("Other tab's words", reflections.state(trainee, MODULE, DAY_ONE).draft().orElseThrow().getBody());
    }

    @Test
    void tooLongAndEmptyTextIsRefusedAndTheSavedDraftStays() {
        reflections.saveDraft(trainee, MODULE, SAFE_TEXT, -1, false, DAY_ONE);
        String huge = "word ".repeat(20_000);

        ReflectionService.Refused refused = assertInstanceOf(ReflectionService.Refused.class,
                reflections.saveDraft(trainee, MODULE, huge, 0, false, DAY_ONE));
        assertEquals("reflection.tooLong", refused.messageKey());
        assertEquals(SAFE_TEXT, reflections.state(trainee, MODULE, DAY_ONE).draft().orElseThrow().getBody());
        assertEquals("reflection.empty", assertInstanceOf(ReflectionService.NotAccepted.class,
                reflections.submit(trainee, MODULE, " \n ", false, DAY_ONE)).messageKey());
        assertEquals("reflection.tooLong", assertInstanceOf(ReflectionService.NotAccepted.class,
                reflections.submit(trainee, MODULE, "a".repeat(Reflections.MAX_CHARACTERS + 1), false, DAY_ONE)).messageKey());
        assertTrue(reflections.state(trainee, MODULE, DAY_ONE).submissions().isEmpty());
    }

    @Test
    void flaggedWordsStopASubmissionUntilTheTraineeConfirmsAndTheOverrideIsRecorded() {
        String flagged = "When I was unwell I weighed 45 kg and a friend sat with me.";

        ReflectionService.Flagged check = assertInstanceOf(ReflectionService.Flagged.class,
                reflections.submit(trainee, MODULE, flagged, false, DAY_ONE));
        assertEquals("45 kg", check.findings().get(0).matchedText());
        assertTrue(reflections.state(trainee, MODULE, DAY_ONE).submissions().isEmpty(), "nothing is submitted");

        Submission submission = assertInstanceOf(ReflectionService.Submitted.class,
                reflections.submit(trainee, MODULE, flagged, true, DAY_ONE)).submission();
        assertTrue(submission.isSafeSharingOverridden());
        assertTrue(grading.forTrainer(trainer, submission.getId()).isSafeSharingOverridden(), "the trainer sees the override");
        assertEquals("safe-sharing-override", audit.about(trainee).get(0).getAction());
    }

    @Test
    void needsRevisionThenAcceptedCompletesTheReflectionStepAndEveryVersionIsKept() {
        Submission first = submit(SAFE_TEXT);
        assertEquals(ReflectionStage.WITH_TRAINER, stageInProgress(), "home and the module page say the trainer has it");
        assertEquals("reflection.waiting", assertInstanceOf(ReflectionService.NotAccepted.class,
                reflections.submit(trainee, MODULE, SAFE_TEXT + " More.", false, DAY_ONE)).messageKey());
        assertEquals(1L, grading.countsByStatus(trainer).get(Submission.Status.SUBMITTED));

        grading.saveDraft(trainer, first.getId(), first.getVersion(), allAt("developing", "Say more about choice."),
                "A good start.", Submission.Status.NEEDS_REVISION);
        assertTrue(reflections.state(trainee, MODULE, DAY_ONE).releasedGrades().isEmpty(), "a draft grade is not shown to the trainee");

        grading.release(trainer, first.getId(), first.getVersion(), allAt("developing", "Say more about choice."),
                "A good start.", Submission.Status.NEEDS_REVISION);
        assertEquals(ReflectionStage.NEEDS_REVISION, stageInProgress());
        ReflectionService.State afterFeedback = reflections.state(trainee, MODULE, DAY_ONE);
        assertEquals("A good start.", afterFeedback.releasedGrades().get(first.getId()).getOverallFeedback());
        assertTrue(afterFeedback.canSubmit());

        Submission second = submit(SAFE_TEXT + " I would offer choice by asking what they want to talk about.");
        assertEquals(2, second.getAttempt());
        assertEquals(ReflectionStage.WITH_TRAINER, stageInProgress());
        grading.release(trainer, second.getId(), second.getVersion(), allAt("secure", null), "Clear and safe.", Submission.Status.ACCEPTED);

        ReflectionService.State accepted = reflections.state(trainee, MODULE, DAY_ONE);
        assertEquals(List.of(2, 1), accepted.submissions().stream().map(Submission::getAttempt).toList());
        assertFalse(accepted.canSubmit());
        assertEquals(ReflectionStage.ACCEPTED, stageInProgress());
        assertTrue(learning.courseOf(trainee, DAY_ONE).orElseThrow().progress().module(MODULE).orElseThrow().reflectionAccepted());
        assertEquals("grade-released", audit.about(trainee).get(0).getAction());
        assertEquals(2L, outboxCount(traineeEmail), "the trainee is told of each released grade");
    }

    @Test
    void theSecondTrainerToReleaseIsToldSomeoneElseGradedItAndNothingIsOverwritten() {
        Submission submission = submit(SAFE_TEXT);
        long seenByBoth = grading.forTrainer(trainer, submission.getId()).getVersion();

        grading.release(trainer, submission.getId(), seenByBoth, allAt("secure", null), "From Theo.", Submission.Status.ACCEPTED);
        ActionRefused late = assertThrows(ActionRefused.class, () -> grading.release(secondTrainer, submission.getId(), seenByBoth,
                allAt("developing", null), "From Tess.", Submission.Status.NEEDS_REVISION));

        assertEquals("grading.someoneElse", late.messageKey());
        assertEquals("From Theo.", grading.gradeOf(submission.getId()).orElseThrow().getOverallFeedback());
        assertEquals(Submission.Status.ACCEPTED, grading.forTrainer(trainer, submission.getId()).getStatus());
    }

    @Test
    void aTrainerOfAnotherCohortCannotSeeOrGradeTheSubmission() {
        Submission submission = submit(SAFE_TEXT);

        assertTrue(assertThrows(ActionRefused.class, () -> grading.forTrainer(otherCohortsTrainer, submission.getId())).is(GradingService.NOT_FOUND));
        assertTrue(assertThrows(ActionRefused.class, () -> grading.release(otherCohortsTrainer, submission.getId(),
                submission.getVersion(), allAt("secure", null), "Not mine.", Submission.Status.ACCEPTED)).is(GradingService.NOT_FOUND));
        assertTrue(grading.queue(otherCohortsTrainer, GradingService.QueueFilter.waiting(), 0, 20).isEmpty());
        assertEquals(0L, grading.queueCount(otherCohortsTrainer, GradingService.QueueFilter.waiting()));
        assertEquals(List.of(submission.getId()), grading.queue(trainer, GradingService.QueueFilter.waiting(), 0, 20).stream()
                .map(QueueRow::submissionId).toList());
        assertTrue(grading.gradeOf(submission.getId()).isEmpty());
    }

    @Test
    void aGradeNeedsALevelForEveryCriterionBeforeRelease() {
        Submission submission = submit(SAFE_TEXT);

        assertEquals("grading.levelForEachCriterion", assertThrows(ActionRefused.class, () -> grading.release(trainer,
                submission.getId(), submission.getVersion(), List.of(), "Hmm.", Submission.Status.NEEDS_REVISION)).messageKey());
        assertEquals("grading.notYetCannotBeAccepted", assertThrows(ActionRefused.class, () -> grading.release(trainer,
                submission.getId(), submission.getVersion(), allAt("not-yet", null), "Hmm.", Submission.Status.ACCEPTED)).messageKey());
        assertEquals(Submission.Status.SUBMITTED, grading.forTrainer(trainer, submission.getId()).getStatus());
        assertEquals(1L, outboxCount(trainerEmail()), "the trainer was told of the new submission");
    }

    @Test
    void aTrainerWhoChoseADailyDigestGetsOneMailADayInsteadOfOneEach() {
        digests.choose(trainer, true);
        submit(SAFE_TEXT);
        assertEquals(0L, outboxCount(trainerEmail()), "no mail per submission");
        assertEquals(1L, outboxCount(accounts.find(secondTrainer).orElseThrow().getEmail()), "the other trainer still gets one each");

        assertTrue(digests.digestsDue(DAY_ONE).contains(trainer));
        digests.sendDigest(trainer, DAY_ONE);
        assertFalse(digests.digestsDue(DAY_ONE).contains(trainer), "one digest a day");
        assertTrue(digests.digestsDue(DAY_ONE.plusDays(1)).contains(trainer));
        assertEquals(1L, outboxCount(trainerEmail()));
    }

    /*
     * A reflection sent before schema version 17 has no stage with the trainee's progress, and may
     * have no progress row at all (no knowledge check tried yet): the migration fills both in.
     */
    @Test
    void theMigrationFillsInTheStageOfReflectionsSentBeforeItWasKept() throws SQLException {
        Submission first = submit(SAFE_TEXT);
        grading.release(trainer, first.getId(), first.getVersion(), allAt("developing", "Say more."), "A start.",
                Submission.Status.NEEDS_REVISION);
        submit(SAFE_TEXT + " Choice matters.");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement forget = connection.prepareStatement("DELETE FROM module_progress WHERE account_id = ?")) {
            forget.setLong(1, trainee);
            assertEquals(1, forget.executeUpdate());
            assertEquals(ReflectionStage.NOT_STARTED, stageInProgress(), "as before version 17");

            new ReflectionStageMigration().migrate(contextOf(connection));

            assertEquals(ReflectionStage.WITH_TRAINER, stageInProgress(), "the latest version is with the trainer");
            try (PreparedStatement rows = connection.prepareStatement("SELECT COUNT(*) FROM module_progress WHERE account_id = ?")) {
                rows.setLong(1, trainee);
                try (ResultSet count = rows.executeQuery()) {
                    count.next();
                    assertEquals(1, count.getInt(1));
                }
            }
        }
    }

    private ReflectionStage stageInProgress() {
        return learning.courseOf(trainee, DAY_ONE).orElseThrow().progress().module(MODULE).orElseThrow().reflection();
    }

    private static Context contextOf(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                throw new UnsupportedOperationException("the migration reads only its connection");
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }

    private Submission submit(String text) {
        return assertInstanceOf(ReflectionService.Submitted.class, reflections.submit(trainee, MODULE, text, false, DAY_ONE)).submission();
    }

    private List<CriterionGrade> allAt(String level, String comment) {
        return course.module(MODULE).orElseThrow().reflection().rubric().stream()
                .map(criterion -> new CriterionGrade(criterion.id(), level, comment)).toList();
    }

    private long outboxCount(String recipient) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.recipient = :recipient", Long.class)
                .setParameter("recipient", recipient).getSingleResult();
    }

    private String trainerEmail() {
        return accounts.find(trainer).orElseThrow().getEmail();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@example.org";
    }
}
