package org.alongside.certification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.alongside.learning.LearningCalendar;
import org.alongside.web.CurrentAccount;

/** A trainee's own certificates, or, before they have one, where they stand against each rule. */
@Named
@RequestScoped
public class MyCertificateView {

    @Inject
    CertificationService certification;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    LearningCalendar calendar;

    private List<Certificate> certificates;
    private Eligibility eligibility;

    public List<Certificate> getCertificates() {
        if (certificates == null) {
            certificates = certification.certificatesOf(currentAccount.id());
        }
        return certificates;
    }

    public Eligibility getEligibility() {
        if (eligibility == null) {
            eligibility = certification.eligibility(currentAccount.id(), calendar.today());
        }
        return eligibility;
    }

    public CertificateStatus status(Certificate certificate) {
        return certificate.status(calendar.today());
    }
}
