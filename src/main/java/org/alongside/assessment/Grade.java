package org.alongside.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alongside.identity.Account;
import org.alongside.platform.InstantConverter;

/**
 * A trainer's grade of one submission. It stays a draft, unseen by the trainee, until released;
 * once released it is final.
 */
@Entity
@Table(name = "grade")
@NamedQuery(name = "Grade.ofSubmission", query = "SELECT g FROM Grade g WHERE g.submission.id = :submissionId")
@NamedQuery(name = "Grade.ofSubmissions", query = "SELECT g FROM Grade g WHERE g.submission.id IN :submissionIds")
public class Grade {

    /** The longest overall feedback, in characters. */
    public static final int FEEDBACK_MAX = 5000;

    @Id
    @SequenceGenerator(name = "grade_seq", sequenceName = "grade_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grade_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false, unique = true)
    private Submission submission;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "trainer_id")
    private Account trainer;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private Submission.Status outcome;

    @Size(max = FEEDBACK_MAX)
    @Column(name = "overall_feedback")
    private String overallFeedback;

    @NotNull
    @Column(name = "saved_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant savedAt;

    @Column(name = "released_at")
    @Convert(converter = InstantConverter.class)
    private Instant releasedAt;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grade_criterion", joinColumns = @JoinColumn(name = "grade_id"))
    private List<CriterionGrade> criteria = new ArrayList<>();

    protected Grade() {
    }

    Grade(Submission submission) {
        this.submission = submission;
    }

    void write(Account byTrainer, List<CriterionGrade> perCriterion, String feedback, Submission.Status chosenOutcome, Instant now) {
        if (isReleased()) {
            throw new IllegalStateException("A released grade is final");
        }
        this.trainer = byTrainer;
        this.criteria = new ArrayList<>(perCriterion);
        this.overallFeedback = feedback == null || feedback.isBlank() ? null : feedback.strip();
        this.outcome = chosenOutcome;
        this.savedAt = now;
    }

    void release(Instant now) {
        this.releasedAt = now;
    }

    public boolean isReleased() {
        return releasedAt != null;
    }

    public Optional<CriterionGrade> criterion(String criterionId) {
        return criteria.stream().filter(c -> c.getCriterionId().equals(criterionId)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Submission getSubmission() {
        return submission;
    }

    public Account getTrainer() {
        return trainer;
    }

    public Submission.Status getOutcome() {
        return outcome;
    }

    public String getOverallFeedback() {
        return overallFeedback;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public List<CriterionGrade> getCriteria() {
        return List.copyOf(criteria);
    }
}
