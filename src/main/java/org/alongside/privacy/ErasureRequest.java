package org.alongside.privacy;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.alongside.identity.Account;
import org.alongside.platform.InstantConverter;

/** A person's request that their account be erased, waiting for a coordinator (or, for staff, an administrator). */
@Entity
@Table(name = "erasure_request")
@NamedQuery(name = "ErasureRequest.byAccount", query = "SELECT r FROM ErasureRequest r WHERE r.account.id = :accountId")
@NamedQuery(name = "ErasureRequest.oldestFirst", query = "SELECT r FROM ErasureRequest r JOIN FETCH r.account ORDER BY r.requestedAt, r.id")
public class ErasureRequest {

    public static final int REASON_MAX = 1000;

    @Id
    @SequenceGenerator(name = "erasure_request_seq", sequenceName = "erasure_request_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "erasure_request_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @NotNull
    @Column(name = "requested_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant requestedAt;

    @Size(max = REASON_MAX)
    private String reason;

    protected ErasureRequest() {
    }

    ErasureRequest(Account account, String reason, Instant now) {
        this.account = account;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.requestedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getReason() {
        return reason;
    }
}
