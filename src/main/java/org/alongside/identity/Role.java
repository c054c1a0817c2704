package org.alongside.identity;

/**
 * What a person may do in the portal. An account can hold several roles (a coordinator who also
 * trains, say); the home page they land on is that of their most senior role.
 */
public enum Role {
    TRAINEE("/trainee/home.xhtml"),
    TRAINER("/trainer/home.xhtml"),
    COORDINATOR("/coordinator/home.xhtml"),
    ADMIN("/admin/home.xhtml");

    private final String homePath;

    Role(String homePath) {
        this.homePath = homePath;
    }

    public String homePath() {
        return homePath;
    }

    /** The most senior of the roles (the one whose home page a person lands on), or null for none. */
    public static Role mostSenior(Iterable<Role> roles) {
        Role senior = null;
        for (Role role : roles) {
            if (senior == null || role.ordinal() > senior.ordinal()) {
                senior = role;
            }
        }
        return senior;
    }

    /** Roles an administrator can give to a staff account; trainees only join by invitation. */
    public static Role[] staffRoles() {
        return new Role[] {TRAINER, COORDINATOR, ADMIN};
    }
}
