package org.alongside.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.alongside.platform.ActionRefused;
import org.junit.jupiter.api.Test;

class CohortRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-02-20T10:00:00Z");

    @Test
    void datesMustComeOneForEachDayAndInOrder() {
        assertThatCode(() -> CohortRules.requireDatesInOrder(List.of(MONDAY, MONDAY, MONDAY.plusDays(1)), 3)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CohortRules.requireDatesInOrder(List.of(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(1)), 3))
                .isInstanceOfSatisfying(ActionRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("cohort.datesOutOfOrder");
                    assertThat(e.arguments()).containsExactly(3, 2);
                });
        assertThatThrownBy(() -> CohortRules.requireDatesInOrder(List.of(MONDAY), 2))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.dateForEachDay"));
        assertThatThrownBy(() -> CohortRules.requireDatesInOrder(Arrays.asList(MONDAY, null), 2))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.dateForEachDay"));
    }

    @Test
    void onlyHttpsAddressesWithAHostAreOnlineLinks() {
        assertThat(CohortRules.isOnlineLink("https://meet.example.org/peer-group?id=42")).isTrue();
        assertThat(CohortRules.isOnlineLink("http://meet.example.org/")).isFalse();
        assertThat(CohortRules.isOnlineLink("javascript:alert(1)")).isFalse();
        assertThat(CohortRules.isOnlineLink("https:///no-host")).isFalse();
        assertThat(CohortRules.isOnlineLink("https://meet.example.org/a b")).isFalse();
        assertThat(CohortRules.isOnlineLink("meet.example.org")).isFalse();
        assertThat(CohortRules.isOnlineLink("https://" + "a".repeat(CohortRules.LINK_MAX))).isFalse();
    }

    @Test
    void aCapacityIsPositiveAndNeverBelowTheMembers() {
        assertThatCode(() -> CohortRules.requireCapacity(null, 30)).doesNotThrowAnyException();
        assertThatCode(() -> CohortRules.requireCapacity(3, 3)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CohortRules.requireCapacity(0, 0))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.capacityPositive"));
        assertThatThrownBy(() -> CohortRules.requireCapacity(2, 3))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.capacityBelowMembers"));
    }

    @Test
    void aFullCohortHasNoRoomAndPlacesLeftNeverGoBelowZero() {
        assertThat(CohortRules.hasRoom(null, 1000)).isTrue();
        assertThat(CohortRules.hasRoom(2, 1)).isTrue();
        assertThat(CohortRules.hasRoom(2, 2)).isFalse();
        assertThat(CohortRules.placesLeft(null, 5)).isNull();
        assertThat(CohortRules.placesLeft(10, 4)).isEqualTo(6);
        assertThat(CohortRules.placesLeft(3, 5)).isZero();
    }

    @Test
    void anEditIsCheckedWholeBeforeAnythingChanges() {
        Cohort cohort = new Cohort("Spring group", "sample", "1.0", List.of(MONDAY, MONDAY.plusDays(1)), "Be kind.", null, NOW);
        CohortEdit backwards = new CohortEdit("Renamed", List.of(
                new CohortEdit.DayDetails(MONDAY.plusDays(5), "Room 1", null),
                new CohortEdit.DayDetails(MONDAY, null, "https://meet.example.org/x")), 10, "Be kind.");

        assertThatThrownBy(() -> cohort.edit(backwards, 0))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.datesOutOfOrder"));
        assertThat(cohort.getName()).isEqualTo("Spring group");
        assertThat(cohort.getStartDate()).isEqualTo(MONDAY);

        CohortEdit badLink = new CohortEdit("Renamed", List.of(new CohortEdit.DayDetails(MONDAY, "Room 1", null),
                new CohortEdit.DayDetails(MONDAY.plusDays(1), null, "http://meet.example.org/x")), null, "Be kind.");
        assertThatThrownBy(() -> cohort.edit(badLink, 0)).isInstanceOfSatisfying(ActionRefused.class, e -> {
            assertThat(e.messageKey()).isEqualTo("cohort.linkInvalid");
            assertThat(e.arguments()).containsExactly(2);
        });
        assertThatThrownBy(() -> cohort.edit(new CohortEdit("Renamed", List.of(new CohortEdit.DayDetails(MONDAY, null, null),
                new CohortEdit.DayDetails(MONDAY, null, null)), 2, "Be kind."), 3))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.capacityBelowMembers"));
    }

    @Test
    void anEditSetsPlacesLinksAndCapacityAndCountsAgreementVersions() {
        Cohort cohort = new Cohort("Spring group", "sample", "1.0", List.of(MONDAY, MONDAY.plusDays(1)), "Be kind.", null, NOW);
        cohort.edit(new CohortEdit(" Renamed ", List.of(new CohortEdit.DayDetails(MONDAY.plusDays(7), " Room 1 ", " "),
                new CohortEdit.DayDetails(MONDAY.plusDays(8), "", "https://meet.example.org/x")), 12, "Be kind."), 3);

        assertThat(cohort.getName()).isEqualTo("Renamed");
        assertThat(cohort.getCapacity()).isEqualTo(12);
        assertThat(cohort.day(1).orElseThrow().getPlace()).isEqualTo("Room 1");
        assertThat(cohort.day(1).orElseThrow().getOnlineLink()).isNull();
        assertThat(cohort.day(2).orElseThrow().getPlace()).isNull();
        assertThat(cohort.day(2).orElseThrow().getOnlineLink()).isEqualTo("https://meet.example.org/x");
        assertThat(cohort.getAgreementVersion()).as("the same text is the same version").isEqualTo(1);

        cohort.edit(new CohortEdit("Renamed", List.of(new CohortEdit.DayDetails(MONDAY, null, null),
                new CohortEdit.DayDetails(MONDAY, null, null)), null, "Be kind. Take breaks."), 3);
        assertThat(cohort.getAgreementVersion()).isEqualTo(2);
        assertThat(cohort.agreement()).hasValue("Be kind. Take breaks.");
        assertThat(cohort.getCapacity()).isNull();
    }

    @Test
    void anEditIsDescribedForTheAuditTrailByWhatChanged() {
        CohortRules.Details before = new CohortRules.Details("Spring group", 12, "Be kind.", List.of("day 1 on 2026-03-02", "day 2 on 2026-03-09"));
        assertThat(CohortRules.changes(before, before)).isEqualTo("nothing changed");
        CohortRules.Details after = new CohortRules.Details("Spring group B", null, "Be kind to each other.",
                List.of("day 1 on 2026-03-02", "day 2 on 2026-03-10 at the library"));
        assertThat(CohortRules.changes(before, after)).isEqualTo("name 'Spring group' → 'Spring group B'; capacity 12 → none; "
                + "day 2 on 2026-03-09 → day 2 on 2026-03-10 at the library; group agreement reworded");
    }
}
