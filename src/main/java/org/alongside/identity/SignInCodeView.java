package org.alongside.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.alongside.web.Page;

/**
 * The second step of signing in: after the right password, the code from the authenticator (or a
 * recovery code). Each code counts as a sign-in try for the throttle, so someone guessing codes
 * waits as a password guesser does; after {@link SecondFactorRule#WRONG_CODES_ALLOWED}
 * wrong codes the half-done sign-in is dropped.
 */
@Named
@RequestScoped
public class SignInCodeView {

    public static final String PAGE = "/sign-in-code.xhtml";

    @Inject
    SecondFactorService secondFactors;

    @Inject
    PortalAuthenticationMechanism mechanism;

    @Inject
    SignInThrottle throttle;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    private String code;

    public String submit() {
        HttpServletRequest request = Page.request();
        Optional<PendingSignIn> waiting = PortalAuthenticationMechanism.pendingSignIn(request, clock.instant());
        if (waiting.isEmpty()) {
            startAgain("signin.code.startAgain");
            return null;
        }
        PendingSignIn pending = waiting.get();
        String address = request.getRemoteAddr();
        // A code is a sign-in try too, counted before it is checked, so parallel codes get no more
        // than the free tries, and a wrong one stays counted.
        Duration wait = throttle.tryAttempt(pending.caller(), address);
        if (!wait.isZero()) {
            Page.error("signin.throttled", Math.max(1, (wait.toSeconds() + 59) / 60));
            return null;
        }
        SecondFactorService.Verdict verdict = secondFactors.verify(pending.accountId(), code);
        code = null;
        if (verdict.accepted()) {
            // A new session id as the session gains its privileges, as after a password alone.
            request.changeSessionId();
            if (!mechanism.completeSignIn(request, pending)) {
                startAgain("signin.code.startAgain");
                return null;
            }
            throttle.succeeded(pending.caller(), address);
            if (verdict == SecondFactorService.Verdict.RECOVERY_CODE) {
                Page.infoAfterRedirect("signin.code.recoveryUsed", secondFactors.unusedRecoveryCodes(pending.accountId()));
            }
            Page.redirect(PortalAuthenticationMechanism.takeContinueTo(request)
                    .orElseGet(() -> accounts.find(pending.accountId()).orElseThrow().primaryRole().homePath()));
            return null;
        }
        if (pending.wrongCode()) {
            PortalAuthenticationMechanism.dropPendingSignIn(request);
            secondFactors.recordDropped(pending.accountId());
            startAgain("signin.code.tooMany");
        } else {
            // Stored again: sessions on the data grid are written back only when an attribute is set.
            request.getSession().setAttribute(PortalAuthenticationMechanism.PENDING, pending);
            Page.error("signin.code.wrong");
        }
        return null;
    }

    /** Whether there is a sign-in waiting for its code (otherwise the page says to start again). */
    public boolean isWaiting() {
        return PortalAuthenticationMechanism.pendingSignIn(Page.request(), clock.instant()).isPresent();
    }

    private static void startAgain(String messageKey) {
        Page.infoAfterRedirect(messageKey);
        Page.redirect("/sign-in.xhtml");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
