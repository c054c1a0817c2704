package org.alongside.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.alongside.platform.InMemoryStore;
import org.junit.jupiter.api.Test;

class RequestRateLimitTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void allowsTheLimitPerWindowPerKeyThenAgainInTheNextWindow() {
        MutableClock clock = new MutableClock(START);
        RequestRateLimit limit = new RequestRateLimit(new InMemoryStore(), clock, 3, Duration.ofMinutes(1));

        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isFalse();
        assertThat(limit.tryAcquire("b")).isTrue();
        assertThat(limit.secondsUntilReset("a")).isBetween(1L, 61L);

        clock.now = START.plusSeconds(60);
        assertThat(limit.tryAcquire("a")).isTrue();
    }

    @Test
    void requestsToTwoInstancesCountTogether() {
        MutableClock clock = new MutableClock(START);
        InMemoryStore shared = new InMemoryStore();
        RequestRateLimit here = new RequestRateLimit(shared, clock, 2, Duration.ofMinutes(1));
        RequestRateLimit there = new RequestRateLimit(shared, clock, 2, Duration.ofMinutes(1));

        assertThat(here.tryAcquire("a")).isTrue();
        assertThat(there.tryAcquire("a")).isTrue();
        assertThat(here.tryAcquire("a")).isFalse();
        assertThat(there.secondsUntilReset("a")).isBetween(1L, 61L);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
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
