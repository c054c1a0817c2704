package org.alongside.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;

/**
 * The password step of signing in, the same from the sign-in form ({@link SignInView}) and from
 * the dialog that signs an ended session in again in place ({@link SignInAgainResource}): the
 * throttle counts the try before the password is checked, the session gets a new id before any
 * privilege (a planted id is worth nothing), the portal's authentication mechanism checks the
 * password, and a database out of reach is nobody's wrong try.
 */
@ApplicationScoped
public class PasswordSignIn {

    public enum Outcome { SIGNED_IN, CODE_NEEDED, REFUSED, THROTTLED, UNAVAILABLE }

    /** What came of it; {@code waitMinutes} when THROTTLED. */
    public record Result(Outcome outcome, long waitMinutes) {
    }

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInThrottle throttle;

    @Inject
    AccountService accounts;

    public Result attempt(HttpServletRequest request, HttpServletResponse response, String email, String password) throws ServletException {
        String address = request.getRemoteAddr();
        Duration wait = throttle.tryAttempt(email, address);
        if (!wait.isZero()) {
            return new Result(Outcome.THROTTLED, Math.max(1, (wait.toSeconds() + 59) / 60));
        }
        // Signing in as someone else first ends the current sign-in completely.
        if (request.getUserPrincipal() != null) {
            request.logout();
            request.getSession().invalidate();
        }
        request.getSession(true);
        request.changeSessionId();
        SignInOutcome outcome = SignInOutcome.of(() -> securityContext.authenticate(request, response,
                        withParams().newAuthentication(true).credential(new UsernamePasswordCredential(email, new Password(password)))),
                () -> PortalAuthenticationMechanism.serviceUnavailable(request));
        if (outcome == SignInOutcome.UNAVAILABLE) {
            throttle.notCounted(email, address);
            return new Result(Outcome.UNAVAILABLE, 0);
        }
        if (outcome == SignInOutcome.SIGNED_IN) {
            // The sign-in itself was recorded and audited by PortalAuthenticationMechanism.
            throttle.succeeded(email, address);
            return new Result(Outcome.SIGNED_IN, 0);
        }
        if (PortalAuthenticationMechanism.awaitsSecondFactorCode(request)) {
            // The right password of an account with a second factor: not a wrong try; the code
            // page counts each code as a try and signs the session in.
            throttle.notCounted(email, address);
            return new Result(Outcome.CODE_NEEDED, 0);
        }
        accounts.recordFailedSignIn(email);
        return new Result(Outcome.REFUSED, 0);
    }
}
