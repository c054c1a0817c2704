package org.alongside.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.alongside.identity.Account;
import org.alongside.platform.InstantConverter;

/** A lesson a trainee has finished, by the lesson's stable id. Never changed once written. */
@Entity
@Table(name = "lesson_progress")
// Progress in one statement rather than two (issue 19): a row per finished lesson, and one per
// module with a knowledge check passed (0 or 1) and where its reflection stands (no lesson: '';
// a lesson's row has '' for the stage).
@NamedQuery(name = "LessonProgress.withModulesOfAccounts", query = """
        SELECT p.account.id, p.moduleId, p.lessonId, 0, '' FROM LessonProgress p
        WHERE p.account.id IN :accountIds AND p.courseId = :courseId
        UNION ALL
        SELECT m.account.id, m.moduleId, '', CASE WHEN m.checkPassedAt IS NULL THEN 0 ELSE 1 END, m.reflectionStage
        FROM ModuleProgress m
        WHERE m.account.id IN :accountIds AND m.courseId = :courseId""",
        // EclipseLink would otherwise write the values into the text of a union: a new statement every time.
        hints = @QueryHint(name = "eclipselink.jdbc.bind-parameters", value = "true"))
@NamedQuery(name = "LessonProgress.find", query = "SELECT p FROM LessonProgress p WHERE p.account.id = :accountId"
        + " AND p.courseId = :courseId AND p.moduleId = :moduleId AND p.lessonId = :lessonId")
public class LessonProgress {

    @Id
    @SequenceGenerator(name = "lesson_progress_seq", sequenceName = "lesson_progress_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_progress_seq")
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
    @Size(max = 64)
    @Column(name = "lesson_id", nullable = false)
    private String lessonId;

    /** The course version the lesson was read in, for the record. */
    @NotBlank
    @Size(max = 32)
    @Column(name = "course_version", nullable = false)
    private String courseVersion;

    @NotNull
    @Column(name = "completed_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant completedAt;

    protected LessonProgress() {
    }

    public LessonProgress(Account account, String courseId, String courseVersion, String moduleId, String lessonId, Instant now) {
        this.account = account;
        this.courseId = courseId;
        this.courseVersion = courseVersion;
        this.moduleId = moduleId;
        this.lessonId = lessonId;
        this.completedAt = now;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getLessonId() {
        return lessonId;
    }

    public String getCourseVersion() {
        return courseVersion;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
