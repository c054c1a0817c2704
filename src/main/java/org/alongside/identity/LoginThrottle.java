package org.alongside.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.alongside.platform.SharedStore;

/**
 * Slows down password guessing. Each key (an account's e-mail address, or a client address) gets a
 * few free attempts; after that it must wait, and the wait doubles with each further failure up to
 * a ceiling. A success forgets the key. Attempts older than the window are forgotten.
 *
 * <p>An attempt is counted <em>before</em> the password is checked, in one atomic step with the
 * decision whether it may go ahead: however many tries arrive at once, no more than the free ones
 * are checked before the wait starts. A try that turns out not to be a guess (the right password,
 * a database that could not be reached) is {@linkplain #refund refunded}.
 *
 * <p>The counts live in a {@link SharedStore}, so every instance counts the same tries: each change
 * is a compare-and-set of the key's value, tried again when another instance changed it first.
 * Keys older than the window are forgotten by the store itself.
 */
public final class LoginThrottle {

    /** One key's tries: how many, and when the last one was counted. Stored as "count last-instant". */
    private record Attempts(int count, Instant last) {

        String text() {
            return count + " " + last;
        }

        static Attempts of(String text) {
            if (text == null) {
                return null;
            }
            int space = text.indexOf(' ');
            return new Attempts(Integer.parseInt(text.substring(0, space)), Instant.parse(text.substring(space + 1)));
        }
    }

    private final SharedStore attempts;
    private final Clock clock;
    private final int freeAttempts;
    private final Duration firstDelay;
    private final Duration maximumDelay;
    private final Duration window;

    public LoginThrottle(SharedStore attempts, Clock clock, int freeAttempts, Duration firstDelay, Duration maximumDelay, Duration window) {
        this.attempts = attempts;
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
        while (true) {
            Instant now = clock.instant();
            String stored = attempts.get(key);
            Attempts recorded = Attempts.of(stored);
            Attempts current = recorded == null || isExpired(recorded, now) ? null : recorded;
            Duration remaining = waitAfter(current, now);
            if (!remaining.isZero()) {
                return remaining;
            }
            String counted = new Attempts(current == null ? 1 : current.count() + 1, now).text();
            if (stored == null ? attempts.putIfAbsent(key, counted) : attempts.replace(key, stored, counted)) {
                return Duration.ZERO;
            }
        }
    }

    /** How long the key must still wait before another attempt; zero when it may try now. */
    public Duration remainingWait(String key) {
        Attempts recorded = Attempts.of(attempts.get(key));
        Instant now = clock.instant();
        return waitAfter(recorded == null || isExpired(recorded, now) ? null : recorded, now);
    }

    /** The attempt was the right password: the key starts afresh. */
    public void succeeded(String key) {
        attempts.remove(key);
    }

    /** The attempt was not a guess after all: it no longer counts. */
    public void refund(String key) {
        while (true) {
            String stored = attempts.get(key);
            Attempts current = Attempts.of(stored);
            if (current == null) {
                return;
            }
            boolean done = current.count() <= 1
                    ? attempts.remove(key, stored)
                    : attempts.replace(key, stored, new Attempts(current.count() - 1, current.last()).text());
            if (done) {
                return;
            }
        }
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
