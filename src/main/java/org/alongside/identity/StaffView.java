package org.alongside.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/** The administrator's list of staff accounts and the form that creates one. */
@Named
@ViewScoped
public class StaffView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient StaffService staffService;

    @Inject
    transient CurrentAccount current;

    private AccountForm form = new AccountForm();
    private Role[] roles = new Role[0];
    private transient List<Account> staff;

    public List<Account> getStaff() {
        if (staff == null) {
            staff = accounts.staff();
        }
        return staff;
    }

    public void create() {
        if (roles == null || roles.length == 0) {
            Page.fieldError("staffForm:roles", "staff.rolesInvalid");
            return;
        }
        try {
            Account created = staffService.createStaff(current.require().getId(), form.getEmail(), form.getDisplayName(), EnumSet.copyOf(Arrays.asList(roles)), Page.locale());
            Page.info("staff.created", created.getDisplayName(), created.getEmail());
            form = new AccountForm();
            roles = new Role[0];
            staff = null;
        } catch (IdentityException e) {
            Page.error(e.messageKey());
        }
    }

    public void setActive(Account account, boolean active) {
        if (account.getId().equals(current.require().getId())) {
            Page.error("staff.notYourself");
            return;
        }
        accounts.setActive(account.getId(), active);
        Page.info(active ? "staff.activated" : "staff.deactivated", account.getDisplayName());
        staff = null;
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
}
