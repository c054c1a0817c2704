package org.alongside.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in through our own Faces page (sign-in.xhtml), so the page can throttle, explain
 * failures and keep what was typed. Which role may open which pages is declared in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/sign-in.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"TRAINEE", "TRAINER", "COORDINATOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
