package org.alongside.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.alongside.platform.ActionRefused;
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
        } catch (ActionRefused refusal) {
            // The page shown with the refusal offers a new link when this one can no longer be used.
            usable = resets.isUsable(token);
            throw refusal;
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
