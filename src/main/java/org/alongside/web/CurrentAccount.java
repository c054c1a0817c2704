package org.alongside.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.alongside.identity.Account;
import org.alongside.identity.AccountService;
import org.alongside.identity.Caller;
import org.alongside.identity.Role;
import org.alongside.identity.TraineeMenu;

/**
 * The signed-in person, for the layout and for beans that act on their behalf. Who it is, their
 * name, roles and menu come from the {@link Caller} the sign-in mechanism checked for this request,
 * so a page that only needs those loads nothing; the account itself is loaded when a page asks for
 * it.
 */
@Named
@RequestScoped
public class CurrentAccount {

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    private Optional<Account> account;

    private Optional<Caller> caller() {
        return Caller.of(request);
    }

    public Optional<Account> get() {
        if (account == null) {
            account = caller().flatMap(caller -> accounts.find(caller.accountId()));
        }
        return account;
    }

    /** The account of a page that only signed-in people can reach (web.xml guarantees there is one). */
    public Account require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in account on a protected page"));
    }

    /** The signed-in person's account id, without loading the account. */
    public long id() {
        return caller().orElseThrow(() -> new IllegalStateException("No signed-in account on a protected page")).accountId();
    }

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    public String getDisplayName() {
        return caller().map(Caller::displayName).orElse("");
    }

    public boolean hasRole(String role) {
        return has(Role.valueOf(role));
    }

    private boolean has(Role role) {
        return caller().filter(caller -> caller.hasRole(role)).isPresent();
    }

    // The roles as properties for the pages: the layout asks on every request, and a property is
    // found from a cache where a method call in an expression searches the class each time.

    public boolean isTrainee() {
        return has(Role.TRAINEE);
    }

    public boolean isTrainer() {
        return has(Role.TRAINER);
    }

    public boolean isCoordinator() {
        return has(Role.COORDINATOR);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Which of the trainee's later menu links apply, as the sign-in mechanism read them for this request. */
    public TraineeMenu getTraineeMenu() {
        return caller().map(Caller::menu).orElse(TraineeMenu.NONE);
    }

    public String getHomePath() {
        return caller().map(Caller::homePath).orElse("/index.xhtml");
    }
}
