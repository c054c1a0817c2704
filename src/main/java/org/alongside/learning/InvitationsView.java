package org.alongside.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alongside.identity.Invitation;
import org.alongside.identity.InvitationService;
import org.alongside.web.CurrentAccount;
import org.alongside.web.PagedList;
import org.alongside.web.Page;

/** A coordinator invites trainees into a cohort and sees what became of each invitation. */
@Named
@ViewScoped
public class InvitationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvitationService invitations;

    @Inject
    CohortService cohorts;

    @Inject
    CurrentAccount current;

    @Inject
    Clock clock;

    private Long cohortId;
    private String email;
    private String issuedCode;
    private String issuedLink;
    private String issuedCohort;
    private transient Map<Long, String> cohortNames;

    private final PagedList<Invitation> model = new PagedList<>(new PagedList.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count() {
            return invitations.count();
        }

        @Override
        public List<Invitation> page(int first, int pageSize) {
            return invitations.newestFirst(first, pageSize);
        }
    }, Invitation::getId);

    /** Opening the page from a cohort's page ({@code ?cohort=}) chooses that cohort. */
    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void invite() {
        Cohort cohort = cohortId == null ? null : cohorts.find(cohortId).orElse(null);
        if (cohort == null) {
            Page.fieldError("invite:cohort", "invitation.chooseCohort");
            return;
        }
        Long placesLeft = cohorts.placesLeft(cohort.getId());
        if (placesLeft != null && placesLeft <= 0) {
            Page.fieldError("invite:cohort", "invitation.noPlacesLeft");
            return;
        }
        InvitationService.IssuedInvitation issued = invitations.invite(current.id(), cohort.getId(), email, Page.locale());
        issuedCode = issued.code();
        issuedLink = issued.link();
        issuedCohort = cohort.getName();
        Page.info(issued.invitation().getEmail() == null ? "invitation.createdNoEmail" : "invitation.createdEmailed",
                issued.invitation().getEmail(), cohort.getName());
        email = null;
        cohortNames = null;
    }

    public void revoke(Invitation invitation) {
        invitations.revoke(current.id(), invitation.getId());
        Page.info("invitation.revokedDone");
    }

    /** Places left in the chosen cohort (counting invitations not yet used), or null when it has no capacity. */
    public Long getPlacesLeft() {
        return cohortId == null || cohorts.find(cohortId).isEmpty() ? null : cohorts.placesLeft(cohortId);
    }

    public List<Cohort> getCohorts() {
        return cohorts.all();
    }

    /** The name of an invitation's cohort, read once per view for the whole table. */
    public String cohortName(Long id) {
        if (cohortNames == null) {
            cohortNames = new HashMap<>();
            getCohorts().forEach(cohort -> cohortNames.put(cohort.getId(), cohort.getName()));
        }
        return id == null ? "" : cohortNames.getOrDefault(id, "");
    }

    public String statusKey(Invitation invitation) {
        return "invitation.status." + invitation.statusAt(clock.instant()).name();
    }

    public boolean isOpen(Invitation invitation) {
        return invitation.statusAt(clock.instant()) == Invitation.Status.OPEN;
    }

    public PagedList<Invitation> getModel() {
        return model;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getIssuedCode() {
        return issuedCode;
    }

    public String getIssuedLink() {
        return issuedLink;
    }

    public String getIssuedCohort() {
        return issuedCohort;
    }
}
