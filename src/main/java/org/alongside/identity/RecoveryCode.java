package org.alongside.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.alongside.platform.InstantConverter;

/** A single-use code for signing in without the authenticator, kept only as its SHA-256. */
@Entity
@Table(name = "recovery_code")
@NamedQuery(name = "RecoveryCode.unused", query = "SELECT c FROM RecoveryCode c WHERE c.accountId = :account AND c.usedAt IS NULL")
@NamedQuery(name = "RecoveryCode.unusedByHash",
        query = "SELECT c FROM RecoveryCode c WHERE c.accountId = :account AND c.codeHash = :hash AND c.usedAt IS NULL")
@NamedQuery(name = "RecoveryCode.deleteAll", query = "DELETE FROM RecoveryCode c WHERE c.accountId = :account")
public class RecoveryCode {

    @Id
    @SequenceGenerator(name = "recovery_code_seq", sequenceName = "recovery_code_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_code_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @NotNull
    @Size(min = 64, max = 64)
    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @NotNull
    @Column(name = "created_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "used_at")
    @Convert(converter = InstantConverter.class)
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(long accountId, String codeHash, Instant now) {
        this.accountId = accountId;
        this.codeHash = codeHash;
        this.createdAt = now;
    }

    void use(Instant now) {
        this.usedAt = now;
    }
}
