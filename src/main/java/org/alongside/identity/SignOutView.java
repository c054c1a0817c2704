package org.alongside.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/** Signing out ends the session on the server, not just in the browser. */
@Named
@RequestScoped
public class SignOutView {

    @Inject
    AccountService accounts;

    @Inject
    CurrentAccount current;

    public void signOut() throws ServletException {
        endThisSession();
        Page.redirect("/sign-in.xhtml?signedOut=true");
    }

    /** Ends every session of the person, on every device and instance, this one included. */
    public void signOutEverywhere() throws ServletException {
        accounts.signOutEverywhere(current.id());
        endThisSession();
        Page.redirect("/sign-in.xhtml?everywhere=true");
    }

    private static void endThisSession() throws ServletException {
        HttpServletRequest request = Page.request();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
