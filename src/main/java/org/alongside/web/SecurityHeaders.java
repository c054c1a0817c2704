package org.alongside.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers for every response. Scripts are governed by PrimeFaces' own nonce-based
 * Content-Security-Policy (primefaces.CSP); this second policy adds what that one leaves open.
 * Browsers enforce both, so this one must not mention scripts.
 */
public final class SecurityHeaders {

    static final String POLICY = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'";

    private SecurityHeaders() {
    }

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader("X-Content-Type-Options")) {
            return;
        }
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
