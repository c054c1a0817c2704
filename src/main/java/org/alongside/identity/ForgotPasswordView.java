package org.alongside.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.alongside.web.Page;

/** Asks for a reset link; answers the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordView {

    @Inject
    PasswordResetService resets;

    @Inject
    ResetRequestLimit limit;

    private String email;
    private boolean sent;

    public String send() {
        String address = Page.request().getRemoteAddr();
        // The same answer whether a link went, the limit held it back, or there is no such account.
        if (limit.tryAcquire(email, address)) {
            resets.requestReset(email, Page.locale());
        }
        sent = true;
        return null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
