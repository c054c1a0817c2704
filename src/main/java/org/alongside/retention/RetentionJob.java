package org.alongside.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.alongside.learning.LearningCalendar;

/**
 * Every night, applies the retention rules. Every instance wakes; the first to claim the day runs
 * it and the others skip, so it runs once across instances. No transaction of its own: the claim
 * and the run each have theirs.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

    @Inject
    RetentionService retention;

    @Inject
    LearningCalendar calendar;

    @Schedule(hour = "3", minute = "40", persistent = false)
    void everyNight() {
        if (retention.claimRun(calendar.today())) {
            retention.apply();
        }
    }
}
