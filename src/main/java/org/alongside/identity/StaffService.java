package org.alongside.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Set;

/** Administrators create trainer, coordinator and administrator accounts. */
@ApplicationScoped
@Transactional
public class StaffService {

    @Inject
    AccountService accounts;

    @Inject
    PasswordResetService resets;

    public Account createStaff(String email, String displayName, Set<Role> roles, Locale locale) {
        if (roles.isEmpty() || roles.contains(Role.TRAINEE)) {
            throw new IdentityException("staff.rolesInvalid");
        }
        Account account = accounts.createWithoutPassword(email, displayName, roles);
        resets.sendWelcome(account, locale);
        return account;
    }
}
