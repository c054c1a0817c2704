package org.alongside.certification;

import org.alongside.platform.ActionRefused;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.alongside.identity.Account;
import org.alongside.identity.AccountService;
import org.alongside.identity.Role;
import org.alongside.learning.LearningCalendar;
import org.alongside.learning.LearningService;
import org.alongside.learning.TraineeCourse;
import org.alongside.platform.AuditLine;
import org.alongside.platform.AuditTrail;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * A coordinator's page about one trainee: where they stand against each certification rule, and
 * their certificate — issue, renew, revoke — with its history.
 */
@Named
@ViewScoped
public class TraineeRecordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificationService certification;

    @Inject
    AccountService accounts;

    @Inject
    LearningService learning;

    @Inject
    LearningCalendar calendar;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentAccount currentAccount;

    private Long accountId;
    private String decisionNote;
    private String renewalNote;
    private String revocationReason;
    private transient Account trainee;
    private transient Eligibility eligibility;
    private transient List<Certificate> certificates;
    private transient Optional<TraineeCourse> course;

    public void load() {
        trainee = accountId == null ? null : accounts.find(accountId).filter(account -> account.hasRole(Role.TRAINEE)).orElse(null);
        if (trainee == null) {
            Page.notFound();
        }
    }

    public void certify() {
        try {
            certification.certify(currentAccount.id(), accountId, decisionNote, calendar.today());
            decisionNote = null;
            Page.info("certification.certified", getTrainee().getDisplayName());
        } finally {
            forget();
        }
    }

    public void renew() {
        try {
            Certificate renewed = certification.renew(currentAccount.id(), currentCertificateId(), renewalNote, calendar.today());
            renewalNote = null;
            Page.info("certification.renewed", renewed.getExpiresOn());
        } finally {
            forget();
        }
    }

    public void revoke() {
        try {
            certification.revoke(currentAccount.id(), currentCertificateId(), revocationReason);
            revocationReason = null;
            Page.info("certification.revoked");
        } finally {
            forget();
        }
    }

    private long currentCertificateId() {
        return getCurrentCertificate().map(Certificate::getId).orElseThrow(() -> new ActionRefused("certification.notFound"));
    }

    private void forget() {
        eligibility = null;
        certificates = null;
    }

    public Account getTrainee() {
        if (trainee == null) {
            load();
        }
        return trainee;
    }

    public Optional<TraineeCourse> getCourse() {
        if (course == null) {
            course = learning.courseOf(accountId, today());
        }
        return course;
    }

    public Eligibility getEligibility() {
        if (eligibility == null) {
            eligibility = certification.eligibility(accountId, today());
        }
        return eligibility;
    }

    public List<Certificate> getCertificates() {
        if (certificates == null) {
            certificates = certification.certificatesOf(accountId);
        }
        return certificates;
    }

    /** The certificate that renewal and revocation act on: the newest one not revoked. */
    public Optional<Certificate> getCurrentCertificate() {
        return getCertificates().stream().filter(certificate -> !certificate.isRevoked()).findFirst();
    }

    public boolean isRenewalOpen() {
        return getCurrentCertificate().map(c -> certification.rules().renewalOpen(c.getExpiresOn(), today())).orElse(false);
    }

    public LocalDate getRenewalOpensOn() {
        return getCurrentCertificate().map(c -> certification.rules().reminderFrom(c.getExpiresOn())).orElse(null);
    }

    public CertificateStatus status(Certificate certificate) {
        return certificate.status(today());
    }

    /** Issues, renewals, reminders and revocations of this person's certificates, newest first. */
    public List<AuditLine> getHistory() {
        return audit.lines(audit.about(accountId).stream().filter(entry -> entry.getAction().startsWith("certificate.")).toList());
    }

    private LocalDate today() {
        return calendar.today();
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    public String getRenewalNote() {
        return renewalNote;
    }

    public void setRenewalNote(String renewalNote) {
        this.renewalNote = renewalNote;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public void setRevocationReason(String revocationReason) {
        this.revocationReason = revocationReason;
    }
}
