package org.alongside.assessment;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.identity.Account;
import org.alongside.learning.Cohort;
import org.alongside.learning.CohortService;
import org.alongside.learning.LearningService;
import org.alongside.platform.AuditTrail;

/**
 * Trainers grade the reflections of the cohorts they are assigned to. Every method checks the
 * assignment on the server: a submission from another cohort is "not found", whatever id is asked for.
 */
@ApplicationScoped
@Transactional
public class GradingService {

    /** A submission outside the trainer's cohorts is, as far as they can tell, not there at all. */
    public static final String NOT_FOUND = "grading.notFound";

    /** Which submissions a trainer's queue shows. Empty values mean "any". */
    public record QueueFilter(Submission.Status status, Long cohortId, String moduleId) {
        public static QueueFilter waiting() {
            return new QueueFilter(Submission.Status.SUBMITTED, null, null);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortService cohorts;

    @Inject
    CourseCatalog catalog;

    @Inject
    LearningService learning;

    @Inject
    AuditTrail audit;

    @Inject
    GradingNotifications notifications;

    @Inject
    Clock clock;

    /** The trainer's queue, oldest first. */
    public List<QueueRow> queue(long trainerId, QueueFilter filter, int first, int pageSize) {
        List<Long> cohortIds = cohortsInView(trainerId, filter);
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<QueueRow> query = cb.createQuery(QueueRow.class);
        Root<Submission> submission = query.from(Submission.class);
        Join<Submission, Account> account = submission.join("account");
        Join<Submission, Cohort> cohort = submission.join("cohort");
        query.select(cb.construct(QueueRow.class, submission.get("id"), submission.get("courseId"), submission.get("moduleId"),
                        submission.get("attempt"), submission.get("submittedAt"), submission.get("status"),
                        submission.get("safeSharingOverridden"), account.get("displayName"), cohort.get("name")))
                .where(filtered(cb, submission, cohortIds, filter))
                .orderBy(cb.asc(submission.get("submittedAt")), cb.asc(submission.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long queueCount(long trainerId, QueueFilter filter) {
        List<Long> cohortIds = cohortsInView(trainerId, filter);
        if (cohortIds.isEmpty()) {
            return 0;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Submission> submission = query.from(Submission.class);
        query.select(cb.count(submission)).where(filtered(cb, submission, cohortIds, filter));
        return em.createQuery(query).getSingleResult();
    }

    /** How many submissions of each status the trainer's cohorts have. */
    public Map<Submission.Status, Long> countsByStatus(long trainerId) {
        Map<Submission.Status, Long> counts = new EnumMap<>(Submission.Status.class);
        for (Submission.Status status : Submission.Status.values()) {
            counts.put(status, 0L);
        }
        List<Long> cohortIds = cohorts.cohortIdsOfTrainer(trainerId);
        if (!cohortIds.isEmpty()) {
            em.createNamedQuery("Submission.countsByStatus", Object[].class).setParameter("cohortIds", cohortIds)
                    .getResultStream().forEach(row -> counts.put((Submission.Status) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** A submission the trainer may read: one from a cohort they are assigned to. */
    public Submission forTrainer(long trainerId, long submissionId) {
        Submission submission = em.find(Submission.class, submissionId);
        if (submission == null || !submission.getCohort().hasTrainer(trainerId)) {
            throw new ActionRefused("grading.notFound");
        }
        return submission;
    }

    /** The same trainee's other versions of this reflection, newest first. */
    public List<Submission> versions(Submission submission) {
        return em.createNamedQuery("Submission.ofModule", Submission.class)
                .setParameter("accountId", submission.getAccount().getId()).setParameter("courseId", submission.getCourseId())
                .setParameter("moduleId", submission.getModuleId()).getResultList();
    }

    /** The released grades of some submissions, by submission id, in one query. */
    public Map<Long, Grade> releasedGrades(List<Submission> submissions) {
        if (submissions.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery("Grade.ofSubmissions", Grade.class)
                .setParameter("submissionIds", submissions.stream().map(Submission::getId).toList())
                .getResultStream().filter(Grade::isReleased)
                .collect(Collectors.toMap(grade -> grade.getSubmission().getId(), Function.identity()));
    }

    public Optional<Grade> gradeOf(long submissionId) {
        return em.createNamedQuery("Grade.ofSubmission", Grade.class).setParameter("submissionId", submissionId)
                .getResultStream().findFirst();
    }

    /** Saves the grade without showing it to the trainee. */
    public Grade saveDraft(long trainerId, long submissionId, long seenVersion, List<CriterionGrade> criteria, String feedback,
                           Submission.Status outcome) {
        Submission submission = current(trainerId, submissionId, seenVersion);
        Optional<Grade> existing = gradeOf(submissionId);
        Grade grade = existing.orElseGet(() -> new Grade(submission));
        grade.write(em.getReference(Account.class, trainerId), criteria, feedback, outcome, clock.instant());
        if (existing.isEmpty()) {
            em.persist(grade);
        }
        return grade;
    }

    /**
     * Releases the grade: the trainee sees it and is told by e-mail, the submission takes the
     * outcome, and an accepted reflection counts towards completing the module. Refused, with
     * nothing changed, when another trainer has graded the submission since this page loaded.
     */
    public Grade release(long trainerId, long submissionId, long seenVersion, List<CriterionGrade> criteria, String feedback,
                         Submission.Status outcome) {
        Submission submission = current(trainerId, submissionId, seenVersion);
        Course.Module module = module(submission);
        List<String> problems = GradingRules.problemsBeforeRelease(module.reflection(), criteria, outcome);
        if (!problems.isEmpty()) {
            throw new ActionRefused(problems.get(0));
        }
        Grade grade = saveDraft(trainerId, submissionId, seenVersion, criteria, feedback, outcome);
        grade.release(clock.instant());
        submission.decide(outcome);
        if (outcome == Submission.Status.ACCEPTED) {
            learning.acceptReflection(submission.getAccount().getId(), submission.getCourseId(), submission.getModuleId());
        } else {
            learning.reflectionReturned(submission.getAccount().getId(), submission.getCourseId(), submission.getModuleId());
        }
        audit.record(trainerId, submission.getAccount().getId(), "grade-released", "Released the grade of the reflection for "
                + submission.getModuleId() + " (version " + submission.getAttempt() + "): " + outcome.name().toLowerCase().replace('_', ' '));
        notifications.released(submission, module.title());
        return grade;
    }

    public Course.Module module(Submission submission) {
        return catalog.course(submission.getCourseId()).flatMap(course -> course.module(submission.getModuleId()))
                .orElseThrow(() -> new ActionRefused("grading.moduleGone"));
    }

    private Submission current(long trainerId, long submissionId, long seenVersion) {
        Submission submission = forTrainer(trainerId, submissionId);
        if (submission.getVersion() != seenVersion || submission.getStatus() != Submission.Status.SUBMITTED) {
            throw new ActionRefused("grading.someoneElse");
        }
        return submission;
    }

    private List<Long> cohortsInView(long trainerId, QueueFilter filter) {
        List<Long> mine = cohorts.cohortIdsOfTrainer(trainerId);
        return filter.cohortId() == null ? mine : mine.stream().filter(filter.cohortId()::equals).toList();
    }

    /** The queue's filter: the trainer's cohorts in view, and the status and module when chosen. */
    private static Predicate[] filtered(CriteriaBuilder cb, Root<Submission> submission, List<Long> cohortIds, QueueFilter filter) {
        List<Predicate> conditions = new ArrayList<>();
        conditions.add(submission.get("cohort").get("id").in(cohortIds));
        if (filter.status() != null) {
            conditions.add(cb.equal(submission.get("status"), filter.status()));
        }
        if (filter.moduleId() != null) {
            conditions.add(cb.equal(submission.get("moduleId"), filter.moduleId()));
        }
        return conditions.toArray(Predicate[]::new);
    }
}
