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
    AdministratorSetup setup;

    private final AccountForm form = new AccountForm();
    private String token;

    public boolean isOpen() {
        return setup.isSetupOpen(token);
    }

    public String create() {
        if (!form.confirmed("setup")) {
            return null;
        }
        Account admin = setup.createFirstAdministrator(token, form.getEmail(), form.getDisplayName(), form.getPassword());
        Page.infoAfterRedirect("setup.done");
        return Page.signInAs(admin.getEmail());
    }

    public AccountForm getForm() {
        return form;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
