package org.alongside.matching;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.alongside.web.PagedList;

/** Coordinators' queue of support requests, one status at a time, whoever has waited longest first. */
@Named
@ViewScoped
public class SupportQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MatchingService matching;

    @Inject
    MatchingSettings settings;

    private String status;
    private SupportRequestStatus shown = SupportRequestStatus.WAITING;

    private final PagedList<SupportRequest> model = new PagedList<>(new PagedList.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count() {
            return matching.count(shown);
        }

        @Override
        public List<SupportRequest> page(int first, int pageSize) {
            return matching.withStatus(shown, first, pageSize);
        }
    }, SupportRequest::getId);

    /** An unknown status in the address shows the waiting requests rather than an error. */
    public void load() {
        for (SupportRequestStatus candidate : SupportRequestStatus.values()) {
            if (candidate.name().equalsIgnoreCase(status)) {
                shown = candidate;
            }
        }
    }

    public SupportRequestStatus[] getStatuses() {
        return SupportRequestStatus.values();
    }

    public long count(SupportRequestStatus which) {
        return matching.count(which);
    }

    public SupportRequestStatus getShown() {
        return shown;
    }

    public PagedList<SupportRequest> getModel() {
        return model;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** Days a closed request is kept, as the page tells people. */
    public int getRetentionDays() {
        return settings.retentionDays();
    }
}
