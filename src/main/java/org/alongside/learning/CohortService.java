package org.alongside.learning;

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
import org.alongside.identity.Account;
import org.alongside.identity.Role;
import org.alongside.identity.TraineeJoined;

/** Coordinators create cohorts and open days early; trainees join a cohort through their invitation. */
@ApplicationScoped
@Transactional
public class CohortService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseCatalog catalog;

    @Inject
    Clock clock;

    /**
     * A new cohort for a course, with one date per course day.
     *
     * @throws CohortException when the course is unknown or the dates do not fit it
     */
    public Cohort create(long coordinatorId, String name, String courseId, List<LocalDate> dayDates) {
        Account coordinator = em.find(Account.class, coordinatorId);
        if (coordinator == null || !coordinator.hasRole(Role.COORDINATOR)) {
            throw new CohortException("cohort.notCoordinator");
        }
        Course course = catalog.course(courseId).orElseThrow(() -> new CohortException("cohort.unknownCourse"));
        if (dayDates.size() != course.days().size() || dayDates.contains(null)) {
            throw new CohortException("cohort.dateForEachDay");
        }
        for (int i = 1; i < dayDates.size(); i++) {
            if (dayDates.get(i).isBefore(dayDates.get(i - 1))) {
                throw new CohortException("cohort.datesOutOfOrder", i + 1, i);
            }
        }
        Cohort cohort = new Cohort(name, courseId, dayDates, coordinator, clock.instant());
        em.persist(cohort);
        return cohort;
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
    public void openDayEarly(long cohortId, int dayNumber, LocalDate today) {
        Cohort cohort = find(cohortId).orElseThrow(() -> new CohortException("cohort.notFound"));
        cohort.openEarly(dayNumber, today, clock.instant());
    }

    /** Makes a trainer one of the cohort's trainers, who read and grade its trainees' work. */
    public void assignTrainer(long cohortId, long trainerId) {
        Cohort cohort = find(cohortId).orElseThrow(() -> new CohortException("cohort.notFound"));
        Account trainer = em.find(Account.class, trainerId);
        if (trainer == null || !trainer.hasRole(Role.TRAINER)) {
            throw new CohortException("cohort.notTrainer");
        }
        cohort.assignTrainer(trainerId);
    }

    public void removeTrainer(long cohortId, long trainerId) {
        find(cohortId).orElseThrow(() -> new CohortException("cohort.notFound")).removeTrainer(trainerId);
    }

    /** The cohorts a trainer is assigned to, by id. */
    public List<Long> cohortIdsOfTrainer(long trainerId) {
        return em.createNamedQuery("Cohort.idsOfTrainer", Long.class).setParameter("trainerId", trainerId).getResultList();
    }

    /** The cohorts a trainer is assigned to, newest first, in one query. */
    public List<Cohort> cohortsOfTrainer(long trainerId) {
        return em.createNamedQuery("Cohort.ofTrainer", Cohort.class).setParameter("trainerId", trainerId).getResultList();
    }

    /** Puts a trainee in a cohort. A trainee is in one cohort at a time. */
    public Enrolment enrol(long accountId, long cohortId) {
        Cohort cohort = find(cohortId).orElseThrow(() -> new CohortException("cohort.notFound"));
        Account trainee = em.find(Account.class, accountId);
        if (trainee == null || !trainee.hasRole(Role.TRAINEE)) {
            throw new CohortException("cohort.notTrainee");
        }
        boolean enrolled = em.createNamedQuery("Enrolment.ofAccount", Enrolment.class).setParameter("accountId", accountId)
                .getResultStream().findAny().isPresent();
        if (enrolled) {
            throw new CohortException("cohort.alreadyEnrolled");
        }
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

    void onTraineeJoined(@Observes TraineeJoined joined) {
        enrol(joined.trainee().getId(), joined.cohortId());
    }
}
