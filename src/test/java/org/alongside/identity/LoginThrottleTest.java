package org.alongside.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle =
            new LoginThrottle(clock, 3, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));

    @Test
    void letsTheFirstFailuresThroughWithoutWaiting() {
        throttle.recordFailure("sam@example.org");
        throttle.recordFailure("sam@example.org");

        assertThat(throttle.remainingWait("sam@example.org")).isZero();
    }

    @Test
    void makesTheKeyWaitOnceTheFreeAttemptsAreUsed() {
        failTimes("sam@example.org", 3);

        assertThat(throttle.remainingWait("sam@example.org")).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.remainingWait("sam@example.org")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.remainingWait("sam@example.org")).isZero();
    }

    @Test
    void doublesTheWaitWithEachFurtherFailureUpToTheCeiling() {
        failTimes("sam@example.org", 4);
        assertThat(throttle.remainingWait("sam@example.org")).isEqualTo(Duration.ofSeconds(60));

        failTimes("sam@example.org", 1);
        assertThat(throttle.remainingWait("sam@example.org")).isEqualTo(Duration.ofSeconds(120));

        failTimes("sam@example.org", 30);
        assertThat(throttle.remainingWait("sam@example.org")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void keepsKeysApart() {
        failTimes("sam@example.org", 5);

        assertThat(throttle.remainingWait("alex@example.org")).isZero();
    }

    @Test
    void aSuccessClearsTheKey() {
        failTimes("sam@example.org", 5);
        throttle.recordSuccess("sam@example.org");

        assertThat(throttle.remainingWait("sam@example.org")).isZero();
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        failTimes("sam@example.org", 5);
        clock.advance(Duration.ofHours(2));

        assertThat(throttle.remainingWait("sam@example.org")).isZero();
        throttle.recordFailure("sam@example.org");
        assertThat(throttle.remainingWait("sam@example.org")).isZero();
    }

    @Test
    void evictsForgottenKeysSoMemoryStaysBounded() {
        failTimes("a", 1);
        failTimes("b", 1);
        clock.advance(Duration.ofHours(2));
        failTimes("c", 1);

        throttle.evictExpired();

        assertThat(throttle.trackedKeys()).isEqualTo(1);
    }

    private void failTimes(String key, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(key);
        }
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
