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
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

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
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Who is signed in on this session, with their roles. */
    public record SignedIn(String caller, Set<String> roles) implements Serializable {
    }

    static final String SIGNED_IN = "alongside.signedIn";
    static final String CONTINUE_TO = "alongside.continueTo";
    private static final String SIGN_IN_PAGE = "/sign-in.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            SignedIn signedIn = new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
            request.getSession().setAttribute(SIGNED_IN, signedIn);
            return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.roles());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.roles());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession().setAttribute(CONTINUE_TO, request.getRequestURI().substring(request.getContextPath().length())
                        + (query == null ? "" : "?" + query));
            }
            return context.forward(SIGN_IN_PAGE);
        }
        return context.doNothing();
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
