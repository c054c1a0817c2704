package org.alongside.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.alongside.directory.LivedExperienceArea;
import org.alongside.directory.SupportFormat;
import org.alongside.directory.SupporterProfile;
import org.alongside.platform.InstantConverter;

/**
 * Someone's request for peer support, from the public request form. They have no account: a
 * coordinator can delete the request, and closed requests are deleted after the retention period
 * (see V8__matching.sql).
 */
@Entity
@Table(name = "support_request")
@NamedQuery(name = "SupportRequest.withStatus",
        query = "SELECT r FROM SupportRequest r LEFT JOIN FETCH r.askedProfile LEFT JOIN FETCH r.area WHERE r.status = :status ORDER BY r.createdAt, r.id")
@NamedQuery(name = "SupportRequest.countWithStatus", query = "SELECT COUNT(r) FROM SupportRequest r WHERE r.status = :status")
@NamedQuery(name = "SupportRequest.closedBefore",
        query = "SELECT r.id FROM SupportRequest r WHERE r.status = org.alongside.matching.SupportRequestStatus.CLOSED AND r.closedAt < :before")
public class SupportRequest {

    @Id
    @SequenceGenerator(name = "support_request_seq", sequenceName = "support_request_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_request_seq")
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = RequestDetails.NAME_MAX)
    @Column(nullable = false)
    private String name;

    @NotBlank
    @Email
    @Size(max = RequestDetails.EMAIL_MAX)
    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_format")
    private SupportFormat preferredFormat;

    @Size(max = RequestDetails.LANGUAGE_MAX)
    private String language;

    @Size(max = RequestDetails.REGION_MAX)
    private String region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    private LivedExperienceArea area;

    @Size(max = RequestDetails.NOTE_MAX)
    private String note;

    /** The supporter whose profile the request was sent from; matching offers them first if they can take it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "asked_profile_id")
    private SupporterProfile askedProfile;

    @NotBlank
    @Size(max = 20)
    @Column(name = "consent_version", nullable = false)
    private String consentVersion;

    @NotNull
    @Column(name = "consented_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant consentedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SupportRequestStatus status;

    @NotNull
    @Column(name = "created_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "closed_at")
    @Convert(converter = InstantConverter.class)
    private Instant closedAt;

    protected SupportRequest() {
    }

    SupportRequest(RequestDetails details, LivedExperienceArea area, SupporterProfile askedProfile, String consentVersion, Instant now) {
        this.name = details.name();
        this.email = details.email();
        this.preferredFormat = details.format();
        this.language = details.language();
        this.region = details.region();
        this.area = area;
        this.note = details.note();
        this.askedProfile = askedProfile;
        this.consentVersion = consentVersion;
        this.consentedAt = now;
        this.createdAt = now;
        this.status = SupportRequestStatus.WAITING;
    }

    void offered() {
        status = SupportRequestStatus.OFFERED;
    }

    void matched() {
        status = SupportRequestStatus.MATCHED;
    }

    /** Back in the queue: the supporter declined, or a coordinator withdrew the offer. */
    void backToQueue() {
        status = SupportRequestStatus.WAITING;
    }

    void close(Instant now) {
        status = SupportRequestStatus.CLOSED;
        closedAt = now;
    }

    /** What matching compares with supporters' profiles. */
    public Needs needs() {
        return new Needs(area == null ? null : area.getId(), preferredFormat, language, region,
                askedProfile == null ? null : askedProfile.getId());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public SupportFormat getPreferredFormat() {
        return preferredFormat;
    }

    public String getLanguage() {
        return language;
    }

    public String getRegion() {
        return region;
    }

    public LivedExperienceArea getArea() {
        return area;
    }

    public String getNote() {
        return note;
    }

    public SupporterProfile getAskedProfile() {
        return askedProfile;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }

    public SupportRequestStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
