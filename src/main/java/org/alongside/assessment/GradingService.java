package org.alongside.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.identity.Account;
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
        TypedQuery<QueueRow> query = em.createQuery("SELECT NEW org.alongside.assessment.QueueRow(s.id, s.courseId, s.moduleId,"
                + " s.attempt, s.submittedAt, s.status, s.safeSharingOverridden, a.displayName, c.name)"
                + " FROM Submission s JOIN s.account a JOIN s.cohort c" + where(filter) + " ORDER BY s.submittedAt, s.id", QueueRow.class);
        return bind(query, cohortIds, filter).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long queueCount(long trainerId, QueueFilter filter) {
        List<Long> cohortIds = cohortsInView(trainerId, filter);
        if (cohortIds.isEmpty()) {
            return 0;
        }
        return bind(em.createQuery("SELECT COUNT(s) FROM Submission s" + where(filter), Long.class), cohortIds, filter).getSingleResult();
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
            throw new GradingException("grading.notFound");
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
            throw new GradingException(problems.get(0));
        }
        Grade grade = saveDraft(trainerId, submissionId, seenVersion, criteria, feedback, outcome);
        grade.release(clock.instant());
        submission.decide(outcome);
        if (outcome == Submission.Status.ACCEPTED) {
            learning.acceptReflection(submission.getAccount().getId(), submission.getCourseId(), submission.getModuleId());
        }
        audit.record(trainerId, submission.getAccount().getId(), "grade-released", "Released the grade of the reflection for "
                + submission.getModuleId() + " (version " + submission.getAttempt() + "): " + outcome.name().toLowerCase().replace('_', ' '));
        notifications.released(submission, module.title());
        return grade;
    }

    public Course.Module module(Submission submission) {
        return catalog.course(submission.getCourseId()).flatMap(course -> course.module(submission.getModuleId()))
                .orElseThrow(() -> new GradingException("grading.moduleGone"));
    }

    private Submission current(long trainerId, long submissionId, long seenVersion) {
        Submission submission = forTrainer(trainerId, submissionId);
        if (submission.getVersion() != seenVersion || submission.getStatus() != Submission.Status.SUBMITTED) {
            throw new GradingException("grading.someoneElse");
        }
        return submission;
    }

    private List<Long> cohortsInView(long trainerId, QueueFilter filter) {
        List<Long> mine = cohorts.cohortIdsOfTrainer(trainerId);
        return filter.cohortId() == null ? mine : mine.stream().filter(filter.cohortId()::equals).toList();
    }

    private static String where(QueueFilter filter) {
        return " WHERE s.cohort.id IN :cohortIds" + (filter.status() == null ? "" : " AND s.status = :status")
                + (filter.moduleId() == null ? "" : " AND s.moduleId = :moduleId");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, List<Long> cohortIds, QueueFilter filter) {
        query.setParameter("cohortIds", cohortIds);
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.moduleId() != null) {
            query.setParameter("moduleId", filter.moduleId());
        }
        return query;
    }
}
