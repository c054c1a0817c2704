package org.alongside.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers what the pages cannot take with the right status and the portal's own error page
 * (web.xml), never the server's: a body larger than {@code portal.http.max-request-bytes} gets
 * 413 before anything reads it (a body without a length, 411), and a method other than GET, HEAD
 * or POST gets 405 (Faces would otherwise render any page for PUT or DELETE with 200). The JSON
 * API answers its own methods.
 * Payara's own check of the body size is switched off (payara-config) because its answer names
 * the server and its version; the form-parameter limit stays on for bodies sent without a length.
 *
 * <p>A form or API call sent from another site's page is refused (403) before anything reads it.
 * Browsers say where a request comes from ({@code Sec-Fetch-Site}); most forms carry Faces' view
 * state, a token another site cannot know, but the pages opened most and the sign-in form keep no
 * view state ({@link StatelessViews}), and this stops a cross-site post to them, sign-in included
 * (where the session cookie's SameSite does not help: the visitor has no session yet). A client
 * that does not say is no browser that another site's page could use.
 *
 * <p>An error page opened directly answers with its own status too, not 200: the page someone is
 * sent to after an expired form (400), or a bookmarked "not found" page.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class RequestLimitsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final List<String> PAGE_METHODS = List.of("GET", "HEAD", "POST");

    static final Map<String, Integer> ERROR_PAGES = Map.of("/error/not-found.xhtml", 404, "/error/forbidden.xhtml", 403,
            "/error/server-error.xhtml", 500, "/error/expired.xhtml", 400, "/error/request.xhtml", 400, "/error/too-many-requests.xhtml", 429);

    @Inject
    @ConfigProperty(name = "portal.http.max-request-bytes")
    long maxRequestBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getContentLengthLong() > maxRequestBytes) {
            answerUnread(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
            // A body without a length cannot be measured before it is read; browsers always send one.
            answerUnread(request, response, HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        if (fromAnotherSite(request.getMethod(), request.getHeader("Sec-Fetch-Site"))) {
            answerUnread(request, response, HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!path.startsWith("/api/") && !PAGE_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", PAGE_METHODS));
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Integer errorStatus = ERROR_PAGES.get(path);
        if (errorStatus != null) {
            response.setStatus(errorStatus);
        }
        chain.doFilter(request, response);
    }

    /** Whether a request that changes something was sent by a page of another origin, as its browser says. */
    static boolean fromAnotherSite(String method, String fetchSite) {
        boolean reads = "GET".equals(method) || "HEAD".equals(method);
        return !reads && fetchSite != null && !"same-origin".equals(fetchSite) && !"none".equals(fetchSite);
    }

    /**
     * Shows the error page without reading the body: the container's own error dispatch would
     * render it for the same POST, and Faces would read the body to look for a form's state.
     */
    private static void answerUnread(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException, ServletException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // The JSON API's error answers are JSON (ApiErrors), this one too.
            response.setContentType("application/json");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("{\"message\":\"" + switch (status) {
                case HttpServletResponse.SC_LENGTH_REQUIRED -> "Length Required";
                case HttpServletResponse.SC_FORBIDDEN -> "Forbidden";
                default -> "Request Entity Too Large";
            } + "\",\"status\":" + status + "}");
            return;
        }
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.getRequestDispatcher("/error/request.xhtml").forward(new BodilessGet(request), response);
    }

    /** The request as a plain GET with no parameters, for showing an error page about its body. */
    private static final class BodilessGet extends HttpServletRequestWrapper {

        BodilessGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
