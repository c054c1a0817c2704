package org.alongside.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every page, error pages included: a 403 from a security constraint never
 * reaches the filter chain of the request, so the headers go on when its error page is
 * dispatched. Scripts are governed by PrimeFaces' own nonce-based Content-Security-Policy
 * (primefaces.CSP); this second policy adds what that one leaves open. Browsers enforce both, so
 * this one must not mention scripts. Mapped in web.xml, after {@link ForwardedRequestFilter}, so
 * HSTS goes on whenever the client used HTTPS, also behind a proxy that terminates TLS.
 *
 * <p>With {@code portal.instance.name} set, every answer also says which instance gave it
 * ({@code X-Alongside-Instance}), so a test or an operator behind a load balancer can tell them
 * apart; unset (the default) nothing is added, so the public learns nothing about the setup.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'";

    static final String INSTANCE_HEADER = "X-Alongside-Instance";

    @Inject
    @ConfigProperty(name = "portal.instance.name", defaultValue = " ")
    String instanceName;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        if (!instanceName.isBlank()) {
            response.setHeader(INSTANCE_HEADER, instanceName.strip());
        }
        chain.doFilter(request, response);
    }

    private static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Content-Security-Policy", POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        // Pages can hold personal data: keep them out of shared caches and the back-forward cache.
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
