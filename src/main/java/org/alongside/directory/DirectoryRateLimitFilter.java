package org.alongside.directory;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.alongside.platform.SharedCaches;
import org.alongside.web.RequestRateLimit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Searches of the public directory, its pages and its JSON API together, limited per client
 * address, so nobody can page through every supporter at machine speed. A person browsing never
 * comes near the limit. Over it: 429 with Retry-After, the portal's page or, for the API, JSON.
 */
@WebFilter(urlPatterns = {"/directory", "/directory/index.xhtml", "/directory/supporter.xhtml", "/api/v1/directory", "/api/v1/directory/*"})
public class DirectoryRateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    SharedCaches caches;

    @Inject
    @ConfigProperty(name = "portal.directory.requests-per-minute", defaultValue = "120")
    int requestsPerMinute;

    private RequestRateLimit limit;

    @PostConstruct
    void createLimit() {
        limit = new RequestRateLimit(caches.fromCreation("alongside.directory.per-address", Duration.ofMinutes(1)), clock,
                requestsPerMinute, Duration.ofMinutes(1));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String address = request.getRemoteAddr();
        if (limit.tryAcquire(address)) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = limit.secondsUntilReset(address);
        response.setHeader("Retry-After", Long.toString(retryAfter));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(429);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"error\":\"too many requests\",\"retryAfterSeconds\":" + retryAfter + "}");
        } else {
            response.sendError(429);
        }
    }
}
