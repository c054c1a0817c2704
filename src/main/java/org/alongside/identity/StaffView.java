package org.alongside.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * The administrator's list of staff accounts, the form that creates one, each staff member's roles,
 * switching any account (staff or trainee) off or on, and resetting a lost second factor.
 */
@Named
@ViewScoped
public class StaffView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One staff member in the list, with the roles ticked in their row. */
    public static final class StaffRow {
        private final Account account;
        private Role[] roles;

        StaffRow(Account account) {
            this.account = account;
            this.roles = account.getRoles().toArray(new Role[0]);
        }

        public Account getAccount() {
            return account;
        }

        public Role[] getRoles() {
            return roles;
        }

        public void setRoles(Role[] roles) {
            this.roles = roles;
        }
    }

    @Inject
    AccountService accounts;

    @Inject
    StaffService staffService;

    @Inject
    CurrentAccount current;

    private AccountForm form = new AccountForm();
    private Role[] roles = new Role[0];
    private transient List<StaffRow> staff;
    private String lookupEmail;
    private Long foundId;
    private boolean lookedUp;
    private transient Optional<Account> found;

    public List<StaffRow> getStaff() {
        if (staff == null) {
            staff = accounts.staff().stream().map(StaffRow::new).toList();
        }
        return staff;
    }

    public void create() {
        if (roles == null || roles.length == 0) {
            Page.fieldError("staffForm:roles", "staff.rolesInvalid");
            return;
        }
        Account created = staffService.createStaff(current.id(), form.getEmail(), form.getDisplayName(), EnumSet.copyOf(Arrays.asList(roles)), Page.locale());
        Page.info("staff.created", created.getDisplayName(), created.getEmail());
        form = new AccountForm();
        roles = new Role[0];
        staff = null;
    }

    public void setActive(Account account, boolean active) {
        staffService.setActive(current.id(), account.getId(), active);
        Page.info(active ? "staff.activated" : "staff.deactivated", account.getDisplayName());
        staff = null;
        found = null;
    }

    public void saveRoles(StaffRow row) {
        if (row.getRoles() == null || row.getRoles().length == 0) {
            Page.error("staff.rolesInvalid");
            return;
        }
        staffService.changeRoles(current.id(), row.getAccount().getId(), EnumSet.copyOf(Arrays.asList(row.getRoles())));
        Page.info("staff.rolesChanged", row.getAccount().getDisplayName());
        staff = null;
    }

    /** The person sets up their second factor again at their next sign-in; their sessions end now. */
    public void resetSecondFactor(Account account) {
        staffService.resetSecondFactor(current.id(), account.getId());
        Page.info("staff.secondFactorReset", account.getDisplayName());
        staff = null;
        found = null;
    }

    public boolean hasSecondFactor(Account account) {
        return staffService.hasSecondFactor(current.id(), account.getId());
    }

    /** Finds any account by its address, so a trainee can be switched off too. */
    public void lookUp() {
        foundId = staffService.findByEmail(current.id(), lookupEmail).map(Account::getId).orElse(null);
        lookedUp = true;
        found = null;
    }

    public Account getFound() {
        if (found == null) {
            found = foundId == null ? Optional.empty() : accounts.find(foundId);
        }
        return found.orElse(null);
    }

    public boolean isLookedUp() {
        return lookedUp;
    }

    public Role[] getStaffRoles() {
        return Role.staffRoles();
    }

    public AccountForm getForm() {
        return form;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getLookupEmail() {
        return lookupEmail;
    }

    public void setLookupEmail(String lookupEmail) {
        this.lookupEmail = lookupEmail;
    }
}
