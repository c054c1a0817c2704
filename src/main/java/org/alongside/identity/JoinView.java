package org.alongside.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.alongside.web.Page;

/** A trainee creates their account with the invitation code their coordinator gave them. */
@Named
@ViewScoped
public class JoinView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InvitationService invitations;

    private String code;
    private String displayName;
    private String email;
    private String password;
    private String confirmation;

    public String join() {
        if (!Page.confirmationMatches("join:confirmation", password, confirmation)) {
            return null;
        }
        try {
            Account trainee = invitations.redeem(code, displayName, email, password);
            Page.infoAfterRedirect("join.done");
            return Page.signInAs(trainee.getEmail());
        } catch (IdentityException e) {
            Page.error(e.messageKey());
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
