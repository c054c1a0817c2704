package org.alongside.learning;

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
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.alongside.identity.Account;
import org.alongside.platform.InstantConverter;

/**
 * A trainee agreed to their group's agreement. Once is enough: a later change to the text does not
 * ask everyone again, but the version they agreed to is kept for the record.
 */
@Entity
@Table(name = "agreement_acknowledgement")
@NamedQuery(name = "AgreementAcknowledgement.find", query = "SELECT a FROM AgreementAcknowledgement a"
        + " WHERE a.account.id = :accountId AND a.cohort.id = :cohortId")
public class AgreementAcknowledgement {

    @Id
    @SequenceGenerator(name = "agreement_acknowledgement_seq", sequenceName = "agreement_acknowledgement_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_acknowledgement_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Min(1)
    @Column(name = "agreement_version", nullable = false)
    private int agreementVersion;

    @NotNull
    @Column(name = "acknowledged_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant acknowledgedAt;

    protected AgreementAcknowledgement() {
    }

    public AgreementAcknowledgement(Account account, Cohort cohort, Instant now) {
        this.account = account;
        this.cohort = cohort;
        this.agreementVersion = cohort.getAgreementVersion();
        this.acknowledgedAt = now;
    }

    public int getAgreementVersion() {
        return agreementVersion;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
