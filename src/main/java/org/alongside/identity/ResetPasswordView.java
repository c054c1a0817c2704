package org.alongside.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.alongside.web.Page;

/** Choosing a new password from an e-mailed link (a reset, or a new staff member's first password). */
@Named
@ViewScoped
public class ResetPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PasswordResetService resets;

    private String token;
    private String password;
    private String confirmation;
    private Boolean usable;

    public boolean isUsable() {
        if (usable == null) {
            usable = resets.isUsable(token);
        }
        return usable;
    }

    public String save() {
        if (!Page.confirmationMatches("reset:confirmation", password, confirmation)) {
            return null;
        }
        try {
            String email = resets.resetPassword(token, password);
            Page.infoAfterRedirect("reset.done");
            return Page.signInAs(email);
        } catch (IdentityException e) {
            Page.error(e.messageKey());
            if ("reset.linkInvalid".equals(e.messageKey())) {
                usable = false;
            }
            return null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
