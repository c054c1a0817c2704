package org.alongside.platform.mail;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers queued mail: straight after it is queued, and every half minute for retries. When the
 * SMTP server is down the message waits and is tried again with growing pauses, up to
 * {@link OutboxMessage#MAX_ATTEMPTS} times; nothing that queued it has to wait or fail.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final int BATCH = 50;

    @EJB
    MailOutbox outbox;

    @Inject
    MailSettings settings;

    @Asynchronous
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailService.MailQueued queued) {
        deliver(queued.messageId());
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    public void deliverDue() {
        if (!settings.smtpConfigured()) {
            return;
        }
        for (Long id : outbox.dueIds(BATCH)) {
            deliver(id);
        }
    }

    private void deliver(long id) {
        if (!settings.smtpConfigured()) {
            return;
        }
        outbox.claim(id).ifPresent(delivery -> {
            try {
                MimeMessage message = new MimeMessage(settings.session());
                message.setFrom(new InternetAddress(settings.from()));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(delivery.recipient()));
                message.setSubject(delivery.subject(), StandardCharsets.UTF_8.name());
                message.setText(delivery.body(), StandardCharsets.UTF_8.name());
                message.setSentDate(new Date());
                Transport.send(message);
                outbox.markSent(id);
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Mail {0} not delivered yet: {1}", new Object[] {id, e.getMessage()});
                outbox.markFailed(id, e.getMessage());
            }
        });
    }
}
