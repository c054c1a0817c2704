package org.alongside.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every page, error pages included: a 403 from a security constraint never
 * reaches the filter chain of the request, so the headers go on when its error page is
 * dispatched. Scripts are governed by PrimeFaces' own nonce-based Content-Security-Policy
 * (primefaces.CSP); this second policy adds what that one leaves open. Browsers enforce both, so
 * this one must not mention scripts. Mapped in web.xml, after {@link ForwardedRequestFilter}, so
 * HSTS goes on whenever the client used HTTPS, also behind a proxy that terminates TLS.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
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
