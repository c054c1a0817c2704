package org.alongside.identity;

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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.alongside.platform.InstantConverter;

/**
 * A single-use invitation for a trainee to create their account. Only the hash of the code is kept;
 * the code itself is shown once to the coordinator and, when an address is given, e-mailed.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(name = "Invitation.byCodeHash", query = "SELECT i FROM Invitation i WHERE i.codeHash = :codeHash")
@NamedQuery(name = "Invitation.newestFirst", query = "SELECT i FROM Invitation i ORDER BY i.createdAt DESC, i.id DESC")
@NamedQuery(name = "Invitation.count", query = "SELECT COUNT(i) FROM Invitation i")
public class Invitation {

    public enum Status { OPEN, REDEEMED, EXPIRED, REVOKED }

    @Id
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @Size(min = 64, max = 64)
    @Column(name = "code_hash", nullable = false, unique = true)
    private String codeHash;

    @Email
    @Size(max = Account.EMAIL_MAX)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_id")
    private Account createdBy;

    @NotNull
    @Column(name = "created_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @NotNull
    @Column(name = "expires_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant expiresAt;

    @Column(name = "redeemed_at")
    @Convert(converter = InstantConverter.class)
    private Instant redeemedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "redeemed_by_id")
    private Account redeemedBy;

    /**
     * The cohort the trainee joins, kept as an id because cohorts belong to the learning feature,
     * which builds on this one. Empty only on invitations made before cohorts existed.
     */
    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(name = "revoked_at")
    @Convert(converter = InstantConverter.class)
    private Instant revokedAt;

    protected Invitation() {
    }

    public Invitation(String codeHash, long cohortId, String email, Account createdBy, Instant now, Instant expiresAt) {
        this.codeHash = codeHash;
        this.cohortId = cohortId;
        this.email = email == null || email.isBlank() ? null : Account.normaliseEmail(email);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public Status statusAt(Instant now) {
        if (redeemedAt != null) {
            return Status.REDEEMED;
        }
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.OPEN : Status.EXPIRED;
    }

    public void redeem(Account trainee, Instant now) {
        if (statusAt(now) != Status.OPEN) {
            throw new IllegalStateException("Invitation " + id + " is " + statusAt(now));
        }
        this.redeemedBy = trainee;
        this.redeemedAt = now;
    }

    public void revoke(Instant now) {
        if (statusAt(now) == Status.OPEN) {
            this.revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public String getEmail() {
        return email;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRedeemedAt() {
        return redeemedAt;
    }

    public Account getRedeemedBy() {
        return redeemedBy;
    }
}
