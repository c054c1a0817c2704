package org.alongside.matching;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every night, deletes support requests closed longer ago than {@code portal.matching.retention-days}.
 * Requesters have no account to erase from, so this is how their details leave the portal. Two
 * instances running it at once delete the same rows; the second simply finds none.
 */
@Singleton
public class SupportRequestRetention {

    private static final Logger LOG = Logger.getLogger(SupportRequestRetention.class.getName());

    @Inject
    MatchingService matching;

    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "40", persistent = false)
    void everyNight() {
        int deleted = matching.deleteExpired(clock.instant());
        LOG.log(Level.INFO, "Deleted {0} closed support requests past their retention period", deleted);
    }
}
