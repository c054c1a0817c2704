package org.alongside.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a directory search, with the listing rule in one place: a profile is public only if
 * it is published, not paused, under a consent in force, and its holder has a certificate issued
 * by today, not expired and not revoked. Filters match only values the supporter shows (see
 * {@link DirectoryFacets}), so a hidden field can never be found out by filtering on it; words
 * match the beginnings of words in a shown name or bio ({@link DirectoryWords}).
 *
 * <p>Results come in the order of each profile's random {@code directory_position}, starting at
 * a different position each day and wrapping round: no one is always first, and paging through is
 * stable all day. Because that order is an index, a search can look through just the first listed
 * profiles ({@link #windowSql}) instead of sorting every match; {@link DirectorySearch} says when.
 */
public final class DirectorySql {

    private static final String ROW_LISTED = "p.published = TRUE AND p.paused = FALSE";
    private static final String ORDER = "p.directory_position, p.id";
    /**
     * A profile's facets and words as PostgreSQL indexes them: the facets, and the beginnings of each
     * word up to {@link #INDEXED_PREFIX} letters (R__directory_search_indexes.sql).
     */
    private static final String TERMS = "directory_search_terms(p.search_facets, p.search_text)";
    /** The longest beginning of a word that PostgreSQL's index holds: the 12 in directory_search_terms. */
    static final int INDEXED_PREFIX = 12;

    private final String conditions;
    private final List<Object> parameters;
    /** On PostgreSQL, the filters and words again for its index of them; empty elsewhere, and in a window (which walks, not looks up). */
    private final String indexedConditions;
    private final List<Object> indexedParameters;
    private final int start;

    private DirectorySql(String conditions, List<Object> parameters, String indexedConditions, List<Object> indexedParameters,
            LocalDate today) {
        this.conditions = conditions;
        this.parameters = List.copyOf(parameters);
        this.indexedConditions = indexedConditions;
        this.indexedParameters = List.copyOf(indexedParameters);
        this.start = startOn(today);
    }

    /**
     * A search; {@code termIndex} adds, on PostgreSQL, the same filters and words once more as a
     * query of the index of each profile's facets and words (see R__directory_search_indexes.sql),
     * which changes no result.
     */
    public static DirectorySql search(DirectoryQuery query, LocalDate today, boolean termIndex) {
        StringBuilder where = new StringBuilder(listedElsewhere());
        List<Object> parameters = new ArrayList<>(List.of(today, today));
        List<String> facets = new ArrayList<>();
        if (query.areaId() != null) {
            facets.add(DirectoryFacets.area(query.areaId()));
        }
        if (query.format() != null) {
            facets.add(DirectoryFacets.format(query.format()));
        }
        if (query.language() != null) {
            facets.add(DirectoryFacets.language(query.language()));
        }
        if (query.region() != null) {
            facets.add(DirectoryFacets.region(query.region()));
        }
        if (query.availability() != null) {
            facets.add(DirectoryFacets.slot(query.availability()));
        }
        List<String> terms = new ArrayList<>();
        for (String facet : facets) {
            where.append(" AND p.search_facets LIKE ? ESCAPE '\\'");
            parameters.add("%" + escapeLike(DirectoryFacets.SEPARATOR + facet + DirectoryFacets.SEPARATOR) + "%");
            terms.add(lexeme(facet));
        }
        for (String word : query.words()) {
            where.append(" AND p.search_text LIKE ? ESCAPE '\\'");
            parameters.add("% " + escapeLike(word) + "%");
            terms.add(lexeme(indexedPrefix(word)));
        }
        boolean indexed = termIndex && !terms.isEmpty();
        return new DirectorySql(where.toString(), parameters,
                indexed ? " AND " + TERMS + " @@ CAST(? AS tsquery)" : "",
                indexed ? List.of(String.join(" & ", terms)) : List.of(), today);
    }

    /** The listing rule for one profile, for its public page. */
    public static DirectorySql listed(long profileId, LocalDate today) {
        List<Object> parameters = new ArrayList<>(List.of(today, today));
        parameters.add(profileId);
        return new DirectorySql(listedElsewhere() + " AND p.id = ?", parameters, "", List.of(), today);
    }

    /** The part of the listing rule that looks beyond the profile's row: consent and certificate. */
    private static String listedElsewhere() {
        return "EXISTS (SELECT 1 FROM directory_consent c WHERE c.id = p.consent_id AND c.withdrawn_at IS NULL)"
                + " AND EXISTS (SELECT 1 FROM certificate k WHERE k.account_id = p.account_id AND k.revoked_at IS NULL"
                + " AND k.issued_on <= ? AND k.expires_on >= ?)";
    }

    /** Where today's order starts: a position that jumps about from one day to the next. */
    static int startOn(LocalDate today) {
        return (int) Math.floorMod(today.toEpochDay() * 2_654_435_761L + 1_013_904_223L, (long) Integer.MAX_VALUE);
    }

    /** One facet or word as PostgreSQL's text search reads it, quoted so that it means only itself. */
    static String lexeme(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /**
     * What the index holds for words that begin with this one: the word itself, or, when it is
     * longer, its beginning (the LIKE then checks the rest). Letters are counted as PostgreSQL's
     * left() counts them, in code points.
     */
    static String indexedPrefix(String word) {
        return word.codePointCount(0, word.length()) <= INDEXED_PREFIX ? word : word.substring(0, word.offsetByCodePoints(0, INDEXED_PREFIX));
    }

    /** LIKE treats % and _ as wildcards; a search for them means the characters themselves. */
    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The matches among the first {@code window} listed profiles in today's order: from today's
     * start up to the highest position, or, {@code wrapped}, from the lowest position up to today's
     * start. Each row is a match (up to a limit) with the number of all matches among them and the
     * number of profiles looked through, which is less than the window when the lap ran out of
     * profiles. No match still gives one row, with that number and a NULL id. Its cost depends on
     * how many profiles are looked through, not on how many match: on PostgreSQL one index holds
     * everything it reads (R__directory_search_indexes.sql). Parameters are {@link #windowParameters}.
     */
    public String windowSql(boolean wrapped) {
        String firstListed = " FROM supporter_profile p WHERE " + ROW_LISTED + " AND p.directory_position " + (wrapped ? "<" : ">=")
                + " ? ORDER BY " + ORDER + " FETCH FIRST ? ROWS ONLY";
        return numbered("SELECT h.id, h.found, n.looked_through FROM (SELECT COUNT(*) AS looked_through FROM (SELECT p.id" + firstListed
                + ") w) n LEFT JOIN (SELECT p.id, p.directory_position, COUNT(*) OVER () AS found FROM (SELECT p.id, p.account_id,"
                + " p.consent_id, p.search_facets, p.search_text, p.directory_position" + firstListed + ") p WHERE " + conditions
                + " ORDER BY " + ORDER + " FETCH FIRST ? ROWS ONLY) h ON 1 = 1 ORDER BY h.directory_position, h.id");
    }

    public List<Object> windowParameters(int window, long limit) {
        List<Object> all = new ArrayList<>(List.of(start, window, start, window));
        all.addAll(parameters);
        all.add(limit);
        return all;
    }

    /**
     * Ids of one page of all matching profiles in today's order, each row with the number of all
     * matches: one pass over the matches gives both, where a count and a page would make two. A page
     * past the end has no rows, and so no number either. Parameters are {@link #pageParameters}.
     */
    public String pageSql() {
        return numbered("SELECT p.id, COUNT(*) OVER () FROM supporter_profile p WHERE " + ROW_LISTED + " AND " + conditions
                + indexedConditions + " ORDER BY CASE WHEN p.directory_position >= ? THEN 0 ELSE 1 END, " + ORDER
                + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY");
    }

    public List<Object> pageParameters(long offset, int limit) {
        List<Object> all = new ArrayList<>(parameters());
        all.add(start);
        all.add(offset);
        all.add(limit);
        return all;
    }

    public String countSql() {
        return numbered("SELECT COUNT(*) FROM supporter_profile p WHERE " + ROW_LISTED + " AND " + conditions + indexedConditions);
    }

    /** The parameters of {@link #countSql}. */
    public List<Object> parameters() {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(indexedParameters);
        return all;
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
