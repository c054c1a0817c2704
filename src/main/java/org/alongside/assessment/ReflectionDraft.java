package org.alongside.assessment;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.alongside.identity.Account;
import org.alongside.platform.InstantConverter;

/**
 * The reflection a trainee is writing for a module, saved as they type. Its version lets a save
 * from a tab that has not seen the latest text be noticed instead of silently overwriting it.
 */
@Entity
@Table(name = "reflection_draft")
@NamedQuery(name = "ReflectionDraft.find", query = "SELECT d FROM ReflectionDraft d WHERE d.account.id = :accountId"
        + " AND d.courseId = :courseId AND d.moduleId = :moduleId")
@NamedQuery(name = "ReflectionDraft.modulesWithText", query = "SELECT d.moduleId FROM ReflectionDraft d WHERE d.account.id = :accountId"
        + " AND d.courseId = :courseId AND d.body IS NOT NULL AND d.body <> ''")
public class ReflectionDraft {

    @Id
    @SequenceGenerator(name = "reflection_draft_seq", sequenceName = "reflection_draft_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reflection_draft_seq")
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

    @NotNull
    @Size(max = Reflections.MAX_CHARACTERS)
    @Column(nullable = false)
    private String body;

    @NotNull
    @Column(name = "saved_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant savedAt;

    protected ReflectionDraft() {
    }

    ReflectionDraft(Account account, String courseId, String moduleId, String body, Instant now) {
        this.account = account;
        this.courseId = courseId;
        this.moduleId = moduleId;
        this.body = body;
        this.savedAt = now;
    }

    void replace(String newBody, Instant now) {
        this.body = newBody;
        this.savedAt = now;
    }

    public long getVersion() {
        return version;
    }

    public String getBody() {
        return body;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
