package org.alongside.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The one row that holds the end of the audit chain (and where its kept part starts). Every
 * append reads it under a write lock, so appends on several instances queue on it and form one
 * chain.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChainHead {

    static final int ID = 1;

    @Id
    private int id;

    @Version
    private long version;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    @NotNull
    @Size(min = 64, max = 64)
    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    @Column(name = "first_kept_position", nullable = false)
    private long firstKeptPosition;

    @NotNull
    @Size(min = 64, max = 64)
    @Column(name = "anchor_hash", nullable = false)
    private String anchorHash;

    protected AuditChainHead() {
    }

    void append(AuditEntry entry) {
        entry.chainAfter(lastPosition + 1, lastHash);
        lastPosition = entry.getPosition();
        lastHash = entry.getHash();
    }

    /**
     * The retention job's first step before deleting entries below {@code position}: the
     * triggers then allow those deletes, and the check expects the chain to start there.
     */
    void keepFrom(long position, String hashBefore) {
        firstKeptPosition = position;
        anchorHash = hashBefore;
    }

    AuditChain.Ends ends() {
        return new AuditChain.Ends(firstKeptPosition, anchorHash, lastPosition, lastHash);
    }

    long getFirstKeptPosition() {
        return firstKeptPosition;
    }

    long getLastPosition() {
        return lastPosition;
    }

    String getLastHash() {
        return lastHash;
    }
}
