package org.alongside.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's state changes, each in a transaction of its own so that a slow SMTP conversation
 * never holds a database transaction open.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailOutbox {

    /** What the sender needs, detached from the persistence context. */
    public record Delivery(long id, String recipient, String subject, String body) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<Long> dueIds(int limit) {
        return em.createNamedQuery("OutboxMessage.due", Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Claims a message for one delivery attempt. Empty when it is not due any more, or when another
     * instance claimed it first (the version check fails).
     */
    public Optional<Delivery> claim(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null || message.getStatus() != OutboxMessage.Status.PENDING
                || message.getNextAttemptAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        message.claim(clock.instant());
        try {
            em.flush();
        } catch (OptimisticLockException claimedElsewhere) {
            return Optional.empty();
        }
        return Optional.of(new Delivery(id, message.getRecipient(), message.getSubject(), message.getBody()));
    }

    public void markSent(long id) {
        em.find(OutboxMessage.class, id).markSent(clock.instant());
    }

    public void markFailed(long id, String error) {
        em.find(OutboxMessage.class, id).markAttemptFailed(error, clock.instant());
    }
}
