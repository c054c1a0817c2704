package org.alongside.assessment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alongside.learning.LearningCalendar;

/**
 * Every morning, trainers who chose a daily digest get one e-mail saying how many reflections are
 * waiting in their groups. Each trainer's digest is its own transaction: with several instances
 * running, the first to record the day's digest sends it and the others skip it.
 */
@Singleton
public class TrainerDigest {

    private static final Logger LOG = Logger.getLogger(TrainerDigest.class.getName());

    @Inject
    TrainerMailPreferences preferences;

    @Inject
    LearningCalendar calendar;

    @Schedule(hour = "7", minute = "0", persistent = false)
    void everyMorning() {
        List<Long> due = preferences.digestsDue(calendar.today());
        for (Long trainerId : due) {
            try {
                preferences.sendDigest(trainerId, calendar.today());
            } catch (OptimisticLockException | TransactionalException alreadySent) {
                LOG.log(Level.FINE, "Another instance sent trainer {0}'s digest", trainerId);
            }
        }
    }
}
