package org.alongside.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alongside.identity.Account;
import org.alongside.identity.Role;
import org.alongside.learning.SpreadsheetSafeCsv;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records decisions that must be accountable, in the same transaction as the decision itself, on
 * one hash chain ({@link AuditChain}); lets coordinators search it and administrators check it.
 *
 * <p>Appending takes the chain head's row lock until the transaction ends, so audited transactions
 * queue one after another at their end: callers record as their last write, which keeps the lock
 * short and its order after any other row lock.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

    private static final int CHECK_BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.time-zone", defaultValue = "Europe/London")
    String timeZone;

    /** Records what someone did to a person's records; {@code actorId} is null for the portal's own scheduled jobs. */
    public void record(Long actorId, long subjectAccountId, String action, String detail) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        // The time is read under the lock, so chain order and time order agree across instances.
        AuditEntry entry = new AuditEntry(actorId, subjectAccountId, action, detail, clock.instant());
        em.persist(entry);
        head.append(entry);
    }

    /** What the trail holds about one person, newest first. */
    public List<AuditEntry> about(long accountId) {
        return em.createNamedQuery("AuditEntry.about", AuditEntry.class).setParameter("accountId", accountId).getResultList();
    }

    /** The entries with the names of accounts that still exist, in one query for all names. */
    public List<AuditLine> lines(List<AuditEntry> entries) {
        Set<Long> ids = new HashSet<>();
        entries.forEach(entry -> {
            if (entry.getActorId() != null) {
                ids.add(entry.getActorId());
            }
            if (entry.getSubjectId() != null) {
                ids.add(entry.getSubjectId());
            }
        });
        Map<Long, String> names = namesOf(ids);
        return entries.stream().map(entry -> new AuditLine(entry, names.get(entry.getActorId()), names.get(entry.getSubjectId()))).toList();
    }

    private Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", Object[].class).setParameter("ids", ids)
                    .getResultStream().forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    /**
     * One page of the entries a coordinator filtered for, newest first.
     *
     * @throws SecurityException unless the account is an active coordinator
     */
    public List<AuditLine> search(long coordinatorId, AuditFilter filter, int first, int pageSize) {
        requireCoordinator(coordinatorId);
        return lines(query(filter, first, pageSize));
    }

    public long count(long coordinatorId, AuditFilter filter) {
        requireCoordinator(coordinatorId);
        Optional<Set<Long>> people = people(filter);
        if (people.isPresent() && people.get().isEmpty()) {
            return 0;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(where(cb, entry, filter, people));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * Every entry the filter finds as CSV, cells made safe for spreadsheets; the export itself goes
     * into the trail. Times in the portal's zone, names only of accounts that still exist.
     */
    public String exportCsv(long coordinatorId, AuditFilter filter) {
        requireCoordinator(coordinatorId);
        List<AuditLine> lines = lines(query(filter, 0, Integer.MAX_VALUE));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("entry", "when", "action", "actor id", "actor", "subject id", "subject", "detail"));
        ZoneId zone = ZoneId.of(timeZone);
        for (AuditLine line : lines) {
            AuditEntry entry = line.entry();
            rows.add(List.of(String.valueOf(entry.getId()), entry.getOccurredAt().atZone(zone).toOffsetDateTime().toString(), entry.getAction(),
                    entry.getActorId() == null ? "" : entry.getActorId().toString(), line.whoActed(Locale.ENGLISH),
                    entry.getSubjectId() == null ? "" : entry.getSubjectId().toString(), line.whoAbout(Locale.ENGLISH), entry.getDetail()));
        }
        record(coordinatorId, coordinatorId, "audit.exported", "Exported " + lines.size() + " audit entries as CSV (" + filter.describe() + ")");
        return SpreadsheetSafeCsv.write(rows);
    }

    /** The actions the trail holds, for the page's choice. */
    public List<String> actions(long coordinatorId) {
        requireCoordinator(coordinatorId);
        return em.createNamedQuery("AuditEntry.actions", String.class).getResultList();
    }

    private List<AuditEntry> query(AuditFilter filter, int first, int pageSize) {
        Optional<Set<Long>> people = people(filter);
        if (people.isPresent() && people.get().isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(entry).where(where(cb, entry, filter, people)).orderBy(cb.desc(entry.get("position")));
        TypedQuery<AuditEntry> typed = em.createQuery(query).setFirstResult(first);
        if (pageSize != Integer.MAX_VALUE) {
            typed.setMaxResults(pageSize);
        }
        return typed.getResultList();
    }

    private Predicate[] where(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter, Optional<Set<Long>> people) {
        List<Predicate> where = new ArrayList<>();
        people.ifPresent(ids -> where.add(cb.or(entry.get("actorId").in(ids), entry.get("subjectId").in(ids))));
        if (filter.action() != null && !filter.action().isBlank()) {
            where.add(cb.equal(entry.get("action"), filter.action()));
        }
        ZoneId zone = ZoneId.of(timeZone);
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.<Instant>get("occurredAt"), filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(entry.<Instant>get("occurredAt"), filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The accounts the person filter names (part of a name or an e-mail address); empty when there is no such filter. */
    private Optional<Set<Long>> people(AuditFilter filter) {
        if (filter.person() == null || filter.person().isBlank()) {
            return Optional.empty();
        }
        String pattern = "%" + filter.person().trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return Optional.of(new HashSet<>(em.createQuery("SELECT a.id FROM Account a WHERE LOWER(a.displayName) LIKE :p ESCAPE '\\'"
                + " OR LOWER(a.email) LIKE :p ESCAPE '\\'", Long.class).setParameter("p", pattern).getResultList()));
    }

    private void requireAdministrator(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.isActive() || !account.hasRole(Role.ADMIN)) {
            throw new SecurityException("Only administrators check the audit chain");
        }
    }

    private void requireCoordinator(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.isActive() || !account.hasRole(Role.COORDINATOR)) {
            throw new SecurityException("Only coordinators read the audit trail");
        }
    }

    /** Where the stored chain starts and ends, for an administrator to note down the head's hash. */
    public AuditChain.Ends chainEnds(long administratorId) {
        requireAdministrator(administratorId);
        return em.find(AuditChainHead.class, AuditChainHead.ID).ends();
    }

    /**
     * Walks the whole stored chain and reports its first break, if any, for an administrator.
     * Read in batches of positions, so a long trail never loads whole.
     *
     * @throws SecurityException unless the account is an active administrator
     */
    public Optional<AuditChain.Break> checkChain(long administratorId) {
        requireAdministrator(administratorId);
        AuditChain.Ends ends = em.find(AuditChainHead.class, AuditChainHead.ID).ends();
        return AuditChain.check(ends, () -> new Iterator<>() {
            private List<AuditEntry> batch = List.of();
            private int next;
            private long from = ends.firstKeptPosition();
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next < batch.size()) {
                    return true;
                }
                if (done) {
                    return false;
                }
                batch = em.createNamedQuery("AuditEntry.chainFrom", AuditEntry.class).setParameter("from", from)
                        .setMaxResults(CHECK_BATCH).getResultList();
                next = 0;
                done = batch.size() < CHECK_BATCH;
                if (!batch.isEmpty()) {
                    from = batch.get(batch.size() - 1).getPosition() + 1;
                }
                return !batch.isEmpty();
            }

            @Override
            public AuditChain.Link next() {
                return batch.get(next++).link();
            }
        });
    }

    /** How many entries are older than the cutoff and would go at the next retention run. */
    public long countRemovable(Instant cutoff) {
        return em.createNamedQuery("AuditEntry.countBefore", Long.class).setParameter("position", keepFrom(cutoff)).getSingleResult();
    }

    /**
     * Deletes the oldest entries, up to the first written at or after the cutoff, keeping the
     * chain checkable: under the head's lock, the head first records where the kept part starts
     * and the hash of the last entry removed (which is what lets the triggers allow the delete).
     *
     * @return how many entries were deleted
     */
    public int removeBefore(Instant cutoff) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        long keepFrom = keepFrom(cutoff);
        if (keepFrom <= head.getFirstKeptPosition()) {
            return 0;
        }
        String hashBefore = keepFrom > head.getLastPosition() ? head.getLastHash()
                : em.createNamedQuery("AuditEntry.atPosition", AuditEntry.class).setParameter("position", keepFrom - 1).getSingleResult().getHash();
        head.keepFrom(keepFrom, hashBefore);
        em.flush();
        return em.createNamedQuery("AuditEntry.deleteBefore").setParameter("position", keepFrom).executeUpdate();
    }

    /** The chain position of the first entry to keep: the first written at or after the cutoff. */
    private long keepFrom(Instant cutoff) {
        Long first = em.createNamedQuery("AuditEntry.firstPositionFrom", Long.class).setParameter("cutoff", cutoff).getSingleResult();
        if (first != null) {
            return first;
        }
        return em.find(AuditChainHead.class, AuditChainHead.ID).getLastPosition() + 1;
    }
}
