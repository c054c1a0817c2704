package org.alongside.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** A page of listed profiles; a page past the end gives the last page instead. */
    public DirectoryPage search(DirectoryQuery query, LocalDate today) {
        DirectorySql sql = DirectorySql.search(query, today);
        long total = ((Number) bind(em.createNativeQuery(sql.countSql()), sql.parameters()).getSingleResult()).longValue();
        int lastPage = total == 0 ? 0 : (int) ((total - 1) / query.pageSize());
        int page = Math.min(query.page(), lastPage);
        List<Long> ids = ((List<?>) bind(em.createNativeQuery(sql.idsSql()),
                sql.pageParameters((long) page * query.pageSize(), query.pageSize())).getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        return new DirectoryPage(inOrder(ids), total, page, query.pageSize());
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
