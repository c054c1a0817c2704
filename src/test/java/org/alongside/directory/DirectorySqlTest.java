package org.alongside.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DirectorySqlTest {

    private static final LocalDate TODAY = LocalDate.of(2031, 5, 1);
    private static final DirectoryQuery EVERY_FILTER = new DirectoryQuery(3L, SupportFormat.PHONE, "Welsh", "North_West",
            AvailabilitySlot.WEEKENDS, "", 0, 20);

    @Test
    void everySearchCarriesTheListingRule() {
        DirectorySql sql = DirectorySql.search(new DirectoryQuery(null, null, null, null, null, "", 0, 20), TODAY, false);

        assertThat(sql.countSql()).contains("p.published = TRUE AND p.paused = FALSE", "c.withdrawn_at IS NULL",
                "k.revoked_at IS NULL AND k.issued_on <= ?1 AND k.expires_on >= ?2");
        assertThat(sql.pageSql()).contains("p.published = TRUE AND p.paused = FALSE", "c.withdrawn_at IS NULL", "k.revoked_at IS NULL");
        assertThat(sql.windowSql(false)).contains("p.published = TRUE AND p.paused = FALSE", "c.withdrawn_at IS NULL", "k.revoked_at IS NULL");
        assertThat(sql.parameters()).containsExactly(TODAY, TODAY);
    }

    @Test
    void filtersMatchWholeShownFacets() {
        DirectorySql sql = DirectorySql.search(EVERY_FILTER, TODAY, false);

        assertThat(sql.countSql()).contains("p.search_facets LIKE ?3 ESCAPE '\\'").doesNotContain("tsquery");
        assertThat(sql.parameters()).containsExactly(TODAY, TODAY, "%|area:3|%", "%|format:PHONE|%", "%|language:Welsh|%",
                "%|region:North\\_West|%", "%|slot:WEEKENDS|%");
    }

    @Test
    void onPostgreSqlTheFiltersAndWordsAreRepeatedForItsIndexOfTerms() {
        DirectorySql sql = DirectorySql.search(new DirectoryQuery(3L, SupportFormat.PHONE, "Welsh", "North_West",
                AvailabilitySlot.WEEKENDS, "walk o'brien back\\slash", 0, 20), TODAY, true);

        assertThat(sql.countSql()).endsWith("AND directory_search_terms(p.search_facets, p.search_text) @@ CAST(?11 AS tsquery)");
        assertThat(sql.parameters()).hasSize(11)
                .endsWith("'area:3' & 'format:PHONE' & 'language:Welsh' & 'region:North_West' & 'slot:WEEKENDS'"
                        + " & 'walk' & 'o''brien' & 'back\\\\slash'");
        assertThat(sql.pageSql()).contains("@@ CAST(?11 AS tsquery) ORDER BY");
        assertThat(sql.windowSql(false)).as("a window walks its profiles in order; an index look-up would not help")
                .doesNotContain("tsquery");
        assertThat(sql.windowParameters(1000, 20)).hasSize(15);
        assertThat(DirectorySql.search(new DirectoryQuery(null, null, null, null, null, "walk", 0, 20), TODAY, true).parameters())
                .as("a word alone uses the index too").endsWith("'walk'");
        assertThat(DirectorySql.search(new DirectoryQuery(null, null, null, null, null, " ", 0, 20), TODAY, true).countSql())
                .as("nothing to look up").doesNotContain("tsquery");
    }

    @Test
    void theIndexHoldsTheBeginningsOfLongWordsAsPostgreSqlCountsLetters() throws Exception {
        assertThat(DirectorySql.indexedPrefix("walk")).isEqualTo("walk");
        assertThat(DirectorySql.indexedPrefix("twelveletter")).isEqualTo("twelveletter");
        assertThat(DirectorySql.indexedPrefix("thirteenchars")).isEqualTo("thirteencha" + "r");
        assertThat(DirectorySql.indexedPrefix("\uD835\uDC9C".repeat(13))).as("letters beyond the first plane count once")
                .isEqualTo("\uD835\uDC9C".repeat(12));
        String script;
        try (var in = DirectorySql.class.getResourceAsStream("/db/vendor/postgresql/R__directory_search_indexes.sql")) {
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(script).as("the index holds beginnings as long as the ones searched for")
                .contains("least(length(word), " + DirectorySql.INDEXED_PREFIX + ")");
    }

    @Test
    void wordsMatchTheBeginningOfAWordAndWildcardsAreSearchedForAsThemselves() {
        DirectorySql sql = DirectorySql.search(new DirectoryQuery(null, null, null, null, null, "50%_off  ' OR 1=1 --", 0, 20), TODAY, false);

        assertThat(sql.parameters()).containsExactly(TODAY, TODAY, "% 50\\%\\_off%", "% '%", "% or%", "% 1=1%", "% --%");
        assertThat(sql.countSql()).endsWith("p.search_text LIKE ?7 ESCAPE '\\'").doesNotContain("tsquery");
    }

    @Test
    void aFullPageIsNumberedAfterTheFilters() {
        DirectorySql sql = DirectorySql.search(new DirectoryQuery(null, SupportFormat.TEXT, null, null, null, "", 2, 20), TODAY, false);

        assertThat(sql.pageSql()).startsWith("SELECT p.id, COUNT(*) OVER () FROM supporter_profile p WHERE")
                .contains("ORDER BY CASE WHEN p.directory_position >= ?4 THEN 0 ELSE 1 END, p.directory_position, p.id")
                .endsWith("OFFSET ?5 ROWS FETCH FIRST ?6 ROWS ONLY");
        assertThat(sql.pageParameters(40, 20)).containsExactly(TODAY, TODAY, "%|format:TEXT|%", DirectorySql.startOn(TODAY), 40L, 20);
    }

    @Test
    void aWindowLooksThroughTheFirstListedProfilesFromTodaysStartOrFromTheLowestPosition() {
        DirectorySql sql = DirectorySql.search(new DirectoryQuery(null, SupportFormat.TEXT, null, null, null, "", 2, 20), TODAY, false);

        assertThat(sql.windowSql(false))
                .startsWith("SELECT h.id, h.found, n.looked_through FROM (SELECT COUNT(*) AS looked_through FROM (SELECT p.id"
                        + " FROM supporter_profile p WHERE p.published = TRUE AND p.paused = FALSE"
                        + " AND p.directory_position >= ?1 ORDER BY p.directory_position, p.id FETCH FIRST ?2 ROWS ONLY) w) n LEFT JOIN")
                .contains("p.directory_position >= ?3 ORDER BY p.directory_position, p.id FETCH FIRST ?4 ROWS ONLY) p WHERE")
                .contains("p.search_facets LIKE ?7")
                .endsWith("FETCH FIRST ?8 ROWS ONLY) h ON 1 = 1 ORDER BY h.directory_position, h.id");
        assertThat(sql.windowSql(true)).contains("p.directory_position < ?1", "p.directory_position < ?3")
                .doesNotContain("p.directory_position >=");
        int start = DirectorySql.startOn(TODAY);
        assertThat(sql.windowParameters(1000, 60)).containsExactly(start, 1000, start, 1000, TODAY, TODAY, "%|format:TEXT|%", 60L);
    }

    @Test
    void theOrderStartsSomewhereElseEachDayButStaysPutWithinADay() {
        assertThat(DirectorySql.startOn(TODAY)).isEqualTo(DirectorySql.startOn(LocalDate.of(2031, 5, 1)))
                .isNotEqualTo(DirectorySql.startOn(TODAY.plusDays(1)))
                .isBetween(0, Integer.MAX_VALUE - 1);
        assertThat(Math.abs((long) DirectorySql.startOn(TODAY.plusDays(1)) - DirectorySql.startOn(TODAY)))
                .as("tomorrow's start is far from today's, not the next few supporters along").isGreaterThan(1_000_000L);
    }
}
