package org.alongside.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a directory search, with the listing rule in one place: a profile is public only if
 * it is published, not paused, under a consent in force, and its holder has a certificate issued
 * by today, not expired and not revoked. Filters match only fields the supporter shows, so a
 * hidden field can never be found out by filtering on it.
 *
 * <p>Results come in an order that changes every day, so no one is always first, and stays the
 * same all day, so paging through is stable.
 */
public final class DirectorySql {

    /** A prime above any id the directory will hold; multiplying ids by a non-zero factor modulo it shuffles them. */
    static final long SHUFFLE_MODULUS = 1_000_003L;

    private final String where;
    private final List<Object> parameters;
    private final long shuffleFactor;
    private final long shuffleOffset;

    private DirectorySql(String where, List<Object> parameters, LocalDate today) {
        this.where = where;
        this.parameters = List.copyOf(parameters);
        long day = today.toEpochDay();
        this.shuffleFactor = 1 + Math.floorMod(day * 7_919L + 104_729L, SHUFFLE_MODULUS - 1);
        this.shuffleOffset = Math.floorMod(day * 15_485_863L, SHUFFLE_MODULUS);
    }

    public static DirectorySql search(DirectoryQuery query, LocalDate today) {
        StringBuilder where = new StringBuilder(listingRule());
        List<Object> parameters = new ArrayList<>(List.of(today, today));
        if (query.areaId() != null) {
            where.append(" AND p.show_areas = TRUE AND EXISTS (SELECT 1 FROM supporter_area a WHERE a.profile_id = p.id AND a.area_id = ?)");
            parameters.add(query.areaId());
        }
        if (query.format() != null) {
            where.append(" AND p.show_formats = TRUE AND EXISTS (SELECT 1 FROM supporter_format f WHERE f.profile_id = p.id AND f.format = ?)");
            parameters.add(query.format().name());
        }
        if (query.language() != null) {
            where.append(" AND p.show_languages = TRUE AND EXISTS (SELECT 1 FROM supporter_language l WHERE l.profile_id = p.id AND l.language = ?)");
            parameters.add(query.language());
        }
        if (query.region() != null) {
            where.append(" AND p.show_region = TRUE AND p.region = ?");
            parameters.add(query.region());
        }
        if (query.availability() != null) {
            where.append(" AND p.show_availability = TRUE AND EXISTS (SELECT 1 FROM supporter_availability v WHERE v.profile_id = p.id AND v.slot = ?)");
            parameters.add(query.availability().name());
        }
        for (String word : query.words()) {
            where.append(" AND p.search_text LIKE ? ESCAPE '\\'");
            parameters.add("%" + escapeLike(word) + "%");
        }
        return new DirectorySql(where.toString(), parameters, today);
    }

    /** The listing rule for one profile, for its public page. */
    public static DirectorySql listed(long profileId, LocalDate today) {
        List<Object> parameters = new ArrayList<>(List.of(today, today));
        parameters.add(profileId);
        return new DirectorySql(listingRule() + " AND p.id = ?", parameters, today);
    }

    private static String listingRule() {
        return "p.published = TRUE AND p.paused = FALSE"
                + " AND EXISTS (SELECT 1 FROM directory_consent c WHERE c.id = p.consent_id AND c.withdrawn_at IS NULL)"
                + " AND EXISTS (SELECT 1 FROM certificate k WHERE k.account_id = p.account_id AND k.revoked_at IS NULL"
                + " AND k.issued_on <= ? AND k.expires_on >= ?)";
    }

    /** LIKE treats % and _ as wildcards; a search for them means the characters themselves. */
    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Ids of one page of profiles in today's order, each row with the number of all matches: one
     * pass over the matches gives both, where a count and a page would make two. A page past the
     * end has no rows, and so no number either. Parameters are {@link #pageParameters}.
     */
    public String pageSql() {
        return numbered("SELECT p.id, COUNT(*) OVER () FROM supporter_profile p WHERE " + where
                + " ORDER BY MOD(p.id * ? + ?, " + SHUFFLE_MODULUS + "), p.id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY");
    }

    public List<Object> pageParameters(long offset, int limit) {
        List<Object> all = new ArrayList<>(parameters);
        all.add(shuffleFactor);
        all.add(shuffleOffset);
        all.add(offset);
        all.add(limit);
        return all;
    }

    public String countSql() {
        return numbered("SELECT COUNT(*) FROM supporter_profile p WHERE " + where);
    }

    public List<Object> parameters() {
        return parameters;
    }

    /** EclipseLink binds native parameters by number, so each ? becomes ?1, ?2, … in order. */
    private static String numbered(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int number = 0;
        boolean inLiteral = false;
        for (char c : sql.toCharArray()) {
            if (c == '\'') {
                inLiteral = !inLiteral;
            }
            out.append(c);
            if (c == '?' && !inLiteral) {
                out.append(++number);
            }
        }
        return out.toString();
    }
}
