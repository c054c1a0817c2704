package org.alongside.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alongside.course.Course;
import org.alongside.learning.LearningCalendar;
import org.alongside.learning.LearningException;
import org.alongside.learning.TraineePages;
import org.alongside.safety.Finding;
import org.alongside.safety.SafeSharingHighlighter;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * The trainee writes their reflection: saved as they type (by resources/js/reflection.js through
 * {@link ReflectionDraftResource}, which needs no view), checked for safe sharing before it is
 * submitted, with every submitted version and its released feedback below. The page carries the
 * draft version the script last saved, so handing in after an autosave is not taken for a conflict.
 */
@Named
@ViewScoped
public class ReflectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReflectionService reflections;

    @Inject
    LearningCalendar calendar;

    @Inject
    CurrentAccount current;

    private String moduleId;
    private String text;
    private long seenVersion = -1;
    private Instant savedAt;
    private String conflictText;
    private long conflictVersion;
    private transient List<Finding> findings = List.of();
    private String flaggedHtml;
    private transient ReflectionService.State state;

    public void load() {
        try {
            state = reflections.state(accountId(), moduleId, calendar.today());
        } catch (LearningException refusal) {
            TraineePages.refuse(refusal, moduleId);
            return;
        }
        state.draft().ifPresent(draft -> {
            text = draft.getBody();
            seenVersion = draft.getVersion();
            savedAt = draft.getSavedAt();
        });
    }

    /** Keep what this tab has, replacing what the other tab saved. */
    public void keepMine() {
        save(true);
    }

    /** Take the text the other tab saved instead. */
    public void takeTheirs() {
        text = conflictText;
        seenVersion = conflictVersion;
        conflictText = null;
    }

    public void submit() {
        submit(false);
    }

    public void submitAnyway() {
        submit(true);
    }

    private void submit(boolean anyway) {
        if (Reflections.isTooLong(text)) {
            Page.error("reflection.tooLong", Reflections.MAX_CHARACTERS);
            return;
        }
        save(false);
        if (conflictText != null) {
            return;
        }
        ReflectionService.SubmitResult result = reflections.submit(accountId(), moduleId, text, anyway, calendar.today());
        findings = List.of();
        flaggedHtml = null;
        if (result instanceof ReflectionService.Submitted submitted) {
            Page.info("reflection.submitted", submitted.submission().getAttempt());
            state = null;
        } else if (result instanceof ReflectionService.Flagged flagged) {
            findings = flagged.findings();
            flaggedHtml = SafeSharingHighlighter.toHtml(text, findings);
            Page.warn("reflection.flagged");
        } else if (result instanceof ReflectionService.NotAccepted refused) {
            Page.error(refused.messageKey(), Reflections.MAX_CHARACTERS);
        }
    }

    private void save(boolean overwrite) {
        ReflectionService.DraftSave result = reflections.saveDraft(accountId(), moduleId, text, seenVersion, overwrite, calendar.today());
        if (result instanceof ReflectionService.Saved saved) {
            seenVersion = saved.version();
            savedAt = saved.savedAt();
            conflictText = null;
        } else if (result instanceof ReflectionService.Conflict conflict) {
            conflictText = conflict.otherText();
            conflictVersion = conflict.otherVersion();
        } else if (result instanceof ReflectionService.Refused refused) {
            Page.error(refused.messageKey(), Reflections.MAX_CHARACTERS);
        }
    }

    public ReflectionService.State getState() {
        if (state == null) {
            state = reflections.state(accountId(), moduleId, calendar.today());
        }
        return state;
    }

    /** The level the trainer chose for a criterion in a released grade, as words. */
    public String levelLabel(long submissionId, Course.Criterion criterion) {
        return released(submissionId, criterion).map(CriterionGrade::getLevelId)
                .flatMap(levelId -> criterion.levels().stream().filter(level -> level.id().equals(levelId)).findFirst())
                .map(Course.Level::label).orElse("");
    }

    public String criterionComment(long submissionId, Course.Criterion criterion) {
        return released(submissionId, criterion).map(CriterionGrade::getComment).orElse("");
    }

    private Optional<CriterionGrade> released(long submissionId, Course.Criterion criterion) {
        return Optional.ofNullable(getState().releasedGrades().get(submissionId)).flatMap(grade -> grade.criterion(criterion.id()));
    }

    public int getWordCount() {
        return Reflections.wordCount(text);
    }

    public int getMaxCharacters() {
        return Reflections.MAX_CHARACTERS;
    }

    public List<Finding> getFindings() {
        return findings == null ? List.of() : findings;
    }

    public String getFlaggedHtml() {
        return flaggedHtml;
    }

    private long accountId() {
        return current.id();
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public long getSeenVersion() {
        return seenVersion;
    }

    public void setSeenVersion(long seenVersion) {
        this.seenVersion = seenVersion;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getConflictText() {
        return conflictText;
    }
}
