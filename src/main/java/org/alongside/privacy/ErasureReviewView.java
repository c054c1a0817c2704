package org.alongside.privacy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * One erasure request under review: carry it out, or decline it with a reason the person is told.
 * View-scoped, so the request's id is known when a form on the page is posted: the forms are
 * rendered only for a request this reviewer may decide, and Faces decodes a form only if it is.
 */
@Named
@ViewScoped
public class ErasureReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String QUEUE = "/account/erasure-requests.xhtml?faces-redirect=true";

    @Inject
    ErasureService erasure;

    @Inject
    CurrentAccount current;

    private Long requestId;
    private transient ErasureService.Pending pending;
    private String declineReason;

    /** A request that is gone, or that this reviewer may not decide, is "not found": nothing about it shows. */
    public void load() {
        if (!ErasureRules.reviewsErasures(current.require().getRoles())) {
            Page.forbidden();
            return;
        }
        if (getPending() == null) {
            Page.notFound();
        }
    }

    public String erase() {
        erasure.erase(current.id(), requestId);
        Page.infoAfterRedirect("erasure.done");
        return QUEUE;
    }

    public String decline() {
        erasure.decline(current.id(), requestId, declineReason);
        Page.infoAfterRedirect("erasure.declined");
        return QUEUE;
    }

    /** Read once per request; also after a refused decision re-renders the page (the view action runs only on the first view). */
    public ErasureService.Pending getPending() {
        if (pending == null && requestId != null) {
            pending = erasure.pending(current.id(), requestId).orElse(null);
        }
        return pending;
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }
}
