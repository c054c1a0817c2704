package org.alongside.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Each key (an account's e-mail address, or a client address) gets a
 * few free failures; after that it must wait, and the wait doubles with each further failure up to
 * a ceiling. A success clears the key. Failures older than the window are forgotten.
 */
public final class LoginThrottle {

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int freeAttempts;
    private final Duration firstDelay;
    private final Duration maximumDelay;
    private final Duration window;

    public LoginThrottle(Clock clock, int freeAttempts, Duration firstDelay, Duration maximumDelay, Duration window) {
        this.clock = clock;
        this.freeAttempts = freeAttempts;
        this.firstDelay = firstDelay;
        this.maximumDelay = maximumDelay;
        this.window = window;
    }

    /** How long the key must still wait before another attempt; zero when it may try now. */
    public Duration remainingWait(String key) {
        Failures recorded = current(key);
        if (recorded == null || recorded.count() < freeAttempts) {
            return Duration.ZERO;
        }
        Instant allowedAt = recorded.last().plus(delayAfter(recorded.count()));
        Duration wait = Duration.between(clock.instant(), allowedAt);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    public void recordFailure(String key) {
        Instant now = clock.instant();
        failures.compute(key, (k, old) -> {
            int count = old == null || isExpired(old, now) ? 0 : old.count();
            return new Failures(count + 1, now);
        });
    }

    public void recordSuccess(String key) {
        failures.remove(key);
    }

    /** Drops forgotten keys so the map cannot grow without bound under a spray of addresses. */
    public void evictExpired() {
        Instant now = clock.instant();
        failures.values().removeIf(f -> isExpired(f, now));
    }

    int trackedKeys() {
        return failures.size();
    }

    private Failures current(String key) {
        Failures recorded = failures.get(key);
        return recorded == null || isExpired(recorded, clock.instant()) ? null : recorded;
    }

    private boolean isExpired(Failures recorded, Instant now) {
        return recorded.last().plus(window).isBefore(now);
    }

    private Duration delayAfter(int count) {
        int doublings = Math.min(count - freeAttempts, 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maximumDelay) > 0 ? maximumDelay : delay;
    }
}
