package org.alongside.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most {@code limit} requests per key (e.g. a client address) in each fixed window. Counts live
 * in this instance's memory: behind a load balancer each instance limits on its own, which still
 * bounds how fast anyone can guess.
 */
public final class RequestRateLimit {

    private record Window(Instant start, int count) {
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;
    private final Duration window;

    public RequestRateLimit(Clock clock, int limit, Duration window) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /** Counts a request and says whether it may go ahead. */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        }
        Window counted = windows.compute(key, (k, current) -> current == null || !now.isBefore(current.start().plus(window))
                ? new Window(now, 1)
                : new Window(current.start(), current.count() + 1));
        return counted.count() <= limit;
    }

    /** Seconds until the key's window ends, for a Retry-After header. */
    public long secondsUntilReset(String key) {
        Window current = windows.get(key);
        if (current == null) {
            return 0;
        }
        return Math.max(0, Duration.between(clock.instant(), current.start().plus(window)).toSeconds() + 1);
    }
}
