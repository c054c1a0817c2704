package org.alongside.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sign-in whose password was right, waiting for its second-factor code. It is kept in the
 * session, but nothing is signed in until the code page accepts a code; too many wrong codes, or
 * waiting too long, drop it and the person starts again with their password.
 */
public final class PendingSignIn implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String caller;
    private final Set<String> roles;
    private final long accountId;
    /** The account's session epoch at the password: a change to the account meanwhile voids this sign-in. */
    private final long sessionEpoch;
    private final Instant startedAt;
    private final AtomicInteger wrongCodes = new AtomicInteger();

    PendingSignIn(String caller, Set<String> roles, long accountId, long sessionEpoch, Instant startedAt) {
        this.caller = caller;
        this.roles = Set.copyOf(roles);
        this.accountId = accountId;
        this.sessionEpoch = sessionEpoch;
        this.startedAt = startedAt;
    }

    /** Counts a wrong code; true when that was the last one allowed. */
    boolean wrongCode() {
        return wrongCodes.incrementAndGet() >= SecondFactorRule.WRONG_CODES_ALLOWED;
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(startedAt.plus(SecondFactorRule.CODE_PAGE_LIFETIME));
    }

    String caller() {
        return caller;
    }

    Set<String> roles() {
        return roles;
    }

    long accountId() {
        return accountId;
    }

    long sessionEpoch() {
        return sessionEpoch;
    }
}
