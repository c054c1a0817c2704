package org.alongside.matching;

import org.alongside.platform.ActionRefused;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.alongside.learning.LearningCalendar;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * The matching screen: one request, the supporters who may be offered it ranked by fit with why
 * they fit, their places left and supervision; offering it, withdrawing an offer, ending a
 * support, closing or deleting the request.
 */
@Named
@ViewScoped
public class SupportRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MatchingService matching;

    @Inject
    LearningCalendar calendar;

    @Inject
    MatchingSettings settings;

    @Inject
    CurrentAccount current;

    private Long requestId;
    private transient SupportRequest request;
    private transient List<RankedSupporter> ranked;

    public void load() {
        if (requestId == null || find().isEmpty()) {
            Page.notFound();
        }
    }

    private Optional<SupportRequest> find() {
        try {
            request = matching.request(me(), requestId);
            return Optional.of(request);
        } catch (ActionRefused e) {
            return Optional.empty();
        }
    }

    public void offer(RankedSupporter supporter) {
        act(() -> matching.offer(me(), requestId, supporter.candidate().profileId(), calendar.today()),
                "matching.offered", supporter.candidate().displayName());
    }

    /** Withdraws an unanswered offer or ends a support under way. */
    public void end(SupportOffer offer) {
        boolean underWay = offer.getStatus() == SupportOfferStatus.ACCEPTED;
        act(() -> matching.end(me(), offer.getId()), underWay ? "matching.ended" : "matching.withdrawn", offer.getSupporter().getDisplayName());
    }

    public void close() {
        act(() -> matching.close(me(), requestId), "matching.closed");
    }

    public void delete() {
        matching.delete(me(), requestId);
        Page.infoAfterRedirect("matching.deleted");
        Page.redirect("/coordinator/support-requests.xhtml");
    }

    private void act(Runnable action, String doneKey, Object... arguments) {
        try {
            action.run();
            Page.info(doneKey, arguments);
        } finally {
            // Refused or not, the page shows the request as it is now.
            request = null;
            ranked = null;
        }
    }

    public SupportRequest getRequest() {
        if (request == null && requestId != null) {
            find();
        }
        return request;
    }

    public List<RankedSupporter> getRanked() {
        if (ranked == null) {
            ranked = getRequest().getStatus() == SupportRequestStatus.WAITING ? matching.ranked(me(), requestId, calendar.today()) : List.of();
        }
        return ranked;
    }

    public List<SupportOffer> getOffers() {
        return matching.offersOf(me(), requestId);
    }

    /** Why the supporter the person asked for is not among those who can be offered the request. */
    public NotOffered getWhyAskedForNotOffered() {
        if (getRequest().getStatus() != SupportRequestStatus.WAITING) {
            return null;
        }
        return matching.whyAskedForIsNotOffered(me(), requestId, calendar.today()).orElse(null);
    }

    public boolean isWaiting() {
        return getRequest().getStatus() == SupportRequestStatus.WAITING;
    }

    private long me() {
        return current.id();
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    /** Days a closed request is kept, as the page tells people. */
    public int getRetentionDays() {
        return settings.retentionDays();
    }
}
