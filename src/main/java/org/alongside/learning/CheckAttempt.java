package org.alongside.learning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alongside.identity.Account;
import org.alongside.platform.InstantConverter;

/** One submitted go at a module's knowledge check. Never changed once written. */
@Entity
@Table(name = "check_attempt")
@NamedQuery(name = "CheckAttempt.bySubmission",
        query = "SELECT a FROM CheckAttempt a WHERE a.account.id = :accountId AND a.submissionKey = :submissionKey")
@NamedQuery(name = "CheckAttempt.ofModule", query = "SELECT a FROM CheckAttempt a WHERE a.account.id = :accountId"
        + " AND a.courseId = :courseId AND a.moduleId = :moduleId ORDER BY a.submittedAt DESC, a.id DESC")
public class CheckAttempt {

    @Id
    @SequenceGenerator(name = "check_attempt_seq", sequenceName = "check_attempt_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_attempt_seq")
    private Long id;

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

    @NotBlank
    @Size(max = 32)
    @Column(name = "course_version", nullable = false)
    private String courseVersion;

    @NotBlank
    @Size(max = 64)
    @Column(name = "submission_key", nullable = false)
    private String submissionKey;

    @NotNull
    @Column(name = "submitted_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant submittedAt;

    @Column(name = "correct_count", nullable = false)
    private int correctCount;

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(nullable = false)
    private boolean passed;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "check_answer", joinColumns = @JoinColumn(name = "attempt_id"))
    private List<CheckAnswer> answers = new ArrayList<>();

    protected CheckAttempt() {
    }

    public CheckAttempt(Account account, String courseId, String courseVersion, String moduleId, String submissionKey,
                        CheckMarking marking, Instant now) {
        this.account = account;
        this.courseId = courseId;
        this.courseVersion = courseVersion;
        this.moduleId = moduleId;
        this.submissionKey = submissionKey;
        this.submittedAt = now;
        this.correctCount = marking.correctCount();
        this.questionCount = marking.questionCount();
        this.passMark = marking.passMark();
        this.passed = marking.passed();
        for (Map.Entry<String, Boolean> right : marking.right().entrySet()) {
            answers.add(new CheckAnswer(right.getKey(), marking.chosen().get(right.getKey()), right.getValue()));
        }
    }

    public Optional<CheckAnswer> answerTo(String questionId) {
        return answers.stream().filter(answer -> answer.getQuestionId().equals(questionId)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getCourseVersion() {
        return courseVersion;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getCorrectCount() {
        return correctCount;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public int getPassMark() {
        return passMark;
    }

    public boolean isPassed() {
        return passed;
    }

    public List<CheckAnswer> getAnswers() {
        return List.copyOf(answers);
    }
}
