package org.alongside.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.alongside.web.CurrentAccount;
import org.alongside.web.PagedList;
import org.alongside.web.Page;

/** A coordinator invites trainees and sees what became of each invitation. */
@Named
@ViewScoped
public class InvitationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InvitationService invitations;

    @Inject
    transient CurrentAccount current;

    @Inject
    transient Clock clock;

    private String email;
    private String issuedCode;
    private String issuedLink;

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

    public void invite() {
        InvitationService.IssuedInvitation issued = invitations.invite(current.require().getId(), email, Page.locale());
        issuedCode = issued.code();
        issuedLink = issued.link();
        Page.info(issued.invitation().getEmail() == null ? "invitation.createdNoEmail" : "invitation.createdEmailed",
                issued.invitation().getEmail());
        email = null;
    }

    public void revoke(Invitation invitation) {
        invitations.revoke(invitation.getId());
        Page.info("invitation.revokedDone");
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
}
