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

    private String currentPassword;
    private String password;
    private String confirmation;

    public String save() {
        if (!Page.confirmationMatches("change:confirmation", password, confirmation)) {
            return null;
        }
        try {
            accounts.changePassword(current.require().getId(), currentPassword, password);
            Page.info("password.changed");
        } catch (IdentityException e) {
            Page.error(e.messageKey());
        }
        return null;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
