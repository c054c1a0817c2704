package org.alongside.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alongside.course.Course;
import org.alongside.identity.Account;
import org.alongside.learning.Cohort;
import org.alongside.learning.LearningException;
import org.alongside.learning.LearningService;
import org.alongside.learning.TraineeCourse;
import org.alongside.platform.AuditTrail;
import org.alongside.safety.Finding;
import org.alongside.safety.SafeSharingCheck;

/**
 * A trainee's reflective exercise for a module: the draft they are writing (saved as they type),
 * and the versions they submit. Checks on the server that the module is open to them.
 */
@ApplicationScoped
@Transactional
public class ReflectionService {

    /** What happened to a draft save. */
    public sealed interface DraftSave permits Saved, Conflict, Refused {
    }

    public record Saved(long version, Instant savedAt) implements DraftSave {
    }

    /** Another tab saved a different text since this one last saved: the person chooses. */
    public record Conflict(String otherText, long otherVersion, Instant otherSavedAt) implements DraftSave {
    }

    /** Not saved; the message key says why (e.g. too long). What was typed stays on the page. */
    public record Refused(String messageKey) implements DraftSave {
    }

    /** What happened to a submission. */
    public sealed interface SubmitResult permits Submitted, Flagged, NotAccepted {
    }

    public record Submitted(Submission submission) implements SubmitResult {
    }

    /** The safe-sharing check picked something out; nothing was submitted. */
    public record Flagged(List<Finding> findings) implements SubmitResult {
    }

    public record NotAccepted(String messageKey) implements SubmitResult {
    }

    /** The reflection as the trainee sees it: their draft and their submissions with released feedback. */
    public record State(Course.Module module, Optional<ReflectionDraft> draft, List<Submission> submissions,
                        Map<Long, Grade> releasedGrades) {

        public Optional<Submission> latest() {
            return submissions.stream().findFirst();
        }

        /** Writing is open unless a version is waiting for the trainer or has been accepted. */
        public boolean canSubmit() {
            return latest().map(s -> s.getStatus() == Submission.Status.NEEDS_REVISION).orElse(true);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    LearningService learning;

    @Inject
    SafeSharingCheck safeSharing;

    @Inject
    GradingService grading;

    @Inject
    AuditTrail audit;

    @Inject
    GradingNotifications notifications;

    @Inject
    Clock clock;

    public State state(long accountId, String moduleId, LocalDate today) {
        return state(accountId, open(accountId, today), moduleId);
    }

    private State state(long accountId, TraineeCourse course, String moduleId) {
        Course.Module module = course.openModule(moduleId);
        List<Submission> submissions = submissions(accountId, course.course().id(), moduleId);
        return new State(module, draft(accountId, course.course().id(), moduleId), submissions, grading.releasedGrades(submissions));
    }

    /**
     * Saves what the trainee has typed. {@code seenVersion} is the draft version their page last
     * loaded or saved (-1 for none): if another tab has saved a different text since, nothing is
     * overwritten and both texts go back to the page.
     */
    public DraftSave saveDraft(long accountId, String moduleId, String text, long seenVersion, boolean overwrite, LocalDate today) {
        if (Reflections.isTooLong(text)) {
            return new Refused("reflection.tooLong");
        }
        TraineeCourse course = open(accountId, today);
        course.openModule(moduleId);
        String body = text == null ? "" : text;
        Instant now = clock.instant();
        // One save of this trainee's words at a time (autosave, a hand-in, a second tab, another
        // instance): the account row's lock, so two first saves never both insert a draft.
        em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        Optional<ReflectionDraft> existing = draft(accountId, course.course().id(), moduleId);
        if (existing.isEmpty()) {
            ReflectionDraft created = new ReflectionDraft(em.getReference(Account.class, accountId), course.course().id(), moduleId, body, now);
            em.persist(created);
            em.flush();
            return new Saved(created.getVersion(), now);
        }
        ReflectionDraft draft = existing.get();
        if (draft.getVersion() != seenVersion && !overwrite && !draft.getBody().equals(body)) {
            return new Conflict(draft.getBody(), draft.getVersion(), draft.getSavedAt());
        }
        if (!draft.getBody().equals(body)) {
            draft.replace(body, now);
            em.flush();
        }
        return new Saved(draft.getVersion(), draft.getSavedAt());
    }

    /**
     * Submits the text as the next version. It is checked for safe sharing first: if anything is
     * picked out and the trainee has not confirmed, nothing is submitted and the findings return.
     * Confirming anyway is recorded, for the trainer and in the audit trail.
     */
    public SubmitResult submit(long accountId, String moduleId, String text, boolean submitAnyway, LocalDate today) {
        if (Reflections.isBlank(text)) {
            return new NotAccepted("reflection.empty");
        }
        if (Reflections.isTooLong(text)) {
            return new NotAccepted("reflection.tooLong");
        }
        TraineeCourse course = open(accountId, today);
        // As saveDraft: one change to this trainee's reflections at a time, so a double hand-in
        // cannot number two versions alike.
        em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        State state = state(accountId, course, moduleId);
        if (!state.canSubmit()) {
            return new NotAccepted(state.latest().orElseThrow().getStatus() == Submission.Status.ACCEPTED
                    ? "reflection.alreadyAccepted" : "reflection.waiting");
        }
        List<Finding> findings = safeSharing.check(text);
        if (!findings.isEmpty() && !submitAnyway) {
            return new Flagged(findings);
        }
        String flaggedRules = findings.isEmpty() ? null
                : findings.stream().map(Finding::ruleId).distinct().collect(Collectors.joining(", "));
        Account trainee = em.find(Account.class, accountId);
        // A reference, not the course's cohort: that was read for the trainee pages only (read only).
        Cohort cohort = em.getReference(Cohort.class, course.cohort().getId());
        Submission submission = new Submission(trainee, cohort, course.course().id(), course.course().version(), moduleId,
                state.submissions().size() + 1, text.strip(), flaggedRules, clock.instant());
        em.persist(submission);
        learning.reflectionSent(accountId, course.course().id(), moduleId);
        if (flaggedRules != null) {
            audit.record(accountId, accountId, "safe-sharing-override",
                    "Submitted the reflection for " + moduleId + " (version " + submission.getAttempt() + ") although the check picked out: "
                            + flaggedRules);
        }
        notifications.submitted(submission, course.cohort().getTrainerIds(), state.module().title());
        return new Submitted(submission);
    }

    private List<Submission> submissions(long accountId, String courseId, String moduleId) {
        return em.createNamedQuery("Submission.ofModule", Submission.class)
                .setParameter("accountId", accountId).setParameter("courseId", courseId).setParameter("moduleId", moduleId)
                .getResultList();
    }

    private Optional<ReflectionDraft> draft(long accountId, String courseId, String moduleId) {
        return em.createNamedQuery("ReflectionDraft.find", ReflectionDraft.class)
                .setParameter("accountId", accountId).setParameter("courseId", courseId).setParameter("moduleId", moduleId)
                .getResultStream().findFirst();
    }

    private TraineeCourse open(long accountId, LocalDate today) {
        return learning.courseOf(accountId, today).orElseThrow(LearningException::notEnrolled);
    }
}
