package org.alongside.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in for this request, as the sign-in mechanism checked it: the account, its name
 * and the trainee menu links read from the database with the session check, and the roles the
 * session was signed in with (a change of roles ends the session). Handed to the pages through
 * the request, so the layout and the beans know the caller without loading the account.
 */
public record Caller(long accountId, String displayName, Set<Role> roles, TraineeMenu menu) {

    private static final String REQUEST_ATTRIBUTE = "alongside.caller";

    public Caller {
        roles = Set.copyOf(roles);
    }

    void putOn(HttpServletRequest request) {
        request.setAttribute(REQUEST_ATTRIBUTE, this);
    }

    /** The caller the sign-in mechanism checked for this request; empty for a visitor who is not signed in. */
    public static Optional<Caller> of(HttpServletRequest request) {
        return request.getAttribute(REQUEST_ATTRIBUTE) instanceof Caller caller ? Optional.of(caller) : Optional.empty();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Where the caller's home page is: that of their most senior role. */
    public String homePath() {
        return Role.mostSenior(roles).homePath();
    }
}
