package org.alongside.certification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alongside.identity.Account;
import org.alongside.identity.Role;
import org.alongside.platform.PortalLinks;
import org.alongside.web.CurrentAccount;

/**
 * {@code /certificates/<id>.pdf}: the certificate as a PDF, for its holder and for coordinators.
 * Anyone else gets the same 404 as for a certificate that does not exist, and so does everyone
 * once it is revoked: a revoked certificate is never printed again.
 */
@WebServlet("/certificates/*")
public class CertificatePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.pdf");

    @Inject
    CertificationService certification;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    PortalLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher matcher = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Account> caller = currentAccount.get();
        Optional<Certificate> certificate = matcher.matches() ? certification.find(Long.parseLong(matcher.group(1))) : Optional.empty();
        if (caller.isEmpty() || certificate.isEmpty() || certificate.get().isRevoked() || !mayRead(caller.get(), certificate.get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = CertificatePdf.render(certificate.get(), links.to("/verify/" + certificate.get().getDisplayCode()));
        response.setContentType("application/pdf");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"alongside-certificate-" + certificate.get().getDisplayCode() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private static boolean mayRead(Account caller, Certificate certificate) {
        return caller.hasRole(Role.COORDINATOR) || caller.getId().equals(certificate.getAccount().getId());
    }
}
