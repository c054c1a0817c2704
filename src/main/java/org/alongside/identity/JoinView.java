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

    private final AccountForm form = new AccountForm();
    private String code;

    public String join() {
        if (!form.confirmed("join")) {
            return null;
        }
        try {
            Account trainee = invitations.redeem(code, form.getDisplayName(), form.getEmail(), form.getPassword());
            Page.infoAfterRedirect("join.done");
            return Page.signInAs(trainee.getEmail());
        } catch (IdentityException e) {
            Page.error(e.messageKey());
            return null;
        }
    }

    public AccountForm getForm() {
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
