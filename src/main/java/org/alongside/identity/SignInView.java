package org.alongside.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.alongside.web.Page;
import org.eclipse.microprofile.metrics.annotation.Counted;

/** The sign-in form. */
@Named
@RequestScoped
public class SignInView {

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInThrottle throttle;

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
        String address = request.getRemoteAddr();
        Duration wait = throttle.tryAttempt(email, address);
        if (!wait.isZero()) {
            Page.error("signin.throttled", Math.max(1, (wait.toSeconds() + 59) / 60));
            return null;
        }
        // Signing in as someone else first ends the current sign-in completely.
        if (request.getUserPrincipal() != null) {
            request.logout();
            request.getSession().invalidate();
        }
        // A new session id before the session gains any privilege: a planted id is worth nothing.
        request.getSession(true);
        request.changeSessionId();
        SignInOutcome outcome = SignInOutcome.of(() -> securityContext.authenticate(request, Page.response(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(form.getPassword())))),
                () -> PortalAuthenticationMechanism.serviceUnavailable(request));
        form.setPassword(null);
        if (outcome == SignInOutcome.UNAVAILABLE) {
            // The database is out of reach: not a wrong password, so not counted as one.
            throttle.notCounted(email, address);
            Page.response().setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            Page.error("signin.unavailable");
        } else if (outcome == SignInOutcome.SIGNED_IN) {
            // The sign-in itself was recorded and audited by PortalAuthenticationMechanism.
            throttle.succeeded(email, address);
            // Back to the page the person asked for before signing in, or to their home.
            Page.redirect(PortalAuthenticationMechanism.takeContinueTo(request)
                    .orElseGet(() -> accounts.findByEmail(email).orElseThrow().primaryRole().homePath()));
        } else if (PortalAuthenticationMechanism.awaitsSecondFactorCode(request)) {
            // The right password of an account with a second factor: not a wrong try; the code
            // page counts each code as a try and signs the session in.
            throttle.notCounted(email, address);
            Page.redirect(SignInCodeView.PAGE);
        } else {
            accounts.recordFailedSignIn(email);
            Page.error("signin.failed");
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
