package org.alongside.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Trainers choose how they hear of new work; the daily digest is sent from here. */
@ApplicationScoped
@Transactional
public class TrainerMailPreferences {

    @PersistenceContext
    EntityManager em;

    @Inject
    GradingService grading;

    @Inject
    GradingNotifications notifications;

    public boolean wantsDailyDigest(long trainerId) {
        TrainerMailPreference preference = em.find(TrainerMailPreference.class, trainerId);
        return preference != null && preference.isDailyDigest();
    }

    public void choose(long trainerId, boolean dailyDigest) {
        TrainerMailPreference preference = em.find(TrainerMailPreference.class, trainerId);
        if (preference == null) {
            em.persist(new TrainerMailPreference(trainerId, dailyDigest));
        } else {
            preference.choose(dailyDigest);
        }
    }

    /** Trainers whose digest for the day has not been sent yet. */
    public List<Long> digestsDue(LocalDate today) {
        return em.createNamedQuery("TrainerMailPreference.digestsDue", TrainerMailPreference.class).setParameter("today", today)
                .getResultStream().map(TrainerMailPreference::getTrainerId).toList();
    }

    /** Sends one trainer the day's digest when work is waiting, and records that the day is done. */
    public void sendDigest(long trainerId, LocalDate today) {
        TrainerMailPreference preference = em.find(TrainerMailPreference.class, trainerId);
        long waiting = grading.queueCount(trainerId, GradingService.QueueFilter.waiting());
        if (waiting > 0) {
            notifications.digest(trainerId, waiting);
        }
        preference.digestSent(today);
        em.flush();
    }
}
