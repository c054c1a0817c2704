package org.alongside.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's roles. Sign-in goes through our own Faces page (sign-in.xhtml) and
 * {@link PortalAuthenticationMechanism}; which role may open which pages is declared in web.xml.
 */
@DeclareRoles({"TRAINEE", "TRAINER", "COORDINATOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
