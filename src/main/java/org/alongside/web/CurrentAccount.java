package org.alongside.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.alongside.identity.Account;
import org.alongside.identity.AccountService;
import org.alongside.identity.Role;
import org.alongside.identity.TraineeMenu;

/**
 * The signed-in person, for the layout and for beans that act on their behalf.
 *
 * <p>The caller is read from the servlet request and the roles from the account (the groups it was
 * signed in with are exactly its roles, and a change of roles ends its sessions). Asking JACC instead
 * ({@code SecurityContext}, {@code isUserInRole}) throws a NullPointerException on Payara Micro 7 while
 * an error page is rendered (no policy context is set for the error dispatch), so every 404 or 403
 * page failed in turn. Access itself is still decided by web.xml and the services.
 */
@Named
@RequestScoped
public class CurrentAccount {

    @Inject
    HttpServletRequest request;

    @Inject
    AccountService accounts;

    private Optional<Account> account;

    public Optional<Account> get() {
        if (account == null) {
            Principal caller = request.getUserPrincipal();
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
        return get().map(account -> account.hasRole(Role.valueOf(role))).orElse(false);
    }

    /** Which of the trainee's later menu links apply, as the sign-in mechanism read them for this request. */
    public TraineeMenu getTraineeMenu() {
        return TraineeMenu.of(request);
    }

    public String getHomePath() {
        return get().map(a -> a.primaryRole().homePath()).orElse("/index.xhtml");
    }
}
