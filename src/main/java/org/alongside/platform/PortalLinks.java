package org.alongside.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links for e-mails. They are built from configuration, never from the request's Host
 * header, so nobody can make the portal mail out a reset link that points at their own server.
 */
@ApplicationScoped
public class PortalLinks {

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    public String to(String pathAndQuery) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + (pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery);
    }
}
