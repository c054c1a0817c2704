package org.alongside.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.alongside.web.Page;

/** Signing out ends the session on the server, not just in the browser. */
@Named
@RequestScoped
public class SignOutView {

    public void signOut() throws ServletException {
        HttpServletRequest request = Page.request();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Page.redirect("/sign-in.xhtml?signedOut=true");
    }
}
