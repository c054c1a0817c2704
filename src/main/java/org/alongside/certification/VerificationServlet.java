package org.alongside.certification;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.alongside.learning.LearningCalendar;
import org.alongside.platform.SecureTokens;
import org.alongside.privacy.ErasureService;
import org.alongside.platform.SharedCaches;
import org.alongside.web.RequestRateLimit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public address printed on every certificate, {@code /verify/<code>}. It looks the code up
 * and shows the verification page; {@code /verify} alone asks for a code. Lookups are limited per
 * client address, and an unknown code and a malformed one get the same plain answer.
 */
@WebServlet(urlPatterns = {"/verify", "/verify/*"})
public class VerificationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String RESULT = "org.alongside.certification.verification";
    static final String THROTTLED = "org.alongside.certification.throttled";
    static final String CODE = "org.alongside.certification.code";
    static final String ERASED = "org.alongside.certification.erased";

    @Inject
    CertificationService certification;

    @Inject
    LearningCalendar calendar;

    @Inject
    ErasureService erasure;

    @Inject
    Clock clock;

    @Inject
    SharedCaches caches;

    @Inject
    @ConfigProperty(name = "portal.verify.lookups-per-minute")
    int lookupsPerMinute;

    private transient RequestRateLimit limit;

    @PostConstruct
    void createLimit() {
        limit = new RequestRateLimit(caches.fromCreation("alongside.verify.per-address", Duration.ofMinutes(1)), clock,
                lookupsPerMinute, Duration.ofMinutes(1));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String typed = request.getParameter("code");
        if (typed != null) {
            // The form on /verify sends ?code=…; the address people keep and share is /verify/<code>.
            String code = SecureTokens.normaliseHumanCode(typed);
            response.sendRedirect(request.getContextPath() + "/verify" + (code.isEmpty() ? "" : "/" + URLEncoder.encode(code, StandardCharsets.UTF_8)));
            return;
        }
        String path = request.getPathInfo();
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        if (path != null && path.length() > 1) {
            String key = request.getRemoteAddr();
            if (!limit.tryAcquire(key)) {
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(limit.secondsUntilReset(key)));
                request.setAttribute(THROTTLED, Boolean.TRUE);
            } else {
                String code = path.substring(1);
                Optional<PublicCertificate> found = certification.verify(code, calendar.today());
                request.setAttribute(CODE, code.length() > 40 ? code.substring(0, 40) : code);
                request.setAttribute(RESULT, found);
                if (found.isEmpty() && erasure.certificateErased(SecureTokens.normaliseHumanCode(code))) {
                    // The holder's account was erased: say so rather than "not found", which reads as a forgery.
                    request.setAttribute(ERASED, Boolean.TRUE);
                    response.setStatus(HttpServletResponse.SC_GONE);
                } else if (found.isEmpty()) {
                    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                }
            }
        }
        request.getRequestDispatcher("/verify.xhtml").forward(request, response);
    }
}
