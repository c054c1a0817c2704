package org.alongside.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Behind a trusted proxy, the rest of the portal sees the client as the proxy saw it: the
 * client's address (so per-address limits count each visitor, not the balancer) and whether they
 * used HTTPS (so pages get HSTS). Everything downstream just calls {@code getRemoteAddr()} and
 * {@code isSecure()}. Mapped first in web.xml, for every dispatch, as the security headers are.
 */
public class ForwardedRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "portal.proxy.trusted-addresses", defaultValue = " ")
    String trustedSetting;

    private TrustedProxies trusted;

    @Override
    public void init() {
        // Parsed once; a wrong entry stops the deployment with a message naming it.
        trusted = TrustedProxies.parse(trustedSetting);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (trusted.isEmpty() || request instanceof Forwarded || !trusted.trusts(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String client = trusted.clientAddress(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
        boolean secure = trusted.secure(request.getRemoteAddr(), request.isSecure(), request.getHeader("X-Forwarded-Proto"));
        chain.doFilter(new Forwarded(request, client, secure), response);
    }

    /** The request as the client sent it to the proxy. */
    static final class Forwarded extends HttpServletRequestWrapper {

        private final String client;
        private final boolean secure;

        Forwarded(HttpServletRequest request, String client, boolean secure) {
            super(request);
            this.client = client;
            this.secure = secure;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public boolean isSecure() {
            return secure || super.isSecure();
        }

        @Override
        public String getScheme() {
            return secure ? "https" : super.getScheme();
        }
    }
}
