package org.alongside.it;

import org.alongside.platform.ActionRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.identity.AccountService;
import org.alongside.identity.Role;
import org.alongside.learning.Cohort;
import org.alongside.learning.CohortService;
import org.alongside.platform.AuditTrail;
import org.alongside.supervision.PersonRow;
import org.alongside.supervision.SessionFacts;
import org.alongside.supervision.SupervisionFormat;
import org.alongside.supervision.SupervisionService;
import org.alongside.supervision.SupervisionSession;
import org.alongside.supervision.SupervisionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Supervision inside Payara Micro, on H2 and on PostgreSQL: who may record, read and sign off,
 * the rules on dates and lengths, the requirement (3 signed-off sessions in 6 months by default),
 * the person's reflection, and what happens to sessions when an account is erased.
 */
@SharedPortal
class SupervisionPersistenceIT {

    private static final String PASSWORD = "a calm green river";
    private static final LocalDate TODAY = LocalDate.of(2031, 6, 15);

    @Inject
    AccountService accounts;

    @Inject
    CohortService cohorts;

    @Inject
    SupervisionService supervision;

    @Inject
    AuditTrail audit;

    @Inject
    CourseCatalog catalog;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    private String traineeName;
    private long coordinator;
    private long trainee;
    private long trainer;
    private long secondTrainer;
    private long otherCohortsTrainer;

    @BeforeEach
    void aTraineeInACohortWithTwoTrainersAndATrainerOfAnotherCohort() {
        Course course = catalog.course("peer-supporter").orElseThrow();
        coordinator = accounts.create(unique("coordinator"), "Cora", PASSWORD, EnumSet.of(Role.COORDINATOR)).getId();
        List<LocalDate> dates = course.days().stream().map(day -> TODAY.minusMonths(2).plusWeeks(day.number() - 1L)).toList();
        Cohort cohort = cohorts.create(coordinator, "Group " + unique("g"), course.id(), dates);
        Cohort otherCohort = cohorts.create(coordinator, "Other " + unique("g"), course.id(), dates);
        traineeName = "Tam " + UUID.randomUUID();
        trainee = accounts.create(unique("trainee"), traineeName, PASSWORD, EnumSet.of(Role.TRAINEE)).getId();
        cohorts.enrol(trainee, cohort.getId());
        trainer = accounts.create(unique("trainer"), "Theo", PASSWORD, EnumSet.of(Role.TRAINER)).getId();
        secondTrainer = accounts.create(unique("trainer2"), "Tess", PASSWORD, EnumSet.of(Role.TRAINER)).getId();
        otherCohortsTrainer = accounts.create(unique("trainer3"), "Tom", PASSWORD, EnumSet.of(Role.TRAINER)).getId();
        cohorts.assignTrainer(coordinator, cohort.getId(), trainer);
        cohorts.assignTrainer(coordinator, cohort.getId(), secondTrainer);
        cohorts.assignTrainer(coordinator, otherCohort.getId(), otherCohortsTrainer);
    }

    @Test
    void aTrainerOfAnotherCohortCanNeitherRecordNorRead() {
        SupervisionSession session = supervision.record(trainer, trainee, facts(TODAY.minusDays(3), 60), TODAY);

        assertTrue(refusal(() -> supervision.record(otherCohortsTrainer, trainee, facts(TODAY, 60), TODAY)).is(SupervisionService.FORBIDDEN));
        assertTrue(refusal(() -> supervision.personForStaff(otherCohortsTrainer, trainee)).is(SupervisionService.FORBIDDEN));
        assertTrue(refusal(() -> supervision.sessions(otherCohortsTrainer, trainee)).is(SupervisionService.FORBIDDEN));
        assertTrue(refusal(() -> supervision.session(otherCohortsTrainer, session.getId())).is(SupervisionService.FORBIDDEN));
        assertTrue(refusal(() -> supervision.signOff(otherCohortsTrainer, session.getId())).is(SupervisionService.FORBIDDEN));
        assertTrue(supervision.people(otherCohortsTrainer, traineeName, 0, 20, TODAY).isEmpty());
        assertEquals(0L, supervision.countPeople(otherCohortsTrainer, traineeName));
        assertEquals(1, supervision.sessions(trainee, trainee).size(), "nothing was recorded by the refused trainer");
        assertTrue(refusal(() -> supervision.personForStaff(trainer, coordinator)).is(SupervisionService.NOT_FOUND), "only trainees are supervised");
    }

    @Test
    void aCoordinatorRecordsForAnyTraineeAndOtherTrainersDoNotSeeTheirPrivateNote() {
        SupervisionSession recorded = supervision.record(coordinator, trainee,
                new SessionFacts(TODAY.minusDays(1), 45, SupervisionFormat.PHONE, "  Talked about boundaries.  "), TODAY);

        assertEquals("Talked about boundaries.", recorded.getNote());
        assertEquals("Cora", recorded.getSupervisorName());
        assertEquals("supervision-recorded", audit.about(trainee).get(0).getAction());
        assertEquals(List.of(recorded.getId()), ids(supervision.sessions(trainee, trainee)));
        assertEquals(List.of(recorded.getId()), ids(supervision.sessions(coordinator, trainee)));
        assertTrue(supervision.sessions(trainer, trainee).isEmpty(), "a trainer sees only the sessions they supervised");
        assertTrue(refusal(() -> supervision.session(trainer, recorded.getId())).is(SupervisionService.FORBIDDEN));
        assertEquals("Talked about boundaries.", supervision.session(trainee, recorded.getId()).getNote());

        List<PersonRow> found = supervision.people(coordinator, traineeName.toUpperCase(), 0, 20, TODAY);
        assertEquals(1, found.size());
        assertEquals(1L, supervision.countPeople(coordinator, traineeName));
        assertEquals(1L, supervision.countPeople(trainer, traineeName), "the cohort's trainer may supervise the trainee too");
        assertEquals(0L, supervision.countPeople(coordinator, "%" + traineeName), "% is matched as itself");
    }

    @Test
    void onlyTheSupervisorSignsOffAndASignedOffSessionIsFinal() {
        SupervisionSession session = supervision.record(trainer, trainee, facts(TODAY.minusDays(7), 50), TODAY);
        SupervisionSession changed = supervision.edit(trainer, session.getId(),
                new SessionFacts(TODAY.minusDays(8), 55, SupervisionFormat.IN_PERSON, "Changed before sign-off"), TODAY);
        assertEquals(55, changed.getDurationMinutes());
        assertEquals(TODAY.minusDays(8), changed.getSessionDate());

        assertEquals("supervision.notYourSession", refusal(() -> supervision.signOff(coordinator, session.getId())).messageKey());
        assertTrue(refusal(() -> supervision.signOff(secondTrainer, session.getId())).is(SupervisionService.FORBIDDEN));
        assertEquals("supervision.notYourSession", refusal(() -> supervision.signOff(trainee, session.getId())).messageKey(),
                "the person reads the session but cannot sign it off");
        assertFalse(supervision.session(trainer, session.getId()).isSignedOff());

        supervision.signOff(trainer, session.getId());
        assertTrue(supervision.session(coordinator, session.getId()).isSignedOff());
        assertEquals("supervision-signed-off", audit.about(trainee).get(0).getAction());

        assertEquals("supervision.signedOffFinal", refusal(() -> supervision.edit(trainer, session.getId(),
                facts(TODAY.minusDays(8), 90), TODAY)).messageKey());
        assertEquals("supervision.signedOffFinal", refusal(() -> supervision.forEditing(trainer, session.getId())).messageKey());
        assertEquals("supervision.notYourSession", refusal(() -> supervision.forEditing(coordinator, session.getId())).messageKey());
        assertEquals("supervision.alreadySignedOff", refusal(() -> supervision.signOff(trainer, session.getId())).messageKey());
        assertEquals(55, supervision.session(trainer, session.getId()).getDurationMinutes());
    }

    @Test
    void aFutureDateAndZeroMinutesAreRefusedAndNothingIsRecorded() {
        ActionRefused future = refusal(() -> supervision.record(trainer, trainee, facts(TODAY.plusDays(1), 60), TODAY));
        assertEquals("supervision.dateInFuture", future.messageKey());
        assertEquals("date", future.field());
        ActionRefused zero = refusal(() -> supervision.record(trainer, trainee, facts(TODAY, 0), TODAY));
        assertEquals("supervision.minutesTooFew", zero.messageKey());
        assertEquals("minutes", zero.field());
        assertEquals("supervision.minutesTooFew", refusal(() -> supervision.record(trainer, trainee, facts(TODAY, -5), TODAY)).messageKey());
        assertEquals("supervision.minutesTooMany", refusal(() -> supervision.record(trainer, trainee, facts(TODAY, 481), TODAY)).messageKey());
        assertTrue(supervision.sessions(trainee, trainee).isEmpty());

        SupervisionSession session = supervision.record(trainer, trainee, facts(TODAY, 60), TODAY);
        assertEquals("supervision.minutesTooFew", refusal(() -> supervision.edit(trainer, session.getId(), facts(TODAY, 0), TODAY)).messageKey());
        assertEquals(60, supervision.session(trainer, session.getId()).getDurationMinutes());
    }

    @Test
    void theStatusCountsOnlySignedOffSessionsWithinThePeriod() {
        LocalDate since = TODAY.minusMonths(6);
        signedOff(since);
        signedOff(since.minusDays(1));
        supervision.record(trainer, trainee, facts(TODAY.minusDays(2), 60), TODAY);
        signedOff(TODAY.minusMonths(1));

        SupervisionStatus status = supervision.status(trainee, TODAY);
        assertEquals(new SupervisionStatus(2, 3, since), status);
        assertFalse(status.met());
        assertEquals(status, supervision.people(coordinator, traineeName, 0, 20, TODAY).get(0).status(), "the list agrees");

        signedOff(TODAY);
        assertTrue(supervision.status(trainee, TODAY).met());
        assertEquals(2, supervision.status(trainee, TODAY.plusDays(1)).signedOff(), "a day later the oldest one no longer counts");
    }

    @Test
    void thePersonAddsAReflectionThatOnlyTheyCanWrite() {
        SupervisionSession session = signedOff(TODAY.minusDays(5));

        supervision.reflect(trainee, session.getId(), "  I noticed I rushed to fix things.  ");
        assertEquals("I noticed I rushed to fix things.", supervision.session(trainer, session.getId()).getReflection());
        assertTrue(refusal(() -> supervision.reflect(trainer, session.getId(), "Not mine to write")).is(SupervisionService.FORBIDDEN));
        assertEquals("supervision.reflectionTooLong", refusal(() -> supervision.reflect(trainee, session.getId(),
                "r".repeat(SessionFacts.NOTE_MAX + 1))).messageKey());
        supervision.reflect(trainee, session.getId(), "Changed my mind: slowing down helped.");
        assertEquals("Changed my mind: slowing down helped.", supervision.session(trainee, session.getId()).getReflection());
    }

    @Test
    void erasingThePersonDeletesTheirSessionsAndErasingTheSupervisorKeepsThemWithTheName() throws Exception {
        long supervisor = accounts.create(unique("coordinator2"), "Corin Leaving", PASSWORD, EnumSet.of(Role.COORDINATOR)).getId();
        SupervisionSession kept = supervision.record(supervisor, trainee, facts(TODAY.minusDays(3), 60), TODAY);
        supervision.signOff(supervisor, kept.getId());

        deleteAccount(supervisor);
        SupervisionSession afterSupervisorLeft = supervision.session(trainee, kept.getId());
        assertEquals("Corin Leaving", afterSupervisorLeft.getSupervisorName());
        assertFalse(afterSupervisorLeft.isSupervisedBy(supervisor));
        assertEquals(1, supervision.status(trainee, TODAY).signedOff(), "a signed-off session still counts");

        SupervisionSession second = supervision.record(trainer, trainee, facts(TODAY.minusDays(1), 30), TODAY);
        deleteAccount(trainee);
        assertNull(em.find(SupervisionSession.class, kept.getId()));
        assertNull(em.find(SupervisionSession.class, second.getId()));
        assertEquals(0L, em.createQuery("SELECT COUNT(s) FROM SupervisionSession s WHERE s.id IN :ids", Long.class)
                .setParameter("ids", List.of(kept.getId(), second.getId())).getSingleResult());
    }

    private SupervisionSession signedOff(LocalDate date) {
        SupervisionSession session = supervision.record(trainer, trainee, facts(date, 60), TODAY);
        return supervision.signOff(trainer, session.getId());
    }

    /** Erases an account the way the database will for erasure: one DELETE, the foreign keys do the rest. */
    private void deleteAccount(long accountId) throws Exception {
        transaction.begin();
        em.joinTransaction();
        assertEquals(1, em.createNativeQuery("DELETE FROM account WHERE id = ?1").setParameter(1, accountId).executeUpdate());
        transaction.commit();
    }

    private static SessionFacts facts(LocalDate date, int minutes) {
        return new SessionFacts(date, minutes, SupervisionFormat.VIDEO, "Went well.");
    }

    private static ActionRefused refusal(Executable call) {
        return assertThrows(ActionRefused.class, call);
    }

    private static List<Long> ids(List<SupervisionSession> sessions) {
        return sessions.stream().map(SupervisionSession::getId).toList();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@example.org";
    }
}
