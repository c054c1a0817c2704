package org.alongside.privacy;

import java.util.Set;
import org.alongside.identity.Role;

/**
 * Who may carry out an erasure, and what of the erased person stays on other people's records.
 * Plain rules, so unit tests reach them; {@link ErasureService} applies them.
 */
public final class ErasureRules {

    /**
     * Written instead of the erased person's name where a record about someone else keeps the name
     * written at the time (a supervision session they supervised, a role play they observed).
     */
    public static final String ERASED_SUPERVISOR = "A former supervisor";
    public static final String ERASED_OBSERVER = "A former trainer";

    private ErasureRules() {
    }

    /** Staff are everyone with a role besides trainee: their erasure is an administrator's decision. */
    public static boolean isStaff(Set<Role> roles) {
        return roles.stream().anyMatch(role -> role != Role.TRAINEE);
    }

    /**
     * A coordinator reviews and carries out a trainee's erasure, an administrator a member of
     * staff's; nobody erases their own account (someone else must look at it), and a switched-off
     * account decides nothing.
     */
    public static boolean mayCarryOut(Set<Role> actorRoles, boolean actorActive, boolean self, Set<Role> subjectRoles) {
        if (self || !actorActive) {
            return false;
        }
        return isStaff(subjectRoles) ? actorRoles.contains(Role.ADMIN) : actorRoles.contains(Role.COORDINATOR);
    }

    /** Whether a person sees the erasure queue at all (the page's own check, before any one request). */
    public static boolean reviewsErasures(Set<Role> roles) {
        return roles.contains(Role.COORDINATOR) || roles.contains(Role.ADMIN);
    }

    /**
     * The last administrator's erasure would leave nobody able to manage staff (and only the
     * first-administrator setup link, which works on an empty portal, could mend it).
     */
    public static boolean leavesAnAdministrator(Set<Role> subjectRoles, long activeAdministrators) {
        return !subjectRoles.contains(Role.ADMIN) || activeAdministrators > 1;
    }
}
