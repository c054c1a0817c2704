package org.alongside.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.alongside.platform.InstantConverter;

/** A single-use, time-limited password reset link; only the hash of its token is stored. */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = "PasswordReset.byTokenHash", query = "SELECT r FROM PasswordReset r WHERE r.tokenHash = :tokenHash")
@NamedQuery(name = "PasswordReset.openForAccount", query = "SELECT r FROM PasswordReset r WHERE r.account = :account AND r.usedAt IS NULL")
public class PasswordReset {

    @Id
    @SequenceGenerator(name = "password_reset_seq", sequenceName = "password_reset_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotNull
    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @NotNull
    @Column(name = "created_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @NotNull
    @Column(name = "expires_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant expiresAt;

    @Column(name = "used_at")
    @Convert(converter = InstantConverter.class)
    private Instant usedAt;

    protected PasswordReset() {
    }

    public PasswordReset(Account account, String tokenHash, Instant now, Instant expiresAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isActive();
    }

    public void markUsed(Instant now) {
        this.usedAt = now;
    }

    public Account getAccount() {
        return account;
    }
}
