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

    private static final String SENT = "alongside.resetLinkAsked";

    private String email;

    /** Redirect after POST to the page's own address, which says so once: Back and Forward never ask for another link. */
    public String send() {
        String address = Page.request().getRemoteAddr();
        // The same answer whether a link went, the limit held it back, or there is no such account.
        if (limit.tryAcquire(email, address)) {
            resets.requestReset(email, Page.locale());
        }
        Page.tellNextPage(SENT);
        return "/forgot-password.xhtml?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return Page.toldByLastPage(SENT);
    }
}
