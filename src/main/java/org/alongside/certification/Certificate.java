package org.alongside.certification;

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
import java.time.LocalDate;
import org.alongside.identity.Account;
import org.alongside.platform.InstantConverter;
import org.alongside.platform.SecureTokens;

/**
 * A coordinator's statement that someone is a trained peer supporter, until its expiry date unless
 * revoked. Anyone can check it with its verification code, which is random and unguessable.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.ofAccount",
        query = "SELECT c FROM Certificate c WHERE c.account.id = :accountId ORDER BY c.issuedOn DESC, c.id DESC")
@NamedQuery(name = "Certificate.ofAccounts", query = "SELECT c FROM Certificate c WHERE c.account.id IN :accountIds")
@NamedQuery(name = "Certificate.byCode", query = "SELECT c FROM Certificate c WHERE c.verificationCode = :code")
@NamedQuery(name = "Certificate.unrevokedOfAccountAndCourse",
        query = "SELECT c FROM Certificate c WHERE c.account.id = :accountId AND c.courseId = :courseId AND c.revokedAt IS NULL")
// The certificates list links each row to its holder's record: the account comes with the row.
@NamedQuery(name = "Certificate.newestFirst", query = "SELECT c FROM Certificate c JOIN FETCH c.account ORDER BY c.issuedOn DESC, c.id DESC")
@NamedQuery(name = "Certificate.count", query = "SELECT COUNT(c) FROM Certificate c")
@NamedQuery(name = "Certificate.reminderCandidates",
        query = "SELECT c FROM Certificate c WHERE c.revokedAt IS NULL AND c.expiresOn >= :today AND c.expiresOn <= :until"
                + " AND (c.remindedForExpiry IS NULL OR c.remindedForExpiry <> c.expiresOn) ORDER BY c.expiresOn, c.id")
public class Certificate {

    /** Characters of a verification code without its dashes: 20 × 5 bits = 100 random bits. */
    public static final int CODE_LENGTH = 20;
    public static final int NOTE_MAX = 2000;

    @Id
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotBlank
    @Size(min = CODE_LENGTH, max = CODE_LENGTH)
    @Column(name = "verification_code", nullable = false, unique = true, updatable = false)
    private String verificationCode;

    @NotBlank
    @Size(max = Account.NAME_MAX)
    @Column(name = "holder_name", nullable = false)
    private String holderName;

    @NotBlank
    @Size(max = 64)
    @Column(name = "course_id", nullable = false)
    private String courseId;

    @NotBlank
    @Size(max = 200)
    @Column(name = "course_title", nullable = false)
    private String courseTitle;

    @NotNull
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @NotNull
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "renewed_on")
    private LocalDate renewedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issued_by_id")
    private Account issuedBy;

    @NotBlank
    @Size(max = NOTE_MAX)
    @Column(name = "decision_note", nullable = false)
    private String decisionNote;

    @Column(name = "revoked_at")
    @Convert(converter = InstantConverter.class)
    private Instant revokedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revoked_by_id")
    private Account revokedBy;

    @Size(max = NOTE_MAX)
    @Column(name = "revocation_reason")
    private String revocationReason;

    /** The expiry date the last reminder was about; a renewal moves the expiry, so reminders start again. */
    @Column(name = "reminded_for_expiry")
    private LocalDate remindedForExpiry;

    protected Certificate() {
    }

    Certificate(Account holder, String courseId, String courseTitle, LocalDate issuedOn, LocalDate expiresOn, Account issuedBy,
                String decisionNote) {
        this.account = holder;
        this.verificationCode = SecureTokens.normaliseHumanCode(SecureTokens.newHumanCode(CODE_LENGTH / 4));
        this.holderName = holder.getDisplayName();
        this.courseId = courseId;
        this.courseTitle = courseTitle;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.issuedBy = issuedBy;
        this.decisionNote = decisionNote.strip();
    }

    public CertificateStatus status(LocalDate today) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        return today.isAfter(expiresOn) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    void renew(LocalDate today, LocalDate newExpiry) {
        renewedOn = today;
        expiresOn = newExpiry;
    }

    void revoke(Account by, String reason, Instant now) {
        revokedAt = now;
        revokedBy = by;
        revocationReason = reason.strip();
    }

    void remindedOfExpiry() {
        remindedForExpiry = expiresOn;
    }

    /** The code as printed, in groups of four: {@code 7KQ2-M9XD-…}. */
    public String getDisplayCode() {
        return displayCode(verificationCode);
    }

    /** A normalised code shown in groups of four characters. */
    public static String displayCode(String code) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(code, i, Math.min(code.length(), i + 4));
        }
        return grouped.toString();
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getCourseId() {
        return courseId;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDate getRenewedOn() {
        return renewedOn;
    }

    public Account getIssuedBy() {
        return issuedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Account getRevokedBy() {
        return revokedBy;
    }

    public String getRevocationReason() {
        return revocationReason;
    }
}
