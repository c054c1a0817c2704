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
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.alongside.identity.Account;
import org.alongside.platform.InstantConverter;

/** A coordinator's offer of a request to one supporter, and the supporter's answer. */
@Entity
@Table(name = "support_offer")
@NamedQuery(name = "SupportOffer.ofRequest", query = "SELECT o FROM SupportOffer o WHERE o.request.id = :requestId ORDER BY o.offeredAt DESC, o.id DESC")
@NamedQuery(name = "SupportOffer.ofSupporter",
        query = "SELECT o FROM SupportOffer o JOIN FETCH o.request WHERE o.supporter.id = :supporterId"
                + " ORDER BY o.offeredAt DESC, o.id DESC")
@NamedQuery(name = "SupportOffer.placesTaken",
        query = "SELECT o.supporter.id, COUNT(o) FROM SupportOffer o WHERE o.supporter.id IN :ids AND o.status IN"
                + " (org.alongside.matching.SupportOfferStatus.OFFERED, org.alongside.matching.SupportOfferStatus.ACCEPTED) GROUP BY o.supporter.id")
public class SupportOffer {

    @Id
    @SequenceGenerator(name = "support_offer_seq", sequenceName = "support_offer_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_offer_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private SupportRequest request;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supporter_id", nullable = false)
    private Account supporter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "offered_by_id")
    private Account offeredBy;

    @NotNull
    @Column(name = "offered_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant offeredAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SupportOfferStatus status;

    @Column(name = "responded_at")
    @Convert(converter = InstantConverter.class)
    private Instant respondedAt;

    @Column(name = "ended_at")
    @Convert(converter = InstantConverter.class)
    private Instant endedAt;

    protected SupportOffer() {
    }

    SupportOffer(SupportRequest request, Account supporter, Account offeredBy, Instant now) {
        this.request = request;
        this.supporter = supporter;
        this.offeredBy = offeredBy;
        this.offeredAt = now;
        this.status = SupportOfferStatus.OFFERED;
    }

    void accept(Instant now) {
        status = SupportOfferStatus.ACCEPTED;
        respondedAt = now;
    }

    void decline(Instant now) {
        status = SupportOfferStatus.DECLINED;
        respondedAt = now;
    }

    void end(Instant now) {
        status = SupportOfferStatus.ENDED;
        endedAt = now;
    }

    public boolean isFor(long accountId) {
        return supporter.getId() == accountId;
    }

    public Long getId() {
        return id;
    }

    public SupportRequest getRequest() {
        return request;
    }

    public Account getSupporter() {
        return supporter;
    }

    public Account getOfferedBy() {
        return offeredBy;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public SupportOfferStatus getStatus() {
        return status;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
