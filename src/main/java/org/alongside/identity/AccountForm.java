package org.alongside.identity;

import java.io.Serializable;
import org.alongside.web.Page;

/**
 * What people type when they create an account or choose a password: the forms for joining,
 * setting up the first administrator, resetting and changing a password all bind to one of these.
 */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String displayName;
    private String email;
    private String password;
    private String confirmation;

    /** Checks the new password against its confirmation; on a mismatch marks the form's confirmation field. */
    public boolean confirmed(String formId) {
        return Page.confirmationMatches(formId + ":confirmation", password, confirmation);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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
