package org.alongside.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.alongside.identity.Account;
import org.alongside.platform.InstantConverter;

/**
 * Where a trainee stands on a module besides its lessons: their best knowledge-check attempt
 * (the best attempt counts, so a later worse one never takes a pass away) and where the latest
 * version of their reflection sent to a trainer stands. The reflections themselves are assessment's;
 * it tells this record when one is sent and graded, so the trainee's pages read where each module
 * stands in the one query that reads their progress.
 */
@Entity
@Table(name = "module_progress")
@NamedQuery(name = "ModuleProgress.find", query = "SELECT p FROM ModuleProgress p WHERE p.account.id = :accountId"
        + " AND p.courseId = :courseId AND p.moduleId = :moduleId")
public class ModuleProgress {

    @Id
    @SequenceGenerator(name = "module_progress_seq", sequenceName = "module_progress_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_progress_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotBlank
    @Size(max = 64)
    @Column(name = "course_id", nullable = false)
    private String courseId;

    @NotBlank
    @Size(max = 64)
    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Min(0)
    @Column(name = "best_correct", nullable = false)
    private int bestCorrect;

    @Min(0)
    @Column(name = "best_question_count", nullable = false)
    private int bestQuestionCount;

    @Column(name = "check_passed_at")
    @Convert(converter = InstantConverter.class)
    private Instant checkPassedAt;

    @Column(name = "reflection_accepted_at")
    @Convert(converter = InstantConverter.class)
    private Instant reflectionAcceptedAt;

    /** WITH_TRAINER, NEEDS_REVISION or ACCEPTED; null until a version is sent. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reflection_stage", length = 16)
    private ReflectionStage reflectionStage;

    protected ModuleProgress() {
    }

    public ModuleProgress(Account account, String courseId, String moduleId) {
        this.account = account;
        this.courseId = courseId;
        this.moduleId = moduleId;
    }

    /** Counts an attempt: it becomes the best if it scores higher, and a pass is kept for good. */
    public void record(CheckAttempt attempt) {
        if (bestQuestionCount == 0 || (long) attempt.getCorrectCount() * bestQuestionCount
                > (long) bestCorrect * attempt.getQuestionCount()) {
            bestCorrect = attempt.getCorrectCount();
            bestQuestionCount = attempt.getQuestionCount();
        }
        if (attempt.isPassed() && checkPassedAt == null) {
            checkPassedAt = attempt.getSubmittedAt();
        }
    }

    /** A version of the reflection went to the trainers. */
    public void reflectionSent() {
        if (reflectionStage != ReflectionStage.ACCEPTED) {
            reflectionStage = ReflectionStage.WITH_TRAINER;
        }
    }

    /** A trainer asked for another version. */
    public void reflectionReturned() {
        if (reflectionStage != ReflectionStage.ACCEPTED) {
            reflectionStage = ReflectionStage.NEEDS_REVISION;
        }
    }

    /** The trainer accepted the reflection; kept even if a later version were ever graded otherwise. */
    public void acceptReflection(Instant now) {
        if (reflectionAcceptedAt == null) {
            reflectionAcceptedAt = now;
        }
        reflectionStage = ReflectionStage.ACCEPTED;
    }

    public String getModuleId() {
        return moduleId;
    }

    public int getBestCorrect() {
        return bestCorrect;
    }

    public int getBestQuestionCount() {
        return bestQuestionCount;
    }

    public boolean isCheckPassed() {
        return checkPassedAt != null;
    }

    public Instant getCheckPassedAt() {
        return checkPassedAt;
    }
}
