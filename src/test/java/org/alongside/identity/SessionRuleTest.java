package org.alongside.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.alongside.identity.SessionRule.AccountState;
import org.alongside.identity.SessionRule.Verdict;
import org.junit.jupiter.api.Test;

class SessionRuleTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-01T08:00:00Z");
    private static final Duration TWELVE_HOURS = Duration.ofHours(12);

    @Test
    void aSessionWithTheAccountsEpochCarriesOn() {
        assertThat(check(3, Optional.of(new AccountState(true, 3, "Sam", TraineeMenu.NONE)), SIGNED_IN.plusSeconds(60))).isEqualTo(Verdict.CARRY_ON);
    }

    @Test
    void aChangedEpochEndsTheSession() {
        assertThat(check(3, Optional.of(new AccountState(true, 4, "Sam", TraineeMenu.NONE)), SIGNED_IN.plusSeconds(60))).isEqualTo(Verdict.SIGNED_OUT_ELSEWHERE);
        assertThat(Verdict.SIGNED_OUT_ELSEWHERE.endsSession()).isTrue();
    }

    @Test
    void aSwitchedOffOrErasedAccountEndsTheSessionWhateverTheEpoch() {
        assertThat(check(3, Optional.of(new AccountState(false, 3, "Sam", TraineeMenu.NONE)), SIGNED_IN)).isEqualTo(Verdict.SWITCHED_OFF);
        assertThat(check(3, Optional.empty(), SIGNED_IN)).isEqualTo(Verdict.ACCOUNT_GONE);
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeHoweverBusy() {
        Optional<AccountState> current = Optional.of(new AccountState(true, 0, "Sam", TraineeMenu.NONE));
        assertThat(check(0, current, SIGNED_IN.plus(TWELVE_HOURS).minusSeconds(1))).isEqualTo(Verdict.CARRY_ON);
        assertThat(check(0, current, SIGNED_IN.plus(TWELVE_HOURS))).isEqualTo(Verdict.TOO_OLD);
        assertThat(check(0, current, SIGNED_IN.plus(Duration.ofDays(3)))).isEqualTo(Verdict.TOO_OLD);
    }

    private static Verdict check(long sessionEpoch, Optional<AccountState> account, Instant now) {
        return SessionRule.check(sessionEpoch, SIGNED_IN, account, now, TWELVE_HOURS);
    }
}
