package org.alongside.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DirectorySqlTest {

    private static final LocalDate TODAY = LocalDate.of(2031, 5, 1);

    @Test
    void everySearchCarriesTheListingRule() {
        DirectorySql sql = DirectorySql.search(new DirectoryQuery(null, null, null, null, null, "", 0, 20), TODAY);

        assertThat(sql.countSql()).contains("p.published = TRUE AND p.paused = FALSE", "c.withdrawn_at IS NULL",
                "k.revoked_at IS NULL AND k.issued_on <= ?1 AND k.expires_on >= ?2");
        assertThat(sql.parameters()).containsExactly(TODAY, TODAY);
    }

    @Test
    void filtersMatchOnlyFieldsTheSupporterShows() {
        DirectorySql sql = DirectorySql.search(new DirectoryQuery(3L, SupportFormat.PHONE, "Welsh", "Wales",
                AvailabilitySlot.WEEKENDS, "", 0, 20), TODAY);

        assertThat(sql.countSql()).contains("p.show_areas = TRUE", "p.show_formats = TRUE", "p.show_languages = TRUE",
                "p.show_region = TRUE", "p.show_availability = TRUE");
        assertThat(sql.parameters()).containsExactly(TODAY, TODAY, 3L, "PHONE", "Welsh", "Wales", "WEEKENDS");
    }

    @Test
    void wildcardsInTheTextAreSearchedForAsThemselves() {
        DirectorySql sql = DirectorySql.search(new DirectoryQuery(null, null, null, null, null, "50%_off  ' OR 1=1 --", 0, 20), TODAY);

        assertThat(sql.parameters()).containsExactly(TODAY, TODAY, "%50\\%\\_off%", "%'%", "%or%", "%1=1%", "%--%");
        assertThat(sql.countSql()).endsWith("p.search_text LIKE ?7 ESCAPE '\\'");
    }

    @Test
    void pagesAreNumberedAfterTheFilters() {
        DirectorySql sql = DirectorySql.search(new DirectoryQuery(null, SupportFormat.TEXT, null, null, null, "", 2, 20), TODAY);

        assertThat(sql.pageSql()).startsWith("SELECT p.id, COUNT(*) OVER () FROM supporter_profile p WHERE")
                .endsWith("OFFSET ?6 ROWS FETCH FIRST ?7 ROWS ONLY");
        assertThat(sql.pageParameters(40, 20)).hasSize(7).endsWith(40L, 20);
    }

    @Test
    void theOrderChangesFromDayToDayButNotWithinADay() {
        DirectoryQuery query = new DirectoryQuery(null, null, null, null, null, "", 0, 20);
        Object todayFactor = DirectorySql.search(query, TODAY).pageParameters(0, 20).get(2);

        assertThat(DirectorySql.search(query, TODAY).pageParameters(0, 20).get(2)).isEqualTo(todayFactor);
        assertThat(DirectorySql.search(query, TODAY.plusDays(1)).pageParameters(0, 20).get(2)).isNotEqualTo(todayFactor);
        assertThat((long) todayFactor).isBetween(1L, DirectorySql.SHUFFLE_MODULUS - 1);
    }
}
