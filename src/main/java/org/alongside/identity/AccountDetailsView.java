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

    /*
     * Both answer a success with a redirect: this request's CurrentAccount was read before the
     * change, so the header's name and the page's pending address would otherwise show the old values.
     */
    private static final String ACCOUNT_PAGE = "/account/password.xhtml?faces-redirect=true";

    @Inject
    AccountDetailsService details;

    @Inject
    CurrentAccount current;

    private String displayName;
    private String newEmail;
    private String currentPassword;

    public String rename() {
        details.rename(current.id(), displayName);
        Page.infoAfterRedirect("account.name.changed");
        return ACCOUNT_PAGE;
    }

    public String changeEmail() {
        details.requestEmailChange(current.id(), currentPassword, newEmail, Page.locale());
        Page.infoAfterRedirect("account.email.linkSent", Account.normaliseEmail(newEmail));
        return ACCOUNT_PAGE;
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
