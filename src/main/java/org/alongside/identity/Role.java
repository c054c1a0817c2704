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

    /** Roles an administrator can give to a staff account; trainees only join by invitation. */
    public static Role[] staffRoles() {
        return new Role[] {TRAINER, COORDINATOR, ADMIN};
    }
}
