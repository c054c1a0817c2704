package org.alongside.assessment;

import org.alongside.platform.ActionRefused;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alongside.course.Course;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * A trainer grades one submission against the module's rubric: a level and a comment per
 * criterion, overall feedback and an outcome. Saved as a draft, then released.
 */
@Named
@ViewScoped
public class GradingView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's row for one criterion. */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Course.Criterion criterion;
        private String levelId;
        private String comment;

        CriterionRow(Course.Criterion criterion, String levelId, String comment) {
            this.criterion = criterion;
            this.levelId = levelId;
            this.comment = comment;
        }

        public Course.Criterion getCriterion() {
            return criterion;
        }

        public String getLevelId() {
            return levelId;
        }

        public void setLevelId(String levelId) {
            this.levelId = levelId;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    @Inject
    GradingService grading;

    @Inject
    CurrentAccount current;

    private Long submissionId;
    private long seenVersion;
    private List<CriterionRow> rows = new ArrayList<>();
    private String feedback;
    private Submission.Status outcome;
    private transient Submission submission;
    private transient List<Submission> earlierVersions;
    private transient Map<Long, Grade> earlierGrades;

    public void load() {
        try {
            submission = grading.forTrainer(trainerId(), submissionId == null ? -1 : submissionId);
        } catch (ActionRefused e) {
            Page.notFound();
            return;
        }
        seenVersion = submission.getVersion();
        Grade grade = grading.gradeOf(submissionId).orElse(null);
        rows = new ArrayList<>();
        for (Course.Criterion criterion : getModule().reflection().rubric()) {
            CriterionGrade saved = grade == null ? null : grade.criterion(criterion.id()).orElse(null);
            rows.add(new CriterionRow(criterion, saved == null ? null : saved.getLevelId(), saved == null ? null : saved.getComment()));
        }
        if (grade != null) {
            feedback = grade.getOverallFeedback();
            outcome = grade.getOutcome();
        }
    }

    public String saveDraft() {
        return act(false);
    }

    public String release() {
        return act(true);
    }

    /**
     * Done: redirects to the submission's own address, so Back and Forward never ask to send the
     * grade again and the page can be bookmarked. Refused: stays on the posted page with the
     * message, and what the trainer typed is still in the form.
     */
    private String act(boolean release) {
        List<CriterionGrade> criteria = rows.stream()
                .map(row -> new CriterionGrade(row.getCriterion().id(), row.getLevelId(), row.getComment())).toList();
        try {
            if (release) {
                grading.release(trainerId(), submissionId, seenVersion, criteria, feedback, outcome);
                Page.infoAfterRedirect("grading.released");
            } else {
                grading.saveDraft(trainerId(), submissionId, seenVersion, criteria, feedback, outcome);
                Page.infoAfterRedirect("grading.draftSaved");
            }
            return "/trainer/grade.xhtml?faces-redirect=true&submission=" + submissionId;
        } catch (OptimisticLockException | TransactionalException raced) {
            Page.error("grading.someoneElse");
            return null;
        } finally {
            // Released or refused, the page shows the submission as it is now.
            submission = null;
            earlierVersions = null;
        }
    }

    public Submission getSubmission() {
        if (submission == null) {
            submission = grading.forTrainer(trainerId(), submissionId);
        }
        return submission;
    }

    public Course.Module getModule() {
        return grading.module(getSubmission());
    }

    /** Earlier versions of the same reflection, read once per request with their released grades. */
    public List<Submission> getEarlierVersions() {
        if (earlierVersions == null) {
            earlierVersions = grading.versions(getSubmission()).stream()
                    .filter(s -> s.getAttempt() < getSubmission().getAttempt()).toList();
            earlierGrades = grading.releasedGrades(earlierVersions);
        }
        return earlierVersions;
    }

    public Grade gradeOf(Submission version) {
        getEarlierVersions();
        return earlierGrades.get(version.getId());
    }

    public boolean isGradable() {
        return getSubmission().getStatus() == Submission.Status.SUBMITTED && getSubmission().getVersion() == seenVersion;
    }

    public Map<String, Submission.Status> getOutcomes() {
        Map<String, Submission.Status> outcomes = new LinkedHashMap<>();
        outcomes.put(Page.text("grading.outcome.NEEDS_REVISION"), Submission.Status.NEEDS_REVISION);
        outcomes.put(Page.text("grading.outcome.ACCEPTED"), Submission.Status.ACCEPTED);
        return outcomes;
    }

    private long trainerId() {
        return current.id();
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public void setSubmissionId(Long submissionId) {
        this.submissionId = submissionId;
    }

    public List<CriterionRow> getRows() {
        return rows;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public Submission.Status getOutcome() {
        return outcome;
    }

    public void setOutcome(Submission.Status outcome) {
        this.outcome = outcome;
    }
}
