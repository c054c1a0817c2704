package org.alongside.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Set;
import org.alongside.identity.Account;
import org.alongside.platform.PortalLinks;
import org.alongside.platform.Texts;
import org.alongside.platform.mail.MailService;

/**
 * The e-mails around grading. They go through the outbox in the caller's transaction, so a mail
 * server that is down never stops a submission or a grade; the outbox retries later. The mails
 * say what happened and link to the portal, never the reflection's text.
 */
@ApplicationScoped
public class GradingNotifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailService mail;

    @Inject
    PortalLinks links;

    /** Tells each of the cohort's trainers that new work is waiting, unless they chose a daily digest. */
    void submitted(Submission submission, Set<Long> trainerIds, String moduleTitle) {
        for (Long trainerId : trainerIds) {
            Account trainer = em.find(Account.class, trainerId);
            TrainerMailPreference preference = em.find(TrainerMailPreference.class, trainerId);
            boolean digestOnly = preference != null && preference.isDailyDigest();
            if (trainer != null && trainer.isActive() && !digestOnly) {
                mail.queue(trainer.getEmail(), trainer.getId(), Texts.get(Locale.ENGLISH, "mail.submitted.subject", moduleTitle),
                        Texts.get(Locale.ENGLISH, "mail.submitted.body", trainer.getDisplayName(), moduleTitle,
                                submission.getCohort().getName(), links.to("/trainer/grade.xhtml?submission=" + submission.getId())));
            }
        }
    }

    /** The daily digest: how many reflections are waiting. */
    void digest(long trainerId, long waiting) {
        Account trainer = em.find(Account.class, trainerId);
        if (trainer != null && trainer.isActive()) {
            mail.queue(trainer.getEmail(), trainer.getId(), Texts.get(Locale.ENGLISH, "mail.digest.subject", waiting),
                    Texts.get(Locale.ENGLISH, "mail.digest.body", trainer.getDisplayName(), waiting, links.to("/trainer/queue.xhtml")));
        }
    }

    /** Tells the trainee their feedback is ready to read. */
    void released(Submission submission, String moduleTitle) {
        Account trainee = submission.getAccount();
        mail.queue(trainee.getEmail(), trainee.getId(), Texts.get(Locale.ENGLISH, "mail.released.subject", moduleTitle),
                Texts.get(Locale.ENGLISH, "mail.released.body", trainee.getDisplayName(), moduleTitle,
                        links.to("/trainee/reflection.xhtml?module=" + submission.getModuleId())));
    }
}
