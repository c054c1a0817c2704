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
    PasswordResetService resets;

    private final AccountForm form = new AccountForm();
    private String token;
    private Boolean usable;

    public boolean isUsable() {
        if (usable == null) {
            usable = resets.isUsable(token);
        }
        return usable;
    }

    public String save() {
        if (!form.confirmed("reset")) {
            return null;
        }
        try {
            String email = resets.resetPassword(token, form.getPassword());
            Page.infoAfterRedirect("reset.done");
            return Page.signInAs(email);
        } catch (IdentityException e) {
            Page.error(e.messageKey());
            usable = resets.isUsable(token);
            return null;
        }
    }

    public AccountForm getForm() {
        return form;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
