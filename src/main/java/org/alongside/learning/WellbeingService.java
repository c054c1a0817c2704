package org.alongside.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.alongside.identity.Account;
import org.alongside.platform.Texts;
import org.alongside.platform.mail.MailService;

/**
 * The one thing the wellbeing check-in ever sends anywhere: when a trainee who is struggling
 * chooses to tell their trainers, each trainer of their group gets a short e-mail asking them to
 * check in. The answer itself is never stored.
 */
@ApplicationScoped
@Transactional
public class WellbeingService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortService cohorts;

    @Inject
    MailService mail;

    /** @return how many trainers were told; 0 when the trainee's group has none (the page then points to the coordinator) */
    public int tellTrainers(long traineeId, String moduleTitle, Locale locale) {
        Account trainee = em.find(Account.class, traineeId);
        List<Account> trainers = cohorts.cohortOf(traineeId).stream()
                .flatMap(cohort -> cohort.getTrainerIds().stream())
                .map(trainerId -> em.find(Account.class, trainerId))
                .filter(trainer -> trainer != null && trainer.isActive())
                .toList();
        for (Account trainer : trainers) {
            mail.queue(trainer.getEmail(), trainer.getId(), Texts.get(locale, "mail.wellbeing.subject"),
                    Texts.get(locale, "mail.wellbeing.body", trainee.getDisplayName(), moduleTitle));
        }
        return trainers.size();
    }
}
