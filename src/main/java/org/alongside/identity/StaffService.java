package org.alongside.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.alongside.platform.AuditTrail;

/** Administrators create trainer, coordinator and administrator accounts. */
@ApplicationScoped
@Transactional
public class StaffService {

    @Inject
    AccountService accounts;

    @Inject
    PasswordResetService resets;

    @Inject
    AuditTrail audit;

    /**
     * An administrator creates a staff account; its first password is set through the welcome link.
     *
     * @throws IdentityException {@code staff.notAdministrator} unless the one asking is an active administrator
     */
    public Account createStaff(long administratorId, String email, String displayName, Set<Role> roles, Locale locale) {
        Account administrator = accounts.find(administratorId).orElse(null);
        if (administrator == null || !administrator.isActive() || !administrator.hasRole(Role.ADMIN)) {
            throw new IdentityException("staff.notAdministrator");
        }
        if (roles.isEmpty() || roles.contains(Role.TRAINEE)) {
            throw new IdentityException("staff.rolesInvalid");
        }
        Account account = accounts.createWithoutPassword(email, displayName, roles);
        resets.sendWelcome(account, locale);
        audit.record(administratorId, account.getId(), "staff.created", "Staff account created with the roles "
                + roles.stream().map(Role::name).sorted().collect(Collectors.joining(", ")) + "; welcome link sent");
        return account;
    }
}
