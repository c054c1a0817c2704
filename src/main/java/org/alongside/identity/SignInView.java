package org.alongside.identity;


import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alongside.web.Page;
import org.eclipse.microprofile.metrics.annotation.Counted;

/** The sign-in form. */
@Named
@RequestScoped
public class SignInView {

    @Inject
    PasswordSignIn passwordSignIn;

    @Inject
    AccountService accounts;

    @Inject
    AdministratorSetup setup;

    private final AccountForm form = new AccountForm();
    private boolean signedOut;
    private Boolean sessionEnded;
    private boolean signedOutEverywhere;

    @Counted(name = "sign_in_attempts", absolute = true, description = "Sign-in form submissions")
    public String signIn() throws ServletException {
        HttpServletRequest request = Page.request();
        String email = form.getEmail();
        PasswordSignIn.Result result = passwordSignIn.attempt(request, Page.response(), email, form.getPassword());
        form.setPassword(null);
        switch (result.outcome()) {
            case THROTTLED -> Page.error("signin.throttled", result.waitMinutes());
            case UNAVAILABLE -> {
                Page.response().setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                Page.error("signin.unavailable");
            }
            // Back to the page the person asked for before signing in, or to their home.
            case SIGNED_IN -> Page.redirect(PortalAuthenticationMechanism.takeContinueTo(request)
                    .orElseGet(() -> accounts.findByEmail(email).orElseThrow().primaryRole().homePath()));
            case CODE_NEEDED -> Page.redirect(SignInCodeView.PAGE);
            case REFUSED -> Page.error("signin.failed");
        }
        return null;
    }

    public boolean isDemo() {
        return setup.isDemo();
    }

    public AccountForm getForm() {
        return form;
    }

    /** Whether this person's session was just ended: switched off, signed out elsewhere, or too old. */
    public boolean isSessionEnded() {
        if (sessionEnded == null) {
            sessionEnded = PortalAuthenticationMechanism.takeSessionEnded(Page.request());
        }
        return sessionEnded;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }

    public boolean isSignedOutEverywhere() {
        return signedOutEverywhere;
    }

    public void setSignedOutEverywhere(boolean signedOutEverywhere) {
        this.signedOutEverywhere = signedOutEverywhere;
    }
}
