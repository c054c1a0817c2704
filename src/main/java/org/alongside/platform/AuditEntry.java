package org.alongside.platform;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.alongside.identity.Account;

/** One line of the audit trail: who did what, to whose record, when. Never changed once written. */
@Entity
@Table(name = "audit_entry")
// The history table names each entry's actor: fetched with the entries, not one query per row.
@NamedQuery(name = "AuditEntry.about", query = "SELECT a FROM AuditEntry a LEFT JOIN FETCH a.actor WHERE a.subject.id = :accountId"
        + " ORDER BY a.occurredAt DESC, a.id DESC")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @NotNull
    @Column(name = "occurred_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant occurredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Account actor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_account_id")
    private Account subject;

    @NotBlank
    @Size(max = 40)
    @Column(nullable = false)
    private String action;

    @NotNull
    @Size(max = 1000)
    @Column(nullable = false)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Account actor, Account subject, String action, String detail, Instant now) {
        this.actor = actor;
        this.subject = subject;
        this.action = action;
        this.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        this.occurredAt = now;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Account getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
