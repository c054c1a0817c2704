package org.alongside.retention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.alongside.platform.AuditChain;
import org.alongside.platform.AuditTrail;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * Administrators' page on keeping records: what the next nightly run removes (counts per kind,
 * and who), the rules, and the check of the audit trail's hash chain.
 */
@Named
@ViewScoped
public class RetentionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RetentionService retention;

    @Inject
    RetentionSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentAccount current;

    private transient RetentionService.Removal next;
    private transient AuditChain.Ends chainEnds;

    public RetentionService.Removal getNext() {
        if (next == null) {
            next = retention.preview(current.id());
        }
        return next;
    }

    public RetentionRules getRules() {
        return settings.rules();
    }

    public LocalDate getLastRunOn() {
        return retention.lastRunOn();
    }

    public AuditChain.Ends getChainEnds() {
        if (chainEnds == null) {
            chainEnds = audit.chainEnds(current.id());
        }
        return chainEnds;
    }

    /** Walks the whole chain now and says whether it holds, or where it first breaks. */
    public void checkChain() {
        audit.checkChain(current.id()).ifPresentOrElse(
                problem -> Page.error(problem.entryId() == null ? "audit.check.missingAtEnd" : "audit.check." + problem.reason(),
                        problem.entryId(), problem.position()),
                () -> Page.info("audit.check.intact", getChainEnds().firstKeptPosition(), getChainEnds().lastPosition()));
        chainEnds = null;
    }
}
