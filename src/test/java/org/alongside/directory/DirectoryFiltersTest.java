package org.alongside.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectoryFiltersTest {

    private static final Map<Long, String> AREAS = Map.of(2L, "Bereavement", 7L, "Psychosis");
    private static final List<String> LANGUAGES = List.of("English", "British Sign Language", "Welsh");
    private static final List<String> REGIONS = List.of("Wales", "London");

    private static DirectoryFilters.Parsed parse(String... pairs) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        return DirectoryFilters.parse(parameters, AREAS, LANGUAGES, REGIONS);
    }

    @Test
    void knownValuesBecomeTheQueryAndPagesCountFromOne() {
        DirectoryFilters.Parsed parsed = parse("area", "7", "format", "phone", "language", "british sign language", "region", "Wales",
                "availability", "WEEKENDS", "q", "  walks  ", "page", "3");

        assertThat(parsed.ignored()).isEmpty();
        assertThat(parsed.query()).isEqualTo(new DirectoryQuery(7L, SupportFormat.PHONE, "British Sign Language", "Wales",
                AvailabilitySlot.WEEKENDS, "walks", 2, DirectoryFilters.PAGE_SIZE));
    }

    @Test
    void nothingChosenIsAnUnfilteredFirstPage() {
        DirectoryFilters.Parsed parsed = parse("area", "", "format", " ", "page", "");

        assertThat(parsed.ignored()).isEmpty();
        assertThat(parsed.query()).isEqualTo(new DirectoryQuery(null, null, null, null, null, "", 0, DirectoryFilters.PAGE_SIZE));
    }

    @Test
    void unknownValuesAreLeftOutAndNamed() {
        DirectoryFilters.Parsed parsed = parse("area", "99", "format", "CARRIER_PIGEON", "language", "Klingon", "region", "Mars",
                "availability", "NEVER");

        assertThat(parsed.query()).isEqualTo(new DirectoryQuery(null, null, null, null, null, "", 0, DirectoryFilters.PAGE_SIZE));
        assertThat(parsed.ignored()).extracting(DirectoryFilters.Ignored::messageKey).containsExactly("directory.filter.unknownArea",
                "directory.filter.unknownFormat", "directory.filter.unknownAvailability", "directory.filter.unknownLanguage",
                "directory.filter.unknownRegion");
        assertThat(parsed.ignored()).extracting(DirectoryFilters.Ignored::value).containsExactly("99", "CARRIER_PIGEON", "NEVER",
                "Klingon", "Mars");
        assertThat(parsed.ignored()).extracting(DirectoryFilters.Ignored::parameter).containsExactly("area", "format", "availability",
                "language", "region");
    }

    @Test
    void aRetiredOrNonNumericAreaIsUnknown() {
        assertThat(parse("area", "3").ignored()).hasSize(1);
        assertThat(parse("area", "' OR 1=1 --").query().areaId()).isNull();
        assertThat(parse("area", "99999999999999999999999").ignored()).hasSize(1);
    }

    @Test
    void sillyPageNumbersFallBackToTheFirstPage() {
        for (String page : List.of("99999999999999999999", "0", "-1", "two", "1e3", "1.5")) {
            DirectoryFilters.Parsed parsed = parse("page", page);
            assertThat(parsed.query().page()).as(page).isZero();
            assertThat(parsed.ignored()).as(page).extracting(DirectoryFilters.Ignored::messageKey).containsExactly("directory.filter.badPage");
        }
        assertThat(parse("page", "999999999").query().page()).isEqualTo(999_999_998);
    }

    @Test
    void echoedValuesAreShortened() {
        String long_ = "x".repeat(500);
        assertThat(parse("region", long_).ignored().get(0).value()).hasSize(41).endsWith("…");
    }

    @Test
    void searchTextIsKeptAsTypedForALiteralSearch() {
        DirectoryQuery query = parse("q", "%' OR 1=1 --").query();
        assertThat(query.text()).isEqualTo("%' OR 1=1 --");
        assertThat(DirectorySql.search(query, java.time.LocalDate.of(2031, 1, 1), false).parameters()).contains("% \\%'%");
    }
}
