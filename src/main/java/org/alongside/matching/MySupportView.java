package org.alongside.matching;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * A supporter's page of the people they have been offered: accept or decline an offer, end a
 * support under way. The service checks each offer is theirs, whatever the page sent.
 */
@Named
@ViewScoped
public class MySupportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MatchingService matching;

    @Inject
    CurrentAccount current;

    private transient List<SupportOffer> offers;

    public void accept(long offerId) {
        act(() -> matching.accept(me(), offerId), "matching.accepted");
    }

    public void decline(long offerId) {
        act(() -> matching.decline(me(), offerId), "matching.declined");
    }

    public void end(long offerId) {
        act(() -> matching.end(me(), offerId), "matching.supportEnded");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Page.info(doneKey);
        } finally {
            // Refused or not, the list shows the offers as they are now.
            offers = null;
        }
    }

    public List<SupportOffer> getOffers() {
        if (offers == null) {
            offers = matching.offersFor(me());
        }
        return offers;
    }

    public List<SupportOffer> getCurrent() {
        return getOffers().stream().filter(offer -> offer.getStatus() == SupportOfferStatus.OFFERED
                || offer.getStatus() == SupportOfferStatus.ACCEPTED).toList();
    }

    public List<SupportOffer> getEarlier() {
        return getOffers().stream().filter(offer -> offer.getStatus() == SupportOfferStatus.DECLINED
                || offer.getStatus() == SupportOfferStatus.ENDED).toList();
    }

    private long me() {
        return current.id();
    }
}
