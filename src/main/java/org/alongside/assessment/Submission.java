package org.alongside.assessment;

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
import org.alongside.learning.Cohort;
import org.alongside.platform.InstantConverter;

/**
 * One submitted version of a trainee's reflection. The text never changes once submitted; a
 * revision is a new submission with the next attempt number, so every version stays readable.
 */
@Entity
@Table(name = "submission")
@NamedQuery(name = "Submission.ofModule", query = "SELECT s FROM Submission s WHERE s.account.id = :accountId"
        + " AND s.courseId = :courseId AND s.moduleId = :moduleId ORDER BY s.attempt DESC")
@NamedQuery(name = "Submission.countsByStatus", query = "SELECT s.status, COUNT(s) FROM Submission s"
        + " WHERE s.cohort.id IN :cohortIds GROUP BY s.status")
public class Submission {

    public enum Status { SUBMITTED, NEEDS_REVISION, ACCEPTED }

    @Id
    @SequenceGenerator(name = "submission_seq", sequenceName = "submission_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_seq")
    private Long id;

    /** Bumped when a grade is released, so a second trainer releasing from a stale page is stopped. */
    @Version
    private long version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @NotBlank
    @Size(max = 64)
    @Column(name = "course_id", nullable = false)
    private String courseId;

    @NotBlank
    @Size(max = 32)
    @Column(name = "course_version", nullable = false)
    private String courseVersion;

    @NotBlank
    @Size(max = 64)
    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Min(1)
    @Column(nullable = false)
    private int attempt;

    @NotBlank
    @Size(max = Reflections.MAX_CHARACTERS)
    @Column(nullable = false)
    private String body;

    @NotNull
    @Column(name = "submitted_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant submittedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    /** The trainee submitted although the safe-sharing check picked something out; the trainer sees this. */
    @Column(name = "safe_sharing_overridden", nullable = false)
    private boolean safeSharingOverridden;

    @Size(max = 500)
    @Column(name = "flagged_rules")
    private String flaggedRules;

    protected Submission() {
    }

    Submission(Account account, Cohort cohort, String courseId, String courseVersion, String moduleId, int attempt, String body,
               String flaggedRules, Instant now) {
        this.account = account;
        this.cohort = cohort;
        this.courseId = courseId;
        this.courseVersion = courseVersion;
        this.moduleId = moduleId;
        this.attempt = attempt;
        this.body = body;
        this.flaggedRules = flaggedRules;
        this.safeSharingOverridden = flaggedRules != null;
        this.submittedAt = now;
        this.status = Status.SUBMITTED;
    }

    void decide(Status outcome) {
        if (outcome == Status.SUBMITTED) {
            throw new IllegalArgumentException("A grade decides between accepted and needs revision");
        }
        this.status = outcome;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Account getAccount() {
        return account;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public String getCourseId() {
        return courseId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public int getAttempt() {
        return attempt;
    }

    public String getBody() {
        return body;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isSafeSharingOverridden() {
        return safeSharingOverridden;
    }

    public String getFlaggedRules() {
        return flaggedRules;
    }
}
