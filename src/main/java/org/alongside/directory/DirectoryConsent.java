package org.alongside.directory;

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
 * A supporter's explicit consent to publish their profile, which shares special-category data.
 * It records which wording they agreed to and when; withdrawing it keeps the record.
 */
@Entity
@Table(name = "directory_consent")
@NamedQuery(name = "DirectoryConsent.ofAccount",
        query = "SELECT c FROM DirectoryConsent c WHERE c.account.id = :accountId ORDER BY c.givenAt DESC, c.id DESC")
public class DirectoryConsent {

    @Id
    @SequenceGenerator(name = "directory_consent_seq", sequenceName = "directory_consent_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "directory_consent_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotBlank
    @Size(max = 20)
    @Column(name = "wording_version", nullable = false)
    private String wordingVersion;

    @NotNull
    @Column(name = "given_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant givenAt;

    @Column(name = "withdrawn_at")
    @Convert(converter = InstantConverter.class)
    private Instant withdrawnAt;

    protected DirectoryConsent() {
    }

    DirectoryConsent(Account account, String wordingVersion, Instant givenAt) {
        this.account = account;
        this.wordingVersion = wordingVersion;
        this.givenAt = givenAt;
    }

    void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    public boolean isInForce() {
        return withdrawnAt == null;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getWordingVersion() {
        return wordingVersion;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
