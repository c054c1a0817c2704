package org.alongside.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.alongside.platform.InstantConverter;

/**
 * A person's authenticator: the time-based one-time password secret they scanned, sealed by
 * {@link SecretBox}. It takes effect once confirmed with a first code.
 */
@Entity
@Table(name = "second_factor")
public class SecondFactor {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Version
    private long version;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String secret;

    @NotNull
    @Column(name = "created_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    @Convert(converter = InstantConverter.class)
    private Instant confirmedAt;

    /** The time step of the last code accepted; a code of that step or an earlier one is refused. */
    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    protected SecondFactor() {
    }

    SecondFactor(long accountId, String sealedSecret, Instant now) {
        this.accountId = accountId;
        this.secret = sealedSecret;
        this.createdAt = now;
        this.lastUsedStep = Long.MIN_VALUE;
    }

    void confirm(long step, Instant now) {
        this.confirmedAt = now;
        this.lastUsedStep = step;
    }

    void used(long step) {
        this.lastUsedStep = step;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Long getAccountId() {
        return accountId;
    }

    String getSecret() {
        return secret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    long getLastUsedStep() {
        return lastUsedStep;
    }
}
