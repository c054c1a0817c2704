package org.alongside.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.alongside.platform.DatabaseOutage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the portal knows who is signed in. The sign-in page hands the typed credential over through
 * {@code SecurityContext.authenticate}; when the identity store accepts it, the caller's name and
 * roles are kept in the session, and every later request tells the container both again.
 *
 * <p>Why not the built-in form mechanism with {@code @AutoApplySession}: Payara restores only the
 * caller from the session and, under concurrent requests, sometimes loses the roles
 * (payara/Payara#6145: signed-in trainees get 403 under load), and it does not carry them to
 * another instance (payara/Payara#6342). Keeping the roles in the session, as plain strings,
 * fixes both.
 *
 * <p>Someone who is not signed in and opens a protected page is shown the sign-in page in place
 * (a forward, so our security headers apply); after signing in they continue to the page they
 * asked for.
 *
 * <p>At every request of a signed-in session the account is read again (one statement on its
 * primary key, the JPA cache is off) and {@link SessionRule} decides whether the sign-in still holds: an erased or
 * switched-off account, a session epoch that moved on, or a session older than
 * {@code portal.session.absolute-lifetime-hours} ends the session there and then. Because the
 * check is against the database, a change made on one instance ends sessions on all of them.
 * The same statement says which trainee menu links apply ({@link TraineeMenu}); a request that
 * carries on gets them as a request attribute for the layout.
 * A page request then gets the sign-in page (with a note that the session ended), an Ajax request
 * a Faces redirect to it, which the browser follows.
 *
 * <p>Second factor: after the right password, an account with a second factor is not signed in;
 * a {@link PendingSignIn} waits in the session for the code page ({@link SignInCodeView}), which
 * signs it in through {@link #completeSignIn}. An account whose roles require a second factor
 * and has none is signed in, but its session remembers that the setup is due: until it is done,
 * every request for anything but the pages {@link SecondFactorRule#reachableDuringSetup} allows
 * is sent to the setup page.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Who is signed in on this session, with their roles, and the account epoch and time they signed in at. */
    public record SignedIn(String caller, Set<String> roles, long accountId, long sessionEpoch, Instant signedInAt,
                           boolean secondFactorDue) implements Serializable {

        SignedIn withEpoch(long newEpoch) {
            return new SignedIn(caller, roles, accountId, newEpoch, signedInAt, secondFactorDue);
        }

        SignedIn withSecondFactorSetUp() {
            return new SignedIn(caller, roles, accountId, sessionEpoch, signedInAt, false);
        }
    }

    static final String SIGNED_IN = "alongside.signedIn";
    static final String CONTINUE_TO = "alongside.continueTo";
    static final String SESSION_ENDED = "alongside.sessionEnded";
    static final String SERVICE_UNAVAILABLE = "alongside.signInUnavailable";
    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());
    static final String PENDING = "alongside.pendingSignIn";
    private static final String SIGN_IN_PAGE = "/sign-in.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountService accounts;

    @Inject
    SecondFactorService secondFactors;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.session.absolute-lifetime-hours", defaultValue = "12")
    long lifetimeHours;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            try {
                return checkPassword(credential, request, context);
            } catch (RuntimeException failure) {
                if (!DatabaseOutage.causedBy(failure)) {
                    throw failure;
                }
                LOG.log(Level.WARNING, "Sign-in impossible: the database cannot be reached", failure);
                request.setAttribute(SERVICE_UNAVAILABLE, Boolean.TRUE);
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        if (isStaticResource(request) && !context.isProtected()) {
            // Style sheets, scripts and images are the same for everyone: no session check, no query.
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            Optional<SessionRule.AccountState> state = accounts.sessionState(signedIn.accountId());
            SessionRule.Verdict verdict = SessionRule.check(signedIn.sessionEpoch(), signedIn.signedInAt(),
                    state, clock.instant(), Duration.ofHours(lifetimeHours));
            if (!verdict.endsSession()) {
                SessionRule.AccountState account = state.orElseThrow();
                new Caller(signedIn.accountId(), account.displayName(), signedIn.roles().stream().map(Role::valueOf)
                        .collect(Collectors.toSet()), account.menu()).putOn(request);
                if (signedIn.secondFactorDue() && !SecondFactorRule.reachableDuringSetup(path(request))) {
                    return toSecondFactorSetup(request, response);
                }
                return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.roles());
            }
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // A parallel request of the same session (a style sheet, say) ended it a moment earlier.
            }
            // A fresh session only carries the note for the sign-in page (and, below, where to continue).
            request.getSession(true).setAttribute(SESSION_ENDED, Boolean.TRUE);
            if (isAjax(request)) {
                return redirectAjax(request, response, SIGN_IN_PAGE);
            }
            if (!"GET".equals(request.getMethod()) && !path(request).startsWith("/api/")) {
                // A form posted from a page of the ended session: its view state is gone with it.
                // (The JSON API, such as the reflection's autosave, answers 401 itself and the page keeps the words.)
                return redirect(request, response, SIGN_IN_PAGE);
            }
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                rememberContinueTo(request);
            }
            return context.forward(SIGN_IN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus checkPassword(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        // A new password drops any sign-in still waiting for its code, whether or not this one is right.
        dropPendingSignIn(request);
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String caller = result.getCallerPrincipal().getName();
        Set<String> roles = Set.copyOf(result.getCallerGroups());
        Account account = accounts.findByEmail(caller).orElseThrow();
        HttpSession session = request.getSession();
        SecondFactorService.Step step = secondFactors.nextStep(account);
        if (step == SecondFactorService.Step.CODE) {
            // Nothing is signed in (nor audited as a sign-in) until the code page has the right code.
            session.setAttribute(PENDING, new PendingSignIn(caller, roles, account.getId(), account.getSessionEpoch(), clock.instant()));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        SignedIn signedIn = signIn(session, caller, roles, step == SecondFactorService.Step.SETUP);
        return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.roles());
    }

    /** Whether this request's sign-in failed because the database could not be reached, not on its credentials. */
    static boolean serviceUnavailable(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(SERVICE_UNAVAILABLE));
    }

    /** Signs the session in, audited; {@code secondFactorDue} keeps it to the setup page until that is done. */
    private SignedIn signIn(HttpSession session, String caller, Set<String> roles, boolean secondFactorDue) {
        AccountService.SignedInAccount account = accounts.recordSignIn(caller);
        SignedIn signedIn = new SignedIn(caller, roles, account.id(), account.sessionEpoch(), clock.instant(), secondFactorDue);
        session.setAttribute(SIGNED_IN, signedIn);
        return signedIn;
    }

    /**
     * The code page accepted the code of a pending sign-in: the session is signed in from its next
     * request on, unless the account was switched off or changed (roles, password, address) since
     * the password was typed. The caller changes the session id first.
     */
    boolean completeSignIn(HttpServletRequest request, PendingSignIn pending) {
        HttpSession session = request.getSession();
        session.removeAttribute(PENDING);
        if (!accounts.sessionState(pending.accountId()).filter(state -> state.active() && state.sessionEpoch() == pending.sessionEpoch())
                .isPresent()) {
            return false;
        }
        signIn(session, pending.caller(), pending.roles(), false);
        return true;
    }

    /** The sign-in waiting for its code, unless it waited too long (then it is dropped). */
    static Optional<PendingSignIn> pendingSignIn(HttpServletRequest request, Instant now) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (pending.isExpiredAt(now)) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    static void dropPendingSignIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }

    /** Whether the last sign-in attempt of this session waits for a second-factor code. */
    static boolean awaitsSecondFactorCode(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PENDING) instanceof PendingSignIn;
    }

    /** The session's second factor is now set up: the rest of the portal opens, under a new session id. */
    static void secondFactorSetUp(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn && signedIn.secondFactorDue()) {
            session.setAttribute(SIGNED_IN, signedIn.withSecondFactorSetUp());
            request.changeSessionId();
        }
    }

    /** Whether this session may only reach the second-factor setup page for now. */
    static boolean isSecondFactorDue(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn && signedIn.secondFactorDue();
    }

    private static AuthenticationStatus toSecondFactorSetup(HttpServletRequest request, HttpServletResponse response) {
        if (isAjax(request)) {
            return redirectAjax(request, response, SecondFactorRule.SETUP_PATH);
        }
        if ("GET".equals(request.getMethod())) {
            // Once the second factor is set up, the person continues to the page they asked for.
            rememberContinueTo(request);
        }
        return redirect(request, response, SecondFactorRule.SETUP_PATH);
    }

    private static void rememberContinueTo(HttpServletRequest request) {
        String query = request.getQueryString();
        request.getSession().setAttribute(CONTINUE_TO, path(request) + (query == null ? "" : "?" + query));
    }

    /** A Faces resource (the portal's and PrimeFaces' style sheets, scripts, fonts and images; the portal streams no dynamic ones). */
    static boolean isStaticResource(HttpServletRequest request) {
        return path(request).startsWith("/jakarta.faces.resource/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** Faces' own way to move an Ajax request's page elsewhere: the browser follows it. */
    private static AuthenticationStatus redirectAjax(HttpServletRequest request, HttpServletResponse response, String page) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + request.getContextPath() + page + "\"/></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response, String page) {
        try {
            response.sendRedirect(request.getContextPath() + page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * Keeps this session signed in after a change that ended the account's other sessions (the
     * person changed their own password here), under a new session id.
     */
    static void keepSignedIn(HttpServletRequest request, long newEpoch) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            session.setAttribute(SIGNED_IN, signedIn.withEpoch(newEpoch));
            request.changeSessionId();
        }
    }

    /** Whether this session was just ended by the check above, once, for the sign-in page's note. */
    static boolean takeSessionEnded(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(SESSION_ENDED) == null) {
            return false;
        }
        session.removeAttribute(SESSION_ENDED);
        return true;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /**
     * The page someone asked for before they were shown the sign-in page, once: only a path inside
     * the portal, so a crafted value cannot send anyone elsewhere.
     */
    static Optional<String> takeContinueTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(CONTINUE_TO) instanceof String path)) {
            return Optional.empty();
        }
        session.removeAttribute(CONTINUE_TO);
        return isLocalPath(path) ? Optional.of(path) : Optional.empty();
    }

    static boolean isLocalPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && !path.contains("\r") && !path.contains("\n");
    }
}
