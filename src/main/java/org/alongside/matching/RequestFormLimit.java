package org.alongside.matching;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.alongside.platform.SharedCaches;
import org.alongside.web.RequestRateLimit;

/** How many support requests one client address may send in an hour, on all instances together, so a script cannot flood the queue. */
@ApplicationScoped
public class RequestFormLimit {

    @Inject
    MatchingSettings settings;

    @Inject
    Clock clock;

    @Inject
    SharedCaches caches;

    private RequestRateLimit limit;

    @PostConstruct
    void createLimit() {
        limit = new RequestRateLimit(caches.fromCreation("alongside.support-request.per-address", Duration.ofHours(1)), clock,
                settings.requestsPerHour(), Duration.ofHours(1));
    }

    /** Counts a request from this address and says whether it may go ahead. */
    public boolean tryAcquire(String clientAddress) {
        return limit.tryAcquire(clientAddress);
    }

    public long secondsUntilReset(String clientAddress) {
        return limit.secondsUntilReset(clientAddress);
    }
}
