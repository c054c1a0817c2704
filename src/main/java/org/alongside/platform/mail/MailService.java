package org.alongside.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.alongside.platform.Texts;

/**
 * Queues e-mail in the outbox as part of the caller's transaction: if the caller's work rolls
 * back, no mail goes out about something that did not happen.
 */
@ApplicationScoped
public class MailService {

    /** Fired once the queuing transaction has committed, so delivery can start at once. */
    public record MailQueued(long messageId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    @Transactional
    public OutboxMessage queue(String recipient, Long accountId, String subject, String body) {
        return queueSecret(recipient, accountId, subject, body, List.of());
    }

    /**
     * Queues a message that carries secrets (a sign-in link, an invitation code): it is sent as
     * written, but the outbox page shows a marker where each secret was.
     */
    @Transactional
    public OutboxMessage queueSecret(String recipient, Long accountId, String subject, String body, List<String> secrets) {
        String shown = SecretRedaction.redact(body, secrets, Texts.get(Locale.ENGLISH, "outbox.secretHidden"));
        OutboxMessage message = new OutboxMessage(recipient, accountId, subject, body, shown, settings.smtpConfigured(), clock.instant());
        em.persist(message);
        em.flush();
        if (message.getStatus() == OutboxMessage.Status.PENDING) {
            queued.fire(new MailQueued(message.getId()));
        }
        return message;
    }

    @Transactional
    public List<OutboxMessage> newestFirst(int first, int pageSize) {
        return em.createNamedQuery("OutboxMessage.newestFirst", OutboxMessage.class)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    @Transactional
    public long count() {
        return em.createNamedQuery("OutboxMessage.count", Long.class).getSingleResult();
    }

    public boolean smtpConfigured() {
        return settings.smtpConfigured();
    }
}
