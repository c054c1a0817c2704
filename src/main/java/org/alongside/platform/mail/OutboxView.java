package org.alongside.platform.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Administrators read the outbox: every message, its delivery state, and held messages in full. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MailService mail;

    private final LazyDataModel<OutboxMessage> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) mail.count();
        }

        @Override
        public List<OutboxMessage> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return mail.newestFirst(first, pageSize);
        }

        @Override
        public String getRowKey(OutboxMessage message) {
            return String.valueOf(message.getId());
        }
    };

    public LazyDataModel<OutboxMessage> getModel() {
        return model;
    }

    public boolean isSmtpConfigured() {
        return mail.smtpConfigured();
    }
}
