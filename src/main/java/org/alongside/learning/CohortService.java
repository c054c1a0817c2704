package org.alongside.learning;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import jakarta.persistence.LockModeType;
import java.util.Locale;
import org.alongside.identity.Account;
import org.alongside.platform.AuditTrail;
import org.alongside.platform.Texts;
import org.alongside.identity.Role;
import org.alongside.identity.TraineeJoined;

/**
 * Coordinators create and edit cohorts, open days early, and remove or move trainees; trainees join
 * a cohort through their invitation, as long as it has room, and agree to its group agreement.
 */
@ApplicationScoped
@Transactional
public class CohortService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseCatalog catalog;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /**
     * A new cohort for a course, with one date per course day.
     *
     * @throws ActionRefused when the course is unknown or the dates do not fit it
     */
    public Cohort create(long coordinatorId, String name, String courseId, List<LocalDate> dayDates) {
        Account coordinator = em.find(Account.class, coordinatorId);
        if (coordinator == null || !coordinator.hasRole(Role.COORDINATOR)) {
            throw new ActionRefused("cohort.notCoordinator");
        }
        Course course = catalog.course(courseId).orElseThrow(() -> new ActionRefused("cohort.unknownCourse"));
        CohortRules.requireDatesInOrder(dayDates, course.days().size());
        Cohort cohort = new Cohort(name, courseId, course.version(), dayDates, defaultAgreement(), coordinator, clock.instant());
        em.persist(cohort);
        // Cohort-level events have no one person they are about: the subject is the coordinator who acted.
        audit.record(coordinatorId, coordinatorId, "cohort.created", describe(cohort) + " of " + courseId + ", " + dayDates.size() + " days from " + dayDates.get(0));
        return cohort;
    }

    /**
     * A coordinator changes a cohort's name, days, capacity or agreement.
     *
     * @param seenVersion the cohort's version when the form was shown: if someone saved in between,
     *                    the edit is refused rather than silently overwriting theirs
     * @throws ActionRefused naming the rule broken, or {@code cohort.changedMeanwhile}
     */
    public Cohort edit(long coordinatorId, long cohortId, long seenVersion, CohortEdit edit) {
        requireCoordinator(coordinatorId);
        Cohort cohort = find(cohortId).orElseThrow(() -> new ActionRefused("cohort.notFound"));
        if (cohort.getVersion() != seenVersion) {
            throw new ActionRefused("cohort.changedMeanwhile");
        }
        CohortRules.Details before = details(cohort);
        cohort.edit(edit, memberCount(cohortId));
        audit.record(coordinatorId, coordinatorId, "cohort.edited", describe(cohort) + ": " + CohortRules.changes(before, details(cohort)));
        return cohort;
    }

    /** The agreement every new cohort starts with. */
    public static String defaultAgreement() {
        return Texts.get(Locale.ENGLISH, "agreement.default");
    }

    /** A cohort's agreement, or the default for a cohort older than agreements. */
    public static String agreementOf(Cohort cohort) {
        return cohort.agreement().orElseGet(CohortService::defaultAgreement);
    }

    /**
     * The cohort, when this member of staff may work with it: coordinators with any cohort,
     * trainers with the cohorts they are assigned to.
     *
     * @throws ActionRefused {@code cohort.notFound} otherwise, so a trainer learns nothing about other groups
     */
    public Cohort forStaff(long staffId, long cohortId) {
        Account staff = em.find(Account.class, staffId);
        Cohort cohort = find(cohortId).orElseThrow(() -> new ActionRefused("cohort.notFound"));
        boolean allowed = staff != null && staff.isActive()
                && (staff.hasRole(Role.COORDINATOR) || (staff.hasRole(Role.TRAINER) && cohort.hasTrainer(staffId)));
        if (!allowed) {
            throw new ActionRefused("cohort.notFound");
        }
        return cohort;
    }

    public long memberCount(long cohortId) {
        return em.createNamedQuery("Enrolment.countOfCohort", Long.class).setParameter("cohortId", cohortId).getSingleResult();
    }

    /**
     * Places still free in a cohort: its capacity less its members and the invitations into it
     * that could still be used. Null when the cohort has no capacity.
     */
    public Long placesLeft(long cohortId) {
        Cohort cohort = find(cohortId).orElseThrow(() -> new ActionRefused("cohort.notFound"));
        if (cohort.getCapacity() == null) {
            return null;
        }
        long openInvitations = em.createQuery("SELECT COUNT(i) FROM Invitation i WHERE i.cohortId = :cohortId"
                        + " AND i.redeemedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > :now", Long.class)
                .setParameter("cohortId", cohortId).setParameter("now", clock.instant()).getSingleResult();
        return CohortRules.placesLeft(cohort.getCapacity(), memberCount(cohortId) + openInvitations);
    }

    /** Other cohorts of the same course, newest first: where a trainee can be moved to. */
    public List<Cohort> otherCohortsOfCourse(long cohortId) {
        Cohort cohort = find(cohortId).orElseThrow(() -> new ActionRefused("cohort.notFound"));
        return all().stream().filter(other -> other.getCourseId().equals(cohort.getCourseId()) && !other.getId().equals(cohortId)).toList();
    }

    /**
     * Moves a trainee to another cohort of the same course. Their progress is kept: it belongs to
     * them and the course, not to the cohort.
     *
     * @throws ActionRefused when the other cohort is full, of another course, or the trainee is in no cohort
     */
    public void move(long coordinatorId, long accountId, long toCohortId) {
        requireCoordinator(coordinatorId);
        Enrolment enrolment = enrolmentOf(accountId).orElseThrow(() -> new ActionRefused("cohort.notMember"));
        Cohort from = enrolment.getCohort();
        Cohort to = lockedForJoining(toCohortId);
        if (!to.getCourseId().equals(from.getCourseId())) {
            throw new ActionRefused("cohort.moveOtherCourse");
        }
        if (to.getId().equals(from.getId())) {
            return;
        }
        enrolment.moveTo(to);
        audit.record(coordinatorId, accountId, "cohort.moved", from.getName() + " (" + from.getId() + ") → " + to.getName() + " (" + to.getId() + ")");
    }

    /** Takes a trainee out of their cohort. Their progress records stay, should they join another. */
    public void remove(long coordinatorId, long accountId, long cohortId) {
        requireCoordinator(coordinatorId);
        Enrolment enrolment = enrolmentOf(accountId).filter(e -> e.getCohort().getId() == cohortId)
                .orElseThrow(() -> new ActionRefused("cohort.notMember"));
        em.remove(enrolment);
        audit.record(coordinatorId, accountId, "cohort.removed", enrolment.getCohort().getName() + " (" + cohortId + ")");
    }

    /** The trainee's cohort, if they are in one. */
    public Optional<Cohort> cohortOf(long accountId) {
        return enrolmentOf(accountId).map(Enrolment::getCohort);
    }

    /** Whether the trainee has agreed to their current cohort's agreement (any version of it). */
    public boolean hasAcknowledgedAgreement(long accountId, long cohortId) {
        return em.createNamedQuery("AgreementAcknowledgement.find", AgreementAcknowledgement.class)
                .setParameter("accountId", accountId).setParameter("cohortId", cohortId).getResultStream().findAny().isPresent();
    }

    /** The trainee agrees to their cohort's agreement as it reads now. Agreeing again changes nothing. */
    public void acknowledgeAgreement(long accountId) {
        Cohort cohort = cohortOf(accountId).orElseThrow(() -> new ActionRefused("cohort.notMember"));
        if (!hasAcknowledgedAgreement(accountId, cohort.getId())) {
            em.persist(new AgreementAcknowledgement(em.getReference(Account.class, accountId), cohort, clock.instant()));
        }
    }

    private Optional<Enrolment> enrolmentOf(long accountId) {
        return em.createNamedQuery("Enrolment.ofAccount", Enrolment.class).setParameter("accountId", accountId)
                .getResultStream().findFirst();
    }

    /*
     * Joining takes a write lock on the cohort's row: two trainees joining the last place at the
     * same moment are counted one after the other, so the capacity holds.
     */
    private Cohort lockedForJoining(long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
        if (cohort == null) {
            throw new ActionRefused("cohort.notFound");
        }
        if (!CohortRules.hasRoom(cohort.getCapacity(), memberCount(cohortId))) {
            throw new ActionRefused("cohort.full", cohort.getName());
        }
        return cohort;
    }

    private void requireCoordinator(long coordinatorId) {
        Account coordinator = em.find(Account.class, coordinatorId);
        if (coordinator == null || !coordinator.hasRole(Role.COORDINATOR)) {
            throw new ActionRefused("cohort.notCoordinator");
        }
    }

    public Optional<Cohort> find(long cohortId) {
        return Optional.ofNullable(em.find(Cohort.class, cohortId));
    }

    public List<Cohort> newestFirst(int first, int pageSize) {
        return em.createNamedQuery("Cohort.newestFirst", Cohort.class).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /** Every cohort, newest first, for choosing one (e.g. on an invitation). */
    public List<Cohort> all() {
        return em.createNamedQuery("Cohort.newestFirst", Cohort.class).getResultList();
    }

    public long count() {
        return em.createNamedQuery("Cohort.count", Long.class).getSingleResult();
    }

    /** How many trainees each cohort has, by cohort id. */
    public Map<Long, Long> memberCounts() {
        return em.createNamedQuery("Enrolment.countByCohort", Object[].class).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    public List<Enrolment> members(long cohortId) {
        return em.createNamedQuery("Enrolment.ofCohort", Enrolment.class).setParameter("cohortId", cohortId).getResultList();
    }

    /** Opens a course day before its date, for every trainee in the cohort at once. */
    public void openDayEarly(long coordinatorId, long cohortId, int dayNumber, LocalDate today) {
        requireCoordinator(coordinatorId);
        Cohort cohort = find(cohortId).orElseThrow(() -> new ActionRefused("cohort.notFound"));
        cohort.openEarly(dayNumber, today, clock.instant());
        audit.record(coordinatorId, coordinatorId, "cohort.dayOpenedEarly", describe(cohort) + ": day " + dayNumber + " opened on " + today);
    }

    /** A coordinator makes a trainer one of the cohort's trainers, who read and grade its trainees' work. */
    public void assignTrainer(long coordinatorId, long cohortId, long trainerId) {
        requireCoordinator(coordinatorId);
        Cohort cohort = find(cohortId).orElseThrow(() -> new ActionRefused("cohort.notFound"));
        Account trainer = em.find(Account.class, trainerId);
        if (trainer == null || !trainer.hasRole(Role.TRAINER)) {
            throw new ActionRefused("cohort.notTrainer");
        }
        if (!cohort.hasTrainer(trainerId)) {
            cohort.assignTrainer(trainerId);
            audit.record(coordinatorId, trainerId, "cohort.trainerAssigned", describe(cohort));
        }
    }

    public void removeTrainer(long coordinatorId, long cohortId, long trainerId) {
        requireCoordinator(coordinatorId);
        Cohort cohort = find(cohortId).orElseThrow(() -> new ActionRefused("cohort.notFound"));
        if (cohort.hasTrainer(trainerId)) {
            cohort.removeTrainer(trainerId);
            audit.record(coordinatorId, trainerId, "cohort.trainerRemoved", describe(cohort));
        }
    }

    /** How an audit entry names a cohort: by its name and id, never by the people in it. */
    static String describe(Cohort cohort) {
        return "Group '" + cohort.getName() + "' (" + cohort.getId() + ")";
    }

    private static CohortRules.Details details(Cohort cohort) {
        return new CohortRules.Details(cohort.getName(), cohort.getCapacity(), agreementOf(cohort), cohort.getDays().stream()
                .map(day -> "day " + day.getNumber() + " on " + day.getDate() + (day.getPlace() == null ? "" : " at " + day.getPlace())
                        + (day.getOnlineLink() == null ? "" : " online " + day.getOnlineLink())).toList());
    }

    /** The cohorts a trainer is assigned to, by id. */
    public List<Long> cohortIdsOfTrainer(long trainerId) {
        return em.createNamedQuery("Cohort.idsOfTrainer", Long.class).setParameter("trainerId", trainerId).getResultList();
    }

    /** The cohorts a trainer is assigned to, newest first, in one query. */
    public List<Cohort> cohortsOfTrainer(long trainerId) {
        return em.createNamedQuery("Cohort.ofTrainer", Cohort.class).setParameter("trainerId", trainerId).getResultList();
    }

    /**
     * Puts a trainee in a cohort. A trainee is in one cohort at a time.
     *
     * @throws ActionRefused when the cohort is full ({@code cohort.full}) or the trainee cannot join
     */
    public Enrolment enrol(long accountId, long cohortId) {
        Account trainee = em.find(Account.class, accountId);
        if (trainee == null || !trainee.hasRole(Role.TRAINEE)) {
            throw new ActionRefused("cohort.notTrainee");
        }
        if (enrolmentOf(accountId).isPresent()) {
            throw new ActionRefused("cohort.alreadyEnrolled");
        }
        Cohort cohort = lockedForJoining(cohortId);
        Enrolment enrolment = new Enrolment(trainee, cohort, clock.instant());
        em.persist(enrolment);
        return enrolment;
    }

    /** Trainees who are in no cohort, by account id. */
    public List<Long> traineesWithoutCohort() {
        return em.createQuery("SELECT a.id FROM Account a JOIN a.roles r WHERE r = :role"
                        + " AND NOT EXISTS (SELECT e FROM Enrolment e WHERE e.account = a) ORDER BY a.id", Long.class)
                .setParameter("role", Role.TRAINEE).getResultList();
    }

    /*
     * The join page belongs to identity, which knows nothing of cohorts: a full cohort is reported
     * in its terms, and the account and the invitation are rolled back so the invitation stays usable.
     */
    void onTraineeJoined(@Observes TraineeJoined joined) {
        try {
            enrol(joined.trainee().getId(), joined.cohortId());
        } catch (ActionRefused e) {
            if ("cohort.full".equals(e.messageKey())) {
                throw new ActionRefused("invitation.cohortFull");
            }
            throw e;
        }
    }
}
