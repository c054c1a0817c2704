package org.alongside.assessment;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.alongside.learning.Cohort;
import org.alongside.learning.CohortService;
import org.alongside.learning.Enrolment;
import org.alongside.platform.AuditTrail;

/**
 * Observed practice and the practice log. Trainers record the role plays of the trainees in their
 * groups (coordinators may record anyone's); the trainee reads their own records and adds a
 * reflection. The practice log is private to the trainee and the trainers of their group. Every
 * method checks, on the server, that the person asking may do it.
 */
@ApplicationScoped
@Transactional
public class PracticeService {

    /** A trainee's course and group, as practice needs them. */
    public record Placement(Cohort cohort, Course course) {
    }

    /** One mark a trainer gives: a checklist item shown or not yet, with a comment. */
    public record Mark(String itemId, boolean shown, String comment) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortService cohorts;

    @Inject
    CourseCatalog catalog;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The trainee's group and the course it teaches, when they are in one whose course is loaded. */
    public Optional<Placement> placementOf(long traineeId) {
        return cohorts.cohortOf(traineeId)
                .flatMap(cohort -> catalog.course(cohort.getCourseId()).map(course -> new Placement(cohort, course)));
    }

    /** The trainee's own records, for their practice page. */
    public List<PracticeObservation> observationsOf(long traineeId) {
        return em.createNamedQuery("PracticeObservation.ofTrainee", PracticeObservation.class)
                .setParameter("traineeId", traineeId).getResultList();
    }

    /**
     * A group's role plays and every record of them, for the practice grid: the members in the
     * order of the group, the course's role plays by day, and the records by trainee and role play.
     */
    public record GroupPractice(Cohort cohort, List<Course.Practice> practices, List<Enrolment> members,
                                Map<Long, Map<String, PracticeObservation>> observations) {

        public Optional<PracticeObservation> observation(long traineeId, String practiceId) {
            return Optional.ofNullable(observations.getOrDefault(traineeId, Map.of()).get(practiceId));
        }
    }

    /** @throws org.alongside.learning.ActionRefused when the member of staff may not work with the group */
    public GroupPractice groupPractice(long staffId, long cohortId) {
        Cohort cohort = cohorts.forStaff(staffId, cohortId);
        List<Course.Practice> practices = catalog.course(cohort.getCourseId()).map(Course::practicesInOrder).orElse(List.of());
        List<Enrolment> members = cohorts.members(cohortId);
        List<Long> traineeIds = members.stream().map(enrolment -> enrolment.getAccount().getId()).toList();
        Map<Long, Map<String, PracticeObservation>> observations = traineeIds.isEmpty() ? Map.of()
                : em.createNamedQuery("PracticeObservation.ofTrainees", PracticeObservation.class)
                        .setParameter("traineeIds", traineeIds).setParameter("courseId", cohort.getCourseId()).getResultList().stream()
                        .collect(Collectors.groupingBy(o -> o.getTrainee().getId(),
                                Collectors.toMap(PracticeObservation::getPracticeId, o -> o)));
        return new GroupPractice(cohort, practices, members, observations);
    }

    /**
     * What a trainer's record page shows: the trainee, the role play, its record so far (empty
     * when not yet observed) and, for a trainer of the trainee's group, their practice log (empty
     * for a coordinator, who does not read it).
     */
    public record ObservationPage(Placement placement, String traineeName, Course.Practice practice,
                                  Optional<PracticeObservation> recorded, List<PracticeLogEntry> log) {
    }

    /**
     * @throws ActionRefused {@code grading.notFound} when the trainee is not in one of the staff member's
     *         groups, or the course has no such role play
     */
    public ObservationPage observationPage(long staffId, long traineeId, String practiceId) {
        Placement placement = requireStaffOf(staffId, traineeId);
        Course.Practice practice = requirePractice(placement, practiceId);
        boolean trainsThem = placement.cohort().hasTrainer(staffId) && em.find(Account.class, staffId).hasRole(Role.TRAINER);
        return new ObservationPage(placement, em.find(Account.class, traineeId).getDisplayName(), practice,
                find(traineeId, placement.course().id(), practiceId), trainsThem ? logOf(traineeId) : List.of());
    }

    /**
     * Records a role play as observed, or updates the record after the trainee practised again;
     * {@code signOff} makes it final and needs every checklist item shown.
     */
    public PracticeObservation record(long staffId, long traineeId, String practiceId, LocalDate observedOn, List<Mark> marks,
                                      boolean signOff) {
        Placement placement = requireStaffOf(staffId, traineeId);
        Course.Practice practice = requirePractice(placement, practiceId);
        if (observedOn == null) {
            throw new ActionRefused("practice.dateRequired");
        }
        if (marks.stream().anyMatch(mark -> mark.comment() != null && mark.comment().strip().length() > ObservedItem.COMMENT_MAX)) {
            throw new ActionRefused("practice.commentTooLong");
        }
        Optional<PracticeObservation> earlier = find(traineeId, placement.course().id(), practiceId);
        PracticeObservation observation = earlier.orElseGet(() ->
                new PracticeObservation(em.getReference(Account.class, traineeId), placement.course().id(), practiceId));
        observation.record(practice, em.find(Account.class, staffId), observedOn,
                marks.stream().map(mark -> new ObservedItem(mark.itemId(), mark.shown(), mark.comment())).toList(), signOff,
                clock.instant());
        if (earlier.isEmpty()) {
            em.persist(observation);
        }
        audit.record(staffId, traineeId, signOff ? "practice.signedOff" : "practice.recorded",
                practiceId + ": " + observation.getShownCount() + " of " + practice.checklist().size() + " shown");
        return observation;
    }

    /** The trainee's reflection on one of their own records. */
    public PracticeObservation reflect(long traineeId, long observationId, String text) {
        PracticeObservation observation = em.find(PracticeObservation.class, observationId);
        if (observation == null || !observation.getTrainee().getId().equals(traineeId)) {
            throw new ActionRefused("grading.notFound");
        }
        observation.reflect(text, clock.instant());
        return observation;
    }

    /** Signed-off role plays of the course: what certification counts. */
    public int signedOffCount(long traineeId, String courseId) {
        return em.createNamedQuery("PracticeObservation.signedOffCount", Long.class).setParameter("traineeId", traineeId)
                .setParameter("courseId", courseId).getSingleResult().intValue();
    }

    public PracticeLogEntry addToLog(long traineeId, String practised, String learnt) {
        PracticeLogEntry entry = new PracticeLogEntry(em.getReference(Account.class, traineeId), practised, learnt, clock.instant());
        em.persist(entry);
        return entry;
    }

    public List<PracticeLogEntry> logOf(long traineeId) {
        return em.createNamedQuery("PracticeLogEntry.ofTrainee", PracticeLogEntry.class).setParameter("traineeId", traineeId)
                .getResultList();
    }

    /**
     * The trainee's practice log as a trainer of their group reads it. Coordinators do not read
     * it: the log is for learning with the trainers, not for the service's records.
     */
    public List<PracticeLogEntry> logForTrainer(long trainerId, long traineeId) {
        Account trainer = em.find(Account.class, trainerId);
        boolean trainsThem = trainer != null && trainer.isActive() && trainer.hasRole(Role.TRAINER)
                && cohorts.cohortOf(traineeId).map(cohort -> cohort.hasTrainer(trainerId)).orElse(false);
        if (!trainsThem) {
            throw new ActionRefused("grading.notFound");
        }
        return logOf(traineeId);
    }

    private Optional<PracticeObservation> find(long traineeId, String courseId, String practiceId) {
        return em.createNamedQuery("PracticeObservation.one", PracticeObservation.class).setParameter("traineeId", traineeId)
                .setParameter("courseId", courseId).setParameter("practiceId", practiceId).getResultStream().findFirst();
    }

    /** Coordinators observe anyone in a group; a trainer only the trainees of their own groups; nobody themselves. */
    private Placement requireStaffOf(long staffId, long traineeId) {
        Account staff = em.find(Account.class, staffId);
        Optional<Placement> placement = placementOf(traineeId);
        boolean allowed = staff != null && staff.isActive() && staffId != traineeId && placement.isPresent()
                && (staff.hasRole(Role.COORDINATOR) || (staff.hasRole(Role.TRAINER) && placement.get().cohort().hasTrainer(staffId)));
        if (!allowed) {
            throw new ActionRefused("grading.notFound");
        }
        return placement.get();
    }

    private static Course.Practice requirePractice(Placement placement, String practiceId) {
        return placement.course().practice(practiceId).orElseThrow(() -> new ActionRefused("grading.notFound"));
    }
}
