package org.alongside.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.alongside.platform.InMemoryStore;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryStore store = new InMemoryStore();
    private final LoginThrottle throttle = onInstance(store);

    @Test
    void letsTheFreeAttemptsThroughWithoutWaiting() {
        assertThat(throttle.tryAttempt("sam@example.org")).isZero();
        assertThat(throttle.tryAttempt("sam@example.org")).isZero();

        assertThat(throttle.remainingWait("sam@example.org")).isZero();
    }

    @Test
    void makesTheKeyWaitOnceTheFreeAttemptsAreUsed() {
        failTimes("sam@example.org", 3);

        assertThat(throttle.tryAttempt("sam@example.org")).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.remainingWait("sam@example.org")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.tryAttempt("sam@example.org")).isZero();
    }

    @Test
    void aRefusedAttemptCountsNothing() {
        failTimes("sam@example.org", 3);
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.tryAttempt("sam@example.org")).isPositive();
        }
        clock.advance(Duration.ofSeconds(30));

        assertThat(throttle.tryAttempt("sam@example.org")).as("the wait did not grow while refused").isZero();
    }

    @Test
    void doublesTheWaitWithEachFurtherFailureUpToTheCeiling() {
        failTimes("sam@example.org", 3);
        clock.advance(Duration.ofSeconds(30));
        failTimes("sam@example.org", 1);
        assertThat(throttle.remainingWait("sam@example.org")).isEqualTo(Duration.ofSeconds(60));

        clock.advance(Duration.ofSeconds(60));
        failTimes("sam@example.org", 1);
        assertThat(throttle.remainingWait("sam@example.org")).isEqualTo(Duration.ofSeconds(120));

        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofMinutes(15));
            failTimes("sam@example.org", 1);
        }
        assertThat(throttle.remainingWait("sam@example.org")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theRightPasswordStillWorksForTheOwnerAfterTheWait() {
        failTimes("sam@example.org", 3);
        assertThat(throttle.tryAttempt("sam@example.org")).isPositive();
        clock.advance(Duration.ofSeconds(30));

        assertThat(throttle.tryAttempt("sam@example.org")).isZero();
        throttle.succeeded("sam@example.org");

        assertThat(throttle.remainingWait("sam@example.org")).isZero();
        assertThat(store.size()).isZero();
    }

    @Test
    void aRefundGivesBackOneAttempt() {
        failTimes("sam@example.org", 3);
        throttle.refund("sam@example.org");

        assertThat(throttle.tryAttempt("sam@example.org")).isZero();
        assertThat(throttle.tryAttempt("sam@example.org")).isPositive();
    }

    @Test
    void keepsKeysApart() {
        failTimes("sam@example.org", 3);

        assertThat(throttle.remainingWait("alex@example.org")).isZero();
    }

    @Test
    void forgetsAttemptsOlderThanTheWindow() {
        failTimes("sam@example.org", 3);
        clock.advance(Duration.ofHours(2));

        assertThat(throttle.remainingWait("sam@example.org")).isZero();
        assertThat(throttle.tryAttempt("sam@example.org")).isZero();
        assertThat(throttle.remainingWait("sam@example.org")).isZero();
    }

    @Test
    void triesOnTwoInstancesCountTogether() {
        LoginThrottle otherInstance = onInstance(store);
        throttle.tryAttempt("sam@example.org");
        otherInstance.tryAttempt("sam@example.org");
        throttle.tryAttempt("sam@example.org");

        assertThat(otherInstance.tryAttempt("sam@example.org")).isEqualTo(Duration.ofSeconds(30));
        otherInstance.refund("sam@example.org");
        assertThat(throttle.remainingWait("sam@example.org")).as("the refund is seen everywhere").isZero();
    }

    private LoginThrottle onInstance(InMemoryStore shared) {
        return new LoginThrottle(shared, clock, 3, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));
    }

    @RepeatedTest(20)
    void parallelTriesGetNoMoreThanTheFreeAttempts() throws Exception {
        int tries = 64;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Duration>> answers = new ArrayList<>();
            for (int i = 0; i < tries; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return throttle.tryAttempt("sam@example.org");
                }));
            }
            start.countDown();
            long allowed = 0;
            for (Future<Duration> answer : answers) {
                if (answer.get(10, TimeUnit.SECONDS).isZero()) {
                    allowed++;
                }
            }
            assertThat(allowed).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    private void failTimes(String key, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.tryAttempt(key)).as("attempt %d of %s may go ahead", i + 1, key).isZero();
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
