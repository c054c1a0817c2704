package org.alongside.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A portal people reach over HTTPS never sends its session cookie over plain HTTP. payara-web.xml
 * marks the cookie Secure when the server itself took the request over TLS; behind a proxy that
 * terminates TLS the server sees plain HTTP, so the public address decides: when
 * {@code portal.base-url} is https, the cookie is always Secure.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (servedOverHttps(baseUrl)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    static boolean servedOverHttps(String baseUrl) {
        return baseUrl != null && baseUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://");
    }
}
