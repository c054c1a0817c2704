package org.alongside.it;

import org.alongside.platform.ActionRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.identity.AccountService;
import org.alongside.identity.InvitationService;
import org.alongside.identity.Role;
import org.alongside.learning.AttendanceService;
import org.alongside.learning.AttendanceStatus;
import org.alongside.learning.AttendanceSummary;
import org.alongside.learning.Cohort;
import org.alongside.learning.CohortEdit;
import org.alongside.learning.CohortOverview;
import org.alongside.learning.CohortOverviews;
import org.alongside.learning.CohortService;
import org.alongside.learning.LearningException;
import org.alongside.learning.LearningService;
import org.alongside.platform.AuditEntry;
import org.alongside.platform.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Editing cohorts, capacity, moving and removing trainees, attendance and the group agreement,
 * inside Payara Micro on H2 and on PostgreSQL, with the shipped Peer Supporter course. "Today" is
 * passed to the services, so every test runs on the dates it names.
 */
@SharedPortal
class CohortPersistenceIT {

    private static final String PASSWORD = "a calm green river";
    private static final LocalDate DAY_ONE = LocalDate.of(2031, 3, 3);
    private static final String DAY_ONE_MODULE = "looking-after-yourself-on-this-course";

    @Inject
    AccountService accounts;

    @Inject
    CohortService cohorts;

    @Inject
    LearningService learning;

    @Inject
    AttendanceService attendance;

    @Inject
    CohortOverviews overviews;

    @Inject
    InvitationService invitations;

    @Inject
    AuditTrail audit;

    @Inject
    CourseCatalog catalog;

    @PersistenceContext
    EntityManager em;

    private Course course;
    private long coordinator;
    private long trainer;
    private Cohort cohort;
    private Cohort otherCohort;
    private long trainee;

    @BeforeEach
    void aTraineeInACohortWithATrainerAndASecondCohort() {
        course = catalog.course("peer-supporter").orElseThrow();
        coordinator = accounts.create(unique("coordinator"), "Cora", PASSWORD, EnumSet.of(Role.COORDINATOR)).getId();
        cohort = cohorts.create(coordinator, "Group " + unique("g"), course.id(), weekly(DAY_ONE));
        otherCohort = cohorts.create(coordinator, "Other " + unique("g"), course.id(), weekly(DAY_ONE.plusWeeks(1)));
        trainer = accounts.create(unique("trainer"), "Theo", PASSWORD, EnumSet.of(Role.TRAINER)).getId();
        cohorts.assignTrainer(coordinator, cohort.getId(), trainer);
        trainee = newTrainee("Tam");
        cohorts.enrol(trainee, cohort.getId());
    }

    @Test
    void aCohortRemembersTheCourseVersionAndStartsWithTheDefaultAgreement() {
        Cohort stored = cohorts.find(cohort.getId()).orElseThrow();
        assertEquals(course.version(), stored.getCourseVersion());
        assertTrue(CohortService.agreementOf(stored).contains("stays in the group"));
    }

    @Test
    void anEditWithDaysOutOfOrderIsRefusedAndChangesNothing() {
        Cohort before = cohorts.find(cohort.getId()).orElseThrow();
        List<LocalDate> weekly = weekly(DAY_ONE);
        List<LocalDate> outOfOrder = List.of(weekly.get(0), weekly.get(2), weekly.get(1), weekly.get(3));
        ActionRefused refused = assertThrows(ActionRefused.class,
                () -> cohorts.edit(coordinator, cohort.getId(), before.getVersion(), edit("Renamed", days(List.of()), null)));
        assertEquals("cohort.dateForEachDay", refused.messageKey());
        refused = assertThrows(ActionRefused.class,
                () -> cohorts.edit(coordinator, cohort.getId(), before.getVersion(), edit("Renamed", days(outOfOrder), null)));
        assertEquals("cohort.datesOutOfOrder", refused.messageKey());
        assertEquals(3, refused.arguments()[0]);

        Cohort after = cohorts.find(cohort.getId()).orElseThrow();
        assertEquals(before.getName(), after.getName());
        assertEquals(DAY_ONE.plusWeeks(1), after.day(2).orElseThrow().getDate());
    }

    @Test
    void anEditIsSavedAndAStaleFormIsRefused() {
        long seen = cohorts.find(cohort.getId()).orElseThrow().getVersion();
        List<CohortEdit.DayDetails> details = days(weekly(DAY_ONE.plusDays(1)));
        details = List.of(new CohortEdit.DayDetails(details.get(0).date(), "Room 4", null),
                new CohortEdit.DayDetails(details.get(1).date(), null, "https://meet.example.org/group"), details.get(2), details.get(3));
        cohorts.edit(coordinator, cohort.getId(), seen, edit("Renamed", details, 5));

        Cohort saved = cohorts.find(cohort.getId()).orElseThrow();
        assertEquals("Renamed", saved.getName());
        assertEquals(5, saved.getCapacity());
        assertEquals("Room 4", saved.day(1).orElseThrow().getPlace());
        assertEquals("https://meet.example.org/group", saved.day(2).orElseThrow().getOnlineLink());
        assertEquals(DAY_ONE.plusDays(1), saved.getStartDate());
        List<CohortEdit.DayDetails> same = details;
        assertEquals("cohort.changedMeanwhile", assertThrows(ActionRefused.class,
                () -> cohorts.edit(coordinator, cohort.getId(), seen, edit("Stale", same, 5))).messageKey());
        assertEquals("cohort.notCoordinator", assertThrows(ActionRefused.class,
                () -> cohorts.edit(trainer, cohort.getId(), saved.getVersion(), edit("Mine", same, 5))).messageKey());
    }

    @Test
    void capacityIsEnforcedOnEnrolMoveAndInvitation() {
        setCapacity(cohort, 2);
        assertEquals("cohort.capacityPositive", assertThrows(ActionRefused.class, () -> setCapacity(cohort, 0)).messageKey());
        long second = newTrainee("Sam");
        cohorts.enrol(second, cohort.getId());
        assertEquals("cohort.capacityBelowMembers", assertThrows(ActionRefused.class, () -> setCapacity(cohort, 1)).messageKey());

        long third = newTrainee("Sky");
        ActionRefused full = assertThrows(ActionRefused.class, () -> cohorts.enrol(third, cohort.getId()));
        assertEquals("cohort.full", full.messageKey());
        assertEquals(2, cohorts.memberCount(cohort.getId()));
        assertEquals(0L, cohorts.placesLeft(cohort.getId()));

        cohorts.enrol(third, otherCohort.getId());
        assertEquals("cohort.full", assertThrows(ActionRefused.class, () -> cohorts.move(coordinator, third, cohort.getId())).messageKey());
        assertEquals(otherCohort.getId(), cohorts.cohortOf(third).orElseThrow().getId());

        // Someone joining with an invitation into a full group is told so, and no account is left behind.
        String code = invitations.invite(coordinator, cohort.getId(), null, Locale.ENGLISH).code();
        String email = unique("late");
        ActionRefused refused = assertThrows(ActionRefused.class, () -> invitations.redeem(code, "Late", email, PASSWORD));
        assertEquals("invitation.cohortFull", refused.messageKey());
        assertTrue(accounts.findByEmail(email).isEmpty());
    }

    @Test
    void aMovedTraineeKeepsTheirProgressAndTheMoveIsAudited() {
        cohorts.acknowledgeAgreement(trainee);
        String lesson = firstLesson(DAY_ONE_MODULE);
        learning.completeLesson(trainee, DAY_ONE_MODULE, lesson, DAY_ONE);
        int before = learning.courseOf(trainee, DAY_ONE).orElseThrow().progress().percent();
        assertTrue(before > 0);

        cohorts.move(coordinator, trainee, otherCohort.getId());

        assertEquals(otherCohort.getId(), cohorts.cohortOf(trainee).orElseThrow().getId());
        assertEquals(before, learning.courseOf(trainee, DAY_ONE.plusWeeks(1)).orElseThrow().progress().percent());
        assertTrue(cohorts.members(cohort.getId()).isEmpty());
        assertTrue(audit.about(trainee).stream().map(AuditEntry::getAction).anyMatch("cohort.moved"::equals));
    }

    @Test
    void aRemovedTraineeLeavesTheCohortButTheirProgressRecordsStay() {
        cohorts.acknowledgeAgreement(trainee);
        learning.completeLesson(trainee, DAY_ONE_MODULE, firstLesson(DAY_ONE_MODULE), DAY_ONE);

        assertEquals("cohort.notMember", assertThrows(ActionRefused.class,
                () -> cohorts.remove(coordinator, trainee, otherCohort.getId())).messageKey());
        cohorts.remove(coordinator, trainee, cohort.getId());

        assertTrue(cohorts.cohortOf(trainee).isEmpty());
        assertEquals(1L, em.createQuery("SELECT COUNT(p) FROM LessonProgress p WHERE p.account.id = :id", Long.class)
                .setParameter("id", trainee).getSingleResult());
        assertTrue(audit.about(trainee).stream().map(AuditEntry::getAction).anyMatch("cohort.removed"::equals));
        cohorts.enrol(trainee, otherCohort.getId());
        cohorts.acknowledgeAgreement(trainee);
        assertTrue(learning.courseOf(trainee, DAY_ONE.plusWeeks(1)).orElseThrow().progress().percent() > 0);
    }

    @Test
    void attendanceIsMarkedByTheCohortsStaffOnDaysThatHaveCome() {
        long otherTrainer = accounts.create(unique("trainer2"), "Tom", PASSWORD, EnumSet.of(Role.TRAINER)).getId();
        cohorts.assignTrainer(coordinator, otherCohort.getId(), otherTrainer);
        Map<Long, AttendanceStatus> present = Map.of(trainee, AttendanceStatus.PRESENT);

        assertEquals("cohort.notFound", assertThrows(ActionRefused.class,
                () -> attendance.mark(otherTrainer, cohort.getId(), 1, present, DAY_ONE)).messageKey());
        assertEquals("cohort.notFound", assertThrows(ActionRefused.class,
                () -> attendance.register(otherTrainer, cohort.getId(), 1)).messageKey());
        assertEquals("cohort.notFound", assertThrows(ActionRefused.class,
                () -> attendance.mark(trainee, cohort.getId(), 1, present, DAY_ONE)).messageKey());
        ActionRefused future = assertThrows(ActionRefused.class, () -> attendance.mark(trainer, cohort.getId(), 2, present, DAY_ONE));
        assertEquals("attendance.futureDay", future.messageKey());
        // A day the coordinator opened early (the group met sooner) has its register open too.
        assertEquals("attendance.futureDay", assertThrows(ActionRefused.class,
                () -> attendance.mark(otherTrainer, otherCohort.getId(), 2, Map.of(), DAY_ONE)).messageKey());
        cohorts.openDayEarly(coordinator, otherCohort.getId(), 2, DAY_ONE);
        attendance.mark(otherTrainer, otherCohort.getId(), 2, Map.of(), DAY_ONE);
        assertEquals("attendance.noSuchDay", assertThrows(ActionRefused.class,
                () -> attendance.mark(trainer, cohort.getId(), 9, present, DAY_ONE.plusYears(1))).messageKey());

        attendance.mark(trainer, cohort.getId(), 1, Map.of(trainee, AttendanceStatus.ABSENT), DAY_ONE);
        attendance.mark(coordinator, cohort.getId(), 1, present, DAY_ONE);
        attendance.mark(trainer, cohort.getId(), 2, Map.of(trainee, AttendanceStatus.EXCUSED), DAY_ONE.plusWeeks(2));

        assertEquals(2L, em.createQuery("SELECT COUNT(m) FROM AttendanceMark m WHERE m.account.id = :id", Long.class)
                .setParameter("id", trainee).getSingleResult(), "re-marking day 1 updated its one mark");
        assertEquals(AttendanceStatus.PRESENT, attendance.register(trainer, cohort.getId(), 1).get(0).status());
        AttendanceSummary summary = attendance.summaryOf(trainee);
        assertEquals(new AttendanceSummary(course.days().size(), 1, 1, 0), summary);
        assertEquals(1.0 / course.days().size(), summary.presentShare(), 1e-9);
        assertEquals(AttendanceSummary.NONE, attendance.summaryOf(coordinator));
        assertEquals(Map.of(trainee, 1L), attendance.presentCounts(cohort.getId()));
    }

    @Test
    void noModuleOpensUntilTheTraineeAgreesToTheGroupAgreement() {
        String lesson = firstLesson(DAY_ONE_MODULE);
        LearningException refused = assertThrows(LearningException.class, () -> learning.openLesson(trainee, DAY_ONE_MODULE, lesson, DAY_ONE));
        assertEquals(LearningException.Reason.AGREEMENT_NEEDED, refused.reason());
        assertFalse(learning.courseOf(trainee, DAY_ONE).orElseThrow().agreementAcknowledged());

        cohorts.acknowledgeAgreement(trainee);
        cohorts.acknowledgeAgreement(trainee);

        assertTrue(cohorts.hasAcknowledgedAgreement(trainee, cohort.getId()));
        learning.openLesson(trainee, DAY_ONE_MODULE, lesson, DAY_ONE);
        // A later change to the text does not ask again.
        Cohort current = cohorts.find(cohort.getId()).orElseThrow();
        cohorts.edit(coordinator, cohort.getId(), current.getVersion(), new CohortEdit(current.getName(), days(weekly(DAY_ONE)), null,
                "A shorter agreement."));
        assertEquals(2, cohorts.find(cohort.getId()).orElseThrow().getAgreementVersion());
        learning.openLesson(trainee, DAY_ONE_MODULE, lesson, DAY_ONE);
    }

    @Test
    void theOverviewShowsEveryMemberForTheCohortsStaffOnly() {
        cohorts.acknowledgeAgreement(trainee);
        learning.completeLesson(trainee, DAY_ONE_MODULE, firstLesson(DAY_ONE_MODULE), DAY_ONE);

        CohortOverview overview = overviews.overview(trainer, cohort.getId());
        assertEquals(1, overview.rows().size());
        assertEquals(CohortOverview.Status.IN_PROGRESS, overview.rows().get(0).statuses().get(0));
        assertEquals(1, overview.chart().get(0).inProgress());
        long otherTrainer = accounts.create(unique("trainer3"), "Tim", PASSWORD, EnumSet.of(Role.TRAINER)).getId();
        assertThrows(ActionRefused.class, () -> overviews.overview(otherTrainer, cohort.getId()));
    }

    private void setCapacity(Cohort which, int capacity) {
        Cohort current = cohorts.find(which.getId()).orElseThrow();
        cohorts.edit(coordinator, which.getId(), current.getVersion(),
                new CohortEdit(current.getName(), current.getDays().stream().map(day -> new CohortEdit.DayDetails(day.getDate(), null, null)).toList(),
                        capacity, CohortService.agreementOf(current)));
    }

    private CohortEdit edit(String name, List<CohortEdit.DayDetails> days, Integer capacity) {
        return new CohortEdit(name, days, capacity, CohortService.defaultAgreement());
    }

    private List<LocalDate> weekly(LocalDate first) {
        return course.days().stream().map(day -> first.plusWeeks(day.number() - 1L)).toList();
    }

    private static List<CohortEdit.DayDetails> days(List<LocalDate> dates) {
        return dates.stream().map(date -> new CohortEdit.DayDetails(date, null, null)).toList();
    }

    private long newTrainee(String name) {
        return accounts.create(unique(name.toLowerCase(Locale.ROOT)), name, PASSWORD, EnumSet.of(Role.TRAINEE)).getId();
    }

    private String firstLesson(String moduleId) {
        return course.module(moduleId).orElseThrow().lessons().get(0).id();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@example.org";
    }
}
