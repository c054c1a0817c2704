package org.alongside.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/** On the account page: the person's name, and asking for a new e-mail address. */
@Named
@RequestScoped
public class AccountDetailsView {

    @Inject
    AccountDetailsService details;

    @Inject
    CurrentAccount current;

    private String displayName;
    private String newEmail;
    private String currentPassword;

    public void rename() {
        try {
            details.rename(current.require().getId(), displayName);
            Page.info("account.name.changed");
        } catch (IdentityException e) {
            Page.error(e.messageKey());
        }
    }

    public void changeEmail() {
        try {
            details.requestEmailChange(current.require().getId(), currentPassword, newEmail, Page.locale());
            Page.info("account.email.linkSent", Account.normaliseEmail(newEmail));
        } catch (IdentityException e) {
            Page.error(e.messageKey());
        }
    }

    /** The form starts from the name as it is now. */
    public String getDisplayName() {
        if (displayName == null) {
            displayName = current.getDisplayName();
        }
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
