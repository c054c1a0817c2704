package org.alongside.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectoryFiltersTest {

    private final DirectoryFilters filters = new DirectoryFilters(Map.of(3L, "Depression", 1L, "Anxiety"),
            List.of("English", "Welsh"), List.of("Wales", "London"));

    private static DirectoryFilters.Raw raw(String area, String format, String language, String region, String availability,
                                            String text, String page, String size) {
        return new DirectoryFilters.Raw(area, format, language, region, availability, text, page, size);
    }

    @Test
    void blankFiltersMeanAnyAndTheFirstPage() {
        DirectoryQuery query = filters.parse(raw(null, "", " ", null, "", null, null, ""));

        assertThat(query).isEqualTo(new DirectoryQuery(null, null, null, null, null, "", 0, DirectoryFilters.DEFAULT_PAGE_SIZE));
    }

    @Test
    void knownValuesBecomeTheQueryInTheirKnownSpelling() {
        DirectoryQuery query = filters.parse(raw(" 3 ", "phone", "welsh", "LONDON", "Weekends", "  listening ear ", "2", "50"));

        assertThat(query).isEqualTo(new DirectoryQuery(3L, SupportFormat.PHONE, "Welsh", "London", AvailabilitySlot.WEEKENDS,
                "listening ear", 1, 50));
    }

    @Test
    void anUnknownValueIsRefusedWithTheValuesUnderstood() {
        assertThat(refusal(raw("2", null, null, null, null, null, null, null)))
                .satisfies(e -> assertThat(e.parameter()).isEqualTo("area"))
                .satisfies(e -> assertThat(e.allowed()).containsExactly("1", "3"));
        assertThat(refusal(raw(null, "CARRIER_PIGEON", null, null, null, null, null, null)).allowed())
                .containsExactly("IN_PERSON", "PHONE", "VIDEO", "TEXT");
        assertThat(refusal(raw(null, null, "Klingon", null, null, null, null, null)).allowed()).containsExactly("English", "Welsh");
        assertThat(refusal(raw(null, null, null, "Mars", null, null, null, null)).parameter()).isEqualTo("region");
        assertThat(refusal(raw(null, null, null, null, "NIGHTS", null, null, null)).allowed())
                .containsExactly("WEEKDAY_DAYTIME", "WEEKDAY_EVENINGS", "WEEKENDS");
        assertThat(refusal(raw("Depression", null, null, null, null, null, null, null)).parameter()).isEqualTo("area");
    }

    @Test
    void pageNumbersThatAreNotSensibleAreRefusedNotOverflowed() {
        for (String page : List.of("0", "-1", "abc", "1.5", "99999999999999999999", "1000001", "2147483648", "1e3")) {
            DirectoryFilters.InvalidFilterException refused = refusal(raw(null, null, null, null, null, null, page, null));
            assertThat(refused.parameter()).as(page).isEqualTo("page");
            assertThat(refused.getMessage()).contains("from 1 to 1000000");
        }
        assertThat(filters.parse(raw(null, null, null, null, null, null, "1000000", null)).page()).isEqualTo(999_999);
    }

    @Test
    void thePageSizeHasACeiling() {
        assertThat(refusal(raw(null, null, null, null, null, null, null, "51")).parameter()).isEqualTo("size");
        assertThat(refusal(raw(null, null, null, null, null, null, null, "0")).parameter()).isEqualTo("size");
        assertThat(filters.parse(raw(null, null, null, null, null, null, null, "1")).pageSize()).isEqualTo(1);
    }

    @Test
    void textIsPassedOnAsTyped() {
        assertThat(filters.parse(raw(null, null, null, null, null, "%' OR 1=1 --", null, null)).words())
                .containsExactly("%'", "or", "1=1", "--");
    }

    private DirectoryFilters.InvalidFilterException refusal(DirectoryFilters.Raw raw) {
        return catchThrowableOfType(DirectoryFilters.InvalidFilterException.class, () -> filters.parse(raw));
    }
}
