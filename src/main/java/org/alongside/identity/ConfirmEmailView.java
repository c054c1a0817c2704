package org.alongside.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import org.alongside.platform.ActionRefused;
import org.alongside.web.Page;

/** Opening the link sent to a new e-mail address, then confirming it with a button (a mail scanner's visit changes nothing). */
@Named
@ViewScoped
public class ConfirmEmailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountDetailsService details;

    private String token;
    /** Read again when missing, as after the view is restored on another instance (Optional is not serialisable). */
    private transient Optional<String> pending;

    public String confirm() throws ServletException {
        try {
            String email = details.confirmEmailChange(token, Page.locale());
            // Every session of the account has just ended; end this browser's one now, so the note survives the redirect.
            HttpServletRequest request = Page.request();
            if (request.getUserPrincipal() != null) {
                request.logout();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
            Page.infoAfterRedirect("account.email.changed", email);
            return Page.signInAs(email);
        } catch (ActionRefused refusal) {
            // The page shown with the refusal asks again whether the link can still be used.
            pending = null;
            throw refusal;
        }
    }

    /** The new address, while the link can still be used. */
    public String getPendingAddress() {
        if (pending == null) {
            pending = details.pendingAddress(token);
        }
        return pending.orElse(null);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
