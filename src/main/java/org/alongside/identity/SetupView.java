package org.alongside.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.alongside.web.Page;

/** Creates the first administrator with the one-time link from the server log. */
@Named
@ViewScoped
public class SetupView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AdministratorSetup setup;

    private String token;
    private String displayName;
    private String email;
    private String password;
    private String confirmation;

    public boolean isOpen() {
        return setup.isSetupOpen(token);
    }

    public String create() {
        if (!Page.confirmationMatches("setup:confirmation", password, confirmation)) {
            return null;
        }
        try {
            Account admin = setup.createFirstAdministrator(token, email, displayName, password);
            Page.infoAfterRedirect("setup.done");
            return Page.signInAs(admin.getEmail());
        } catch (IdentityException e) {
            Page.error(e.messageKey());
            return null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
