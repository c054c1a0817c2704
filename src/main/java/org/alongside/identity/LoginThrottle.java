package org.alongside.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Each key (an account's e-mail address, or a client address) gets a
 * few free attempts; after that it must wait, and the wait doubles with each further failure up to
 * a ceiling. A success forgets the key. Attempts older than the window are forgotten.
 *
 * <p>An attempt is counted <em>before</em> the password is checked, in one atomic step with the
 * decision whether it may go ahead: however many tries arrive at once, no more than the free ones
 * are checked before the wait starts. A try that turns out not to be a guess (the right password,
 * a database that could not be reached) is {@linkplain #refund refunded}.
 */
public final class LoginThrottle {

    private record Attempts(int count, Instant last) {
    }

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
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

    /**
     * Counts an attempt for the key if it may try now. Returns zero when it may (the attempt is
     * then counted as a failure until {@link #succeeded} or {@link #refund}), or how long it must
     * still wait (nothing is counted).
     */
    public Duration tryAttempt(String key) {
        Instant now = clock.instant();
        Duration[] wait = {Duration.ZERO};
        attempts.compute(key, (k, old) -> {
            Attempts current = old == null || isExpired(old, now) ? null : old;
            Duration remaining = waitAfter(current, now);
            if (!remaining.isZero()) {
                wait[0] = remaining;
                return current;
            }
            return new Attempts(current == null ? 1 : current.count() + 1, now);
        });
        return wait[0];
    }

    /** How long the key must still wait before another attempt; zero when it may try now. */
    public Duration remainingWait(String key) {
        Attempts recorded = attempts.get(key);
        Instant now = clock.instant();
        return waitAfter(recorded == null || isExpired(recorded, now) ? null : recorded, now);
    }

    /** The attempt was the right password: the key starts afresh. */
    public void succeeded(String key) {
        attempts.remove(key);
    }

    /** The attempt was not a guess after all: it no longer counts. */
    public void refund(String key) {
        attempts.computeIfPresent(key, (k, current) -> current.count() <= 1 ? null : new Attempts(current.count() - 1, current.last()));
    }

    /** Drops forgotten keys so the map cannot grow without bound under a spray of addresses. */
    public void evictExpired() {
        Instant now = clock.instant();
        attempts.values().removeIf(a -> isExpired(a, now));
    }

    int trackedKeys() {
        return attempts.size();
    }

    private Duration waitAfter(Attempts current, Instant now) {
        if (current == null || current.count() < freeAttempts) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(now, current.last().plus(delayAfter(current.count())));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private boolean isExpired(Attempts recorded, Instant now) {
        return recorded.last().plus(window).isBefore(now);
    }

    private Duration delayAfter(int count) {
        int doublings = Math.min(count - freeAttempts, 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maximumDelay) > 0 ? maximumDelay : delay;
    }
}
