package org.alongside.privacy;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.alongside.identity.Account;
import org.alongside.web.CurrentAccount;

/**
 * "Download my data" as one JSON file (format in docs/my-data-export.md). Under /account/, so
 * web.xml lets only signed-in people in; the file is always the caller's own.
 */
@WebServlet("/account/my-data.json")
public class MyDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonalDataExport export;

    @Inject
    CurrentAccount currentAccount;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Account> caller = currentAccount.get();
        if (caller.isEmpty() || !caller.get().isActive()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] json = export.json(caller.get().getId()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"alongside-my-data.json\"");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
