package org.alongside.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/** Coordinators' (trainees) and administrators' (staff) queue of erasure requests. */
@Named
@RequestScoped
public class ErasureQueueView {

    @Inject
    ErasureService erasure;

    @Inject
    CurrentAccount current;

    private List<ErasureService.Pending> pending;

    /** Refuses the page to anyone who reviews no erasures (it lives under /account/, open to every role). */
    public void check() {
        if (!ErasureRules.reviewsErasures(current.require().getRoles())) {
            Page.forbidden();
        }
    }

    public List<ErasureService.Pending> getPending() {
        if (pending == null) {
            pending = erasure.pending(current.id());
        }
        return pending;
    }
}
