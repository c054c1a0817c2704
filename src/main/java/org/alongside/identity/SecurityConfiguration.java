package org.alongside.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alongside.web.SecurityHeaders;

/**
 * Form sign-in through our own Faces page (sign-in.xhtml), so the page can throttle, explain
 * failures and keep what was typed. The container asks this mechanism about every request, before
 * any filter runs, which also makes it the one place that puts security headers on every response,
 * redirects and 403s included. Which role may open which pages is declared in web.xml.
 */
@AutoApplySession
@LoginToContinue(loginPage = "/sign-in.xhtml", errorPage = "", useForwardToLogin = false)
@DeclareRoles({"TRAINEE", "TRAINER", "COORDINATOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
}
