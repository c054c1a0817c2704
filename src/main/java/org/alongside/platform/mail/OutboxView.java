package org.alongside.platform.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.alongside.web.PagedList;

/** Administrators read the outbox: every message, its delivery state, and held messages in full. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailService mail;

    private final PagedList<OutboxMessage> model = new PagedList<>(new PagedList.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count() {
            return mail.count();
        }

        @Override
        public List<OutboxMessage> page(int first, int pageSize) {
            return mail.newestFirst(first, pageSize);
        }
    }, OutboxMessage::getId);

    public PagedList<OutboxMessage> getModel() {
        return model;
    }

    public boolean isSmtpConfigured() {
        return mail.smtpConfigured();
    }
}
