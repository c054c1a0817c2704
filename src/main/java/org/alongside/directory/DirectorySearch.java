package org.alongside.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alongside.platform.DatabaseMigrations;

/**
 * What the public can find in the directory. Every read goes through {@link DirectorySql}, so a
 * supporter who unpublishes, pauses, withdraws consent or loses their certificate is gone from the
 * very next search: there is no cache in between (the persistence unit has none).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DirectorySearch {

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectorySettings settings;

    @Inject
    DatabaseMigrations database;

    /** A page of listed profiles; a page past the end gives the last page instead. */
    @Transactional(Transactional.TxType.REQUIRED)
    public DirectoryPage search(DirectoryQuery query, LocalDate today) {
        return search(query, today, settings.searchWindow());
    }

    /**
     * A page of listed profiles. First the search looks through the first listed profiles in
     * today's order: a fifth of {@code window}, then, if the matches there promise enough, all of
     * it. If that was everyone, it has the page and the exact total. If it holds this page and at
     * least one match more, the page comes from there and the total is only how many matched there
     * ({@link DirectoryPage#exact()} is false): a broad search of a large directory costs no more
     * than a narrow one. Otherwise every match is counted and sorted, which is cheap exactly when
     * there are few of them.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public DirectoryPage search(DirectoryQuery query, LocalDate today, int window) {
        boolean postgresql = "postgresql".equals(database.vendor());
        if (postgresql) {
            // Each query of a search has one best plan whatever is searched for: a look walks the
            // day's order, a count scans the index of terms. PostgreSQL would otherwise plan the
            // look afresh for every search, which takes as long as running it (benchmarks/directory-search.sh).
            em.createNativeQuery("SET LOCAL plan_cache_mode = force_generic_plan").executeUpdate();
        }
        DirectorySql sql = DirectorySql.search(query, today, postgresql);
        int page = query.page();
        int size = query.pageSize();
        long offset = (long) page * size;
        long needed = offset + size;
        int glance = window / 5;
        if (needed <= glance) {
            Look look = look(sql, glance, needed);
            if (look.answers(page, size)) {
                return pageOf(look, page, size);
            }
            if (look.everyone() || look.found() * (window / glance) <= needed) {
                return countEveryMatch(sql, page, size);
            }
        }
        if (needed <= window) {
            Look look = look(sql, window, needed);
            if (look.answers(page, size)) {
                return pageOf(look, page, size);
            }
        }
        return countEveryMatch(sql, page, size);
    }

    private DirectoryPage pageOf(Look look, int page, int size) {
        return new DirectoryPage(inOrder(look.hitsOn(page, size)), look.found(), look.everyone(), page, size);
    }

    private DirectoryPage countEveryMatch(DirectorySql sql, int page, int size) {
        long offset = (long) page * size;
        List<Object[]> rows = rows(sql.pageSql(), sql.pageParameters(offset, size));
        long total;
        if (!rows.isEmpty()) {
            total = ((Number) rows.get(0)[1]).longValue();
        } else if (page == 0) {
            total = 0;
        } else {
            // Past the end (or the last match went away meanwhile): count, then show the last page.
            total = ((Number) bind(em.createNativeQuery(sql.countSql()), sql.parameters()).getSingleResult()).longValue();
            page = total == 0 ? 0 : (int) ((total - 1) / size);
            rows = total == 0 ? List.of() : rows(sql.pageSql(), sql.pageParameters((long) page * size, size));
        }
        return new DirectoryPage(inOrder(ids(rows)), total, true, page, size);
    }

    /**
     * The first matches among the first {@code window} listed profiles in today's order, going on
     * from the lowest position when the order wraps round before the window is full.
     */
    private Look look(DirectorySql sql, int window, long limit) {
        Look look = lap(sql, false, window, limit);
        if (look.lookedThrough() < window) {
            look = look.then(lap(sql, true, window - (int) look.lookedThrough(), limit));
        }
        return new Look(look.hits(), look.found(), look.lookedThrough(), look.lookedThrough() < window);
    }

    private Look lap(DirectorySql sql, boolean wrapped, int window, long limit) {
        List<Object[]> rows = rows(sql.windowSql(wrapped), sql.windowParameters(window, limit));
        long lookedThrough = ((Number) rows.get(0)[2]).longValue();
        return rows.get(0)[0] == null ? new Look(List.of(), 0, lookedThrough, false)
                : new Look(ids(rows), ((Number) rows.get(0)[1]).longValue(), lookedThrough, false);
    }

    /** The first matches in today's order, how many matched, how many profiles were looked through, and whether that was everyone. */
    private record Look(List<Long> hits, long found, long lookedThrough, boolean everyone) {

        Look then(Look next) {
            List<Long> both = new ArrayList<>(hits);
            both.addAll(next.hits);
            return new Look(both, found + next.found, lookedThrough + next.lookedThrough, false);
        }

        /** Whether the look holds this page: all of it with the exact total, or it and a match more. */
        boolean answers(int page, int size) {
            long offset = (long) page * size;
            return everyone ? offset < found || page == 0 : found > offset + size;
        }

        List<Long> hitsOn(int page, int size) {
            int from = (int) Math.min((long) page * size, hits.size());
            return hits.subList(from, Math.min(from + size, hits.size()));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object> parameters) {
        return bind(em.createNativeQuery(sql), parameters).getResultList();
    }

    private static List<Long> ids(List<Object[]> rows) {
        return rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    /** The public view of one profile, only while it is listed. */
    public Optional<PublicProfile> listedProfile(long profileId, LocalDate today) {
        DirectorySql sql = DirectorySql.listed(profileId, today);
        long found = ((Number) bind(em.createNativeQuery(sql.countSql()), sql.parameters()).getSingleResult()).longValue();
        return found == 0 ? Optional.empty() : inOrder(List.of(profileId)).stream().findFirst();
    }

    private List<PublicProfile> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // The collections of a whole page come in one query each rather than one per profile.
        Map<Long, PublicProfile> byId = em.createNamedQuery("SupporterProfile.byIds", SupporterProfile.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "p.areas")
                .setHint("eclipselink.batch", "p.languages")
                .setHint("eclipselink.batch", "p.formats")
                .setHint("eclipselink.batch", "p.availability")
                .getResultList().stream()
                .map(SupporterProfile::publicView)
                .collect(Collectors.toMap(PublicProfile::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
