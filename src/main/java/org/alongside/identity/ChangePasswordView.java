package org.alongside.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/** A signed-in person changes their own password. */
@Named
@RequestScoped
public class ChangePasswordView {

    @Inject
    AccountService accounts;

    @Inject
    CurrentAccount current;

    private final AccountForm form = new AccountForm();
    private String currentPassword;

    public String save() {
        if (!form.confirmed("change")) {
            return null;
        }
        long epoch = accounts.changePassword(current.id(), currentPassword, form.getPassword());
        // Other sessions end; this one, which made the change, stays signed in.
        PortalAuthenticationMechanism.keepSignedIn(Page.request(), epoch);
        Page.info("password.changed");
        return null;
    }

    public AccountForm getForm() {
        return form;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
