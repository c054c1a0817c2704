package org.alongside.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.alongside.platform.SharedStore;

/**
 * At most {@code limit} requests per key (e.g. a client address) in each fixed window. The counts
 * live in a {@link SharedStore}, so behind a load balancer every instance counts the same
 * requests; each count is a compare-and-set, tried again when another request changed it first,
 * and the store forgets a window once it has ended.
 */
public final class RequestRateLimit {

    /** One key's window: when it started and how many requests it has had. Stored as "count start-instant". */
    private record Window(Instant start, int count) {

        String text() {
            return count + " " + start;
        }

        static Window of(String text) {
            if (text == null) {
                return null;
            }
            int space = text.indexOf(' ');
            return new Window(Instant.parse(text.substring(space + 1)), Integer.parseInt(text.substring(0, space)));
        }
    }

    private final SharedStore windows;
    private final Clock clock;
    private final int limit;
    private final Duration window;

    public RequestRateLimit(SharedStore windows, Clock clock, int limit, Duration window) {
        this.windows = windows;
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /** Counts a request and says whether it may go ahead. */
    public boolean tryAcquire(String key) {
        while (true) {
            Instant now = clock.instant();
            String stored = windows.get(key);
            Window current = Window.of(stored);
            Window counted = current == null || !now.isBefore(current.start().plus(window))
                    ? new Window(now, 1)
                    : new Window(current.start(), current.count() + 1);
            if (stored == null ? windows.putIfAbsent(key, counted.text()) : windows.replace(key, stored, counted.text())) {
                return counted.count() <= limit;
            }
        }
    }

    /** Seconds until the key's window ends, for a Retry-After header. */
    public long secondsUntilReset(String key) {
        Window current = Window.of(windows.get(key));
        if (current == null) {
            return 0;
        }
        return Math.max(0, Duration.between(clock.instant(), current.start().plus(window)).toSeconds() + 1);
    }
}
