package org.alongside.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a signed-in session may carry on. A session remembers the account's session epoch from
 * when it signed in; switching the account off, changing its roles, its password or its e-mail
 * address, and "sign out everywhere" all move the epoch on, so a session that remembers an older
 * one belongs to a sign-in that no longer holds. A session also ends a fixed time after it signed
 * in, however busy it is, so a stolen or forgotten session cannot be kept alive for ever.
 */
public final class SessionRule {

    /** What the database says about the session's account now, read at each request, with its name and the menu links that apply. */
    public record AccountState(boolean active, long sessionEpoch, String displayName, TraineeMenu menu) {
    }

    public enum Verdict {
        CARRY_ON,
        /** Erased: nothing left to be signed in as. */
        ACCOUNT_GONE,
        SWITCHED_OFF,
        /** Roles, password or address changed, or the person signed out everywhere. */
        SIGNED_OUT_ELSEWHERE,
        /** Older than the absolute lifetime. */
        TOO_OLD;

        public boolean endsSession() {
            return this != CARRY_ON;
        }
    }

    private SessionRule() {
    }

    public static Verdict check(long sessionEpoch, Instant signedInAt, Optional<AccountState> account, Instant now, Duration lifetime) {
        if (account.isEmpty()) {
            return Verdict.ACCOUNT_GONE;
        }
        if (!account.get().active()) {
            return Verdict.SWITCHED_OFF;
        }
        if (account.get().sessionEpoch() != sessionEpoch) {
            return Verdict.SIGNED_OUT_ELSEWHERE;
        }
        if (!now.isBefore(signedInAt.plus(lifetime))) {
            return Verdict.TOO_OLD;
        }
        return Verdict.CARRY_ON;
    }
}
