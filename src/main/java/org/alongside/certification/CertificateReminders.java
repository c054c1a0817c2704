package org.alongside.certification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alongside.learning.LearningCalendar;

/**
 * Every morning, reminds holders and coordinators of certificates that expire within the reminder
 * period. Each certificate is reminded in its own transaction and once per expiry date, so two
 * instances running the job at once send each reminder only once.
 */
@Singleton
public class CertificateReminders {

    private static final Logger LOG = Logger.getLogger(CertificateReminders.class.getName());

    @Inject
    CertificationService certification;

    @Inject
    LearningCalendar calendar;

    @Schedule(hour = "6", minute = "30", persistent = false)
    void everyMorning() {
        for (Long certificateId : certification.remindersDue(calendar.today())) {
            try {
                certification.remind(certificateId, calendar.today());
            } catch (OptimisticLockException | TransactionalException alreadyReminded) {
                LOG.log(Level.FINE, "Another instance reminded certificate {0}", certificateId);
            }
        }
    }
}
