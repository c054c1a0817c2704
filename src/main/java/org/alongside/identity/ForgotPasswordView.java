package org.alongside.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.alongside.web.Page;

/** Asks for a reset link; answers the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordView {

    @Inject
    PasswordResetService resets;

    @Inject
    SignInThrottle throttle;

    private String email;
    private boolean sent;

    public String send() {
        String address = Page.request().getRemoteAddr();
        // Counted like a failed sign-in, so the form cannot be used to flood someone's inbox.
        if (throttle.remainingWait(email, address).equals(Duration.ZERO)) {
            throttle.recordFailure(email, address);
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
