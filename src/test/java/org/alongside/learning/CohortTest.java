package org.alongside.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.alongside.platform.ActionRefused;
import org.junit.jupiter.api.Test;

class CohortTest {

    private static final LocalDate DAY_ONE = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-02-20T10:00:00Z");

    private final Cohort cohort = new Cohort("  Spring group ", "sample", "1.0", List.of(DAY_ONE, DAY_ONE.plusDays(7)), "Be kind.", null, NOW);

    @Test
    void aDayOpensOnItsDateAndStaysOpen() {
        assertThat(cohort.isDayOpen(1, DAY_ONE.minusDays(1))).isFalse();
        assertThat(cohort.isDayOpen(1, DAY_ONE)).isTrue();
        assertThat(cohort.isDayOpen(1, DAY_ONE.plusDays(30))).isTrue();
        assertThat(cohort.isDayOpen(2, DAY_ONE)).isFalse();
        assertThat(cohort.isDayOpen(2, DAY_ONE.plusDays(7))).isTrue();
    }

    @Test
    void aDayTheCohortDoesNotHaveIsNeverOpen() {
        assertThat(cohort.isDayOpen(3, DAY_ONE.plusYears(1))).isFalse();
    }

    @Test
    void aCoordinatorCanOpenADayEarly() {
        cohort.openEarly(2, DAY_ONE, NOW);

        assertThat(cohort.isDayOpen(2, DAY_ONE)).isTrue();
        assertThat(cohort.day(2).orElseThrow().getOpenedEarlyAt()).isEqualTo(NOW);
        assertThat(cohort.isDayOpen(1, DAY_ONE.minusDays(1))).as("other days keep their dates").isFalse();
    }

    @Test
    void openingADayThatIsAlreadyOpenChangesNothing() {
        cohort.openEarly(1, DAY_ONE, NOW);

        assertThat(cohort.day(1).orElseThrow().getOpenedEarlyAt()).isNull();
    }

    @Test
    void theStartDateIsDayOnesDateAndTheNameIsTrimmed() {
        assertThat(cohort.getStartDate()).isEqualTo(DAY_ONE);
        assertThat(cohort.getName()).isEqualTo("Spring group");
    }

    @Test
    void daysMustBeInOrder() {
        assertThatThrownBy(() -> new Cohort("Backwards", "sample", "1.0", List.of(DAY_ONE, DAY_ONE.minusDays(1)), "Be kind.", null, NOW))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.datesOutOfOrder"));
        assertThatThrownBy(() -> new Cohort("Empty", "sample", "1.0", List.of(), "Be kind.", null, NOW))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.dateForEachDay"));
    }
}
