package org.alongside.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in through our own Faces page (sign-in.xhtml), so the page can throttle, explain
 * failures and keep what was typed. Which role may open which pages is declared in web.xml.
 * Someone who is not signed in and opens a protected page is shown the sign-in page in place (a
 * forward, not a redirect): the container's own redirect would go out without our security
 * headers. After signing in they continue to the page they asked for.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/sign-in.xhtml", errorPage = "", useForwardToLogin = true))
@DeclareRoles({"TRAINEE", "TRAINER", "COORDINATOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
