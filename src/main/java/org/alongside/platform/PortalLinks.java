package org.alongside.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links for e-mails. They are built from configuration, never from the request's Host
 * header, so nobody can make the portal mail out a reset link that points at their own server.
 */
@ApplicationScoped
public class PortalLinks {

    private static final Logger LOG = Logger.getLogger(PortalLinks.class.getName());

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    /** Says at start-up which address e-mails and certificates will carry: localhost by default, which only works on this machine. */
    void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> "Links in e-mails and on certificates (their QR codes too) start with " + baseUrl
                + " (portal.base-url). If people open the portal at another address, set PORTAL_BASE_URL to it.");
    }

    public String to(String pathAndQuery) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + (pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery);
    }
}
