package org.alongside.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One line of the audit trail: who did what, to whose record, when. Never changed once written
 * (the database refuses it), so it has no version. Actor and subject are account ids only, never
 * names or references: an erased account leaves its entries in place, naming nobody.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.about", query = "SELECT a FROM AuditEntry a WHERE a.subjectId = :accountId"
        + " ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(name = "AuditEntry.chainFrom", query = "SELECT a FROM AuditEntry a WHERE a.position >= :from ORDER BY a.position")
@NamedQuery(name = "AuditEntry.firstPositionFrom", query = "SELECT MIN(a.position) FROM AuditEntry a WHERE a.occurredAt >= :cutoff")
@NamedQuery(name = "AuditEntry.atPosition", query = "SELECT a FROM AuditEntry a WHERE a.position = :position")
@NamedQuery(name = "AuditEntry.countBefore", query = "SELECT COUNT(a) FROM AuditEntry a WHERE a.position < :position")
@NamedQuery(name = "AuditEntry.deleteBefore", query = "DELETE FROM AuditEntry a WHERE a.position < :position")
@NamedQuery(name = "AuditEntry.actions", query = "SELECT DISTINCT a.action FROM AuditEntry a ORDER BY a.action")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @NotNull
    @Column(name = "occurred_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "subject_account_id")
    private Long subjectId;

    @NotBlank
    @Size(max = 40)
    @Column(nullable = false)
    private String action;

    @NotNull
    @Size(max = 1000)
    @Column(nullable = false)
    private String detail;

    @Column(name = "chain_position", nullable = false)
    private long position;

    // Set by chainAfter just after persist, once the id is known; validation runs at persist, so
    // these carry no @NotNull (the columns are NOT NULL).
    @Size(min = 64, max = 64)
    @Column(name = "previous_hash", nullable = false)
    private String previousHash;

    @Size(min = 64, max = 64)
    @Column(name = "entry_hash", nullable = false)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(Long actorId, Long subjectId, String action, String detail, Instant now) {
        this.actorId = actorId;
        this.subjectId = subjectId;
        this.action = action;
        this.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        this.occurredAt = AuditChain.stored(now);
    }

    /** Puts the entry at the end of the chain; its id must be known (after persist). */
    void chainAfter(long position, String previousHash) {
        this.position = position;
        this.previousHash = previousHash;
        this.hash = AuditChain.hash(previousHash, position, id, occurredAt, actorId, subjectId, action, detail);
    }

    AuditChain.Link link() {
        return new AuditChain.Link(id, position, occurredAt, actorId, subjectId, action, detail, previousHash, hash);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** Null for the portal's own scheduled jobs. */
    public Long getActorId() {
        return actorId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public long getPosition() {
        return position;
    }

    public String getHash() {
        return hash;
    }
}
