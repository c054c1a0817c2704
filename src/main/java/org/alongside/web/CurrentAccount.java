package org.alongside.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.alongside.identity.Account;
import org.alongside.identity.AccountService;
import org.alongside.identity.TraineeMenu;

/** The signed-in person, for the layout and for beans that act on their behalf. */
@Named
@RequestScoped
public class CurrentAccount {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    private Optional<Account> account;

    public Optional<Account> get() {
        if (account == null) {
            Principal caller = securityContext.getCallerPrincipal();
            account = caller == null ? Optional.empty() : accounts.findByEmail(caller.getName());
        }
        return account;
    }

    /** The account of a page that only signed-in people can reach (web.xml guarantees there is one). */
    public Account require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in account on a protected page"));
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    public String getDisplayName() {
        return get().map(Account::getDisplayName).orElse("");
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    /** Which of the trainee's later menu links apply, as the sign-in mechanism read them for this request. */
    public TraineeMenu getTraineeMenu() {
        return TraineeMenu.of(request);
    }

    public String getHomePath() {
        return get().map(a -> a.primaryRole().homePath()).orElse("/index.xhtml");
    }
}
