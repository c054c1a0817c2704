package org.alongside.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/** The trainee reads their group's agreement and agrees to it; until then no module opens. */
@Named
@RequestScoped
public class AgreementView {

    @Inject
    CohortService cohorts;

    @Inject
    CurrentAccount current;

    private Optional<Cohort> cohort;

    /** A trainee in no group has no agreement: their home page explains. */
    public void load() {
        if (getCohort() == null) {
            Page.redirect("/trainee/home.xhtml");
        }
    }

    public String acknowledge() {
        cohorts.acknowledgeAgreement(current.id());
        Page.infoAfterRedirect("agreement.acknowledged");
        return "/trainee/home.xhtml?faces-redirect=true";
    }

    /** The agreement as paragraphs of plain text (split at blank lines), never as markup. */
    public List<String> getParagraphs() {
        return paragraphs(CohortService.agreementOf(getCohort()));
    }

    static List<String> paragraphs(String text) {
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(paragraph -> !paragraph.isEmpty()).toList();
    }

    public boolean isAcknowledged() {
        return cohorts.hasAcknowledgedAgreement(current.id(), getCohort().getId());
    }

    public Cohort getCohort() {
        if (cohort == null) {
            cohort = cohorts.cohortOf(current.id());
        }
        return cohort.orElse(null);
    }
}
