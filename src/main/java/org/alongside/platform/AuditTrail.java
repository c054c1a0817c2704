package org.alongside.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.alongside.identity.Account;

/** Records decisions that must be accountable, in the same transaction as the decision itself. */
@ApplicationScoped
@Transactional
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Records what someone did to a person's records; {@code actorId} is null for the portal's own scheduled jobs. */
    public void record(Long actorId, long subjectAccountId, String action, String detail) {
        em.persist(new AuditEntry(actorId == null ? null : em.getReference(Account.class, actorId), em.getReference(Account.class, subjectAccountId),
                action, detail, clock.instant()));
    }

    /** What the trail holds about one person, newest first. */
    public List<AuditEntry> about(long accountId) {
        return em.createNamedQuery("AuditEntry.about", AuditEntry.class).setParameter("accountId", accountId).getResultList();
    }
}
