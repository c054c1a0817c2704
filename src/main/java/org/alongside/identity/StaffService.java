package org.alongside.identity;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.alongside.platform.AuditTrail;

/**
 * Administrators create trainer, coordinator and administrator accounts, change staff members'
 * roles, and switch any account off or on. Each call checks on the server that an active
 * administrator asks, and every change is audited. They also reset a person's second factor.
 */
@ApplicationScoped
@Transactional
public class StaffService {

    @Inject
    AccountService accounts;

    @Inject
    PasswordResetService resets;

    @Inject
    AuditTrail audit;

    @Inject
    SecondFactorService secondFactors;

    /**
     * An administrator creates a staff account; its first password is set through the welcome link.
     *
     * @throws ActionRefused {@code staff.notAdministrator} unless the one asking is an active administrator
     */
    public Account createStaff(long administratorId, String email, String displayName, Set<Role> roles, Locale locale) {
        requireAdministrator(administratorId);
        if (roles.isEmpty() || roles.contains(Role.TRAINEE)) {
            throw new ActionRefused("staff.rolesInvalid");
        }
        Account account = accounts.createWithoutPassword(email, displayName, roles);
        resets.sendWelcome(account, locale);
        audit.record(administratorId, account.getId(), "staff.created", "Staff account created with the roles "
                + names(roles) + "; welcome link sent");
        return account;
    }

    /** Any account by its address (a trainee as well as staff), for switching it off or on. */
    public Optional<Account> findByEmail(long adminId, String email) {
        requireAdministrator(adminId);
        return accounts.findByEmail(email);
    }

    /** Switching off ends the person's sessions at their next request; nobody switches themselves off. */
    public Account setActive(long adminId, long accountId, boolean active) {
        Account target = other(adminId, accountId, "staff.notYourself");
        if (target.isActive() != active) {
            accounts.setActive(accountId, active);
            audit.record(adminId, accountId, active ? "account.switchedOn" : "account.switchedOff", "");
        }
        return target;
    }

    /**
     * A staff member's new roles (staff roles only: trainees join by invitation). Their sessions
     * end, so the old roles stop working at once. Nobody changes their own roles, so the
     * portal always keeps at least the administrator who asks.
     */
    public Account changeRoles(long adminId, long accountId, Set<Role> roles) {
        if (roles.isEmpty() || roles.contains(Role.TRAINEE)) {
            throw new ActionRefused("staff.rolesInvalid");
        }
        Account target = other(adminId, accountId, "staff.rolesNotYourself");
        if (target.hasRole(Role.TRAINEE)) {
            throw new ActionRefused("staff.notStaff");
        }
        if (!target.getRoles().equals(roles)) {
            String before = names(target.getRoles());
            target.changeRoles(EnumSet.copyOf(roles));
            audit.record(adminId, accountId, "account.rolesChanged", before + " -> " + names(roles));
        }
        return target;
    }

    /**
     * For a lost device: the person's second factor and recovery codes go (the administrator
     * never sees them) and all their sessions end; they set it up again at their next sign-in if
     * their roles require one. Nobody resets their own.
     */
    public Account resetSecondFactor(long adminId, long accountId) {
        Account target = other(adminId, accountId, "staff.secondFactorNotYourself");
        secondFactors.reset(adminId, accountId);
        return target;
    }

    /** Whether the account has a second factor in effect, for the administrator's list (never the factor itself). */
    public boolean hasSecondFactor(long adminId, long accountId) {
        requireAdministrator(adminId);
        return secondFactors.confirmed(accountId).isPresent();
    }

    private Account other(long adminId, long accountId, String yourselfKey) {
        requireAdministrator(adminId);
        if (adminId == accountId) {
            throw new ActionRefused(yourselfKey);
        }
        return accounts.find(accountId).orElseThrow(() -> new ActionRefused("staff.unknownAccount"));
    }

    private void requireAdministrator(long adminId) {
        accounts.find(adminId).filter(a -> a.isActive() && a.hasRole(Role.ADMIN))
                .orElseThrow(() -> new ActionRefused("staff.notAdministrator"));
    }

    private static String names(Set<Role> roles) {
        return EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(", "));
    }
}
