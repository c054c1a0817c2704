package org.alongside.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.alongside.identity.Account;
import org.alongside.identity.Role;
import org.junit.jupiter.api.Test;

class SupervisionRequirementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Account PERSON = new Account("tam@example.org", "Tam", "hash", Set.of(Role.TRAINEE), NOW);
    private static final Account SUPERVISOR = new Account("theo@example.org", "Theo", "hash", Set.of(Role.TRAINER), NOW);

    private final SupervisionRequirement threeInSixMonths = new SupervisionRequirement(3, 6);

    @Test
    void thePeriodStartsExactlyThatManyMonthsBeforeToday() {
        assertThat(threeInSixMonths.since(TODAY)).isEqualTo(LocalDate.of(2026, 5, 25));
        // A shorter month end: 31 August minus 6 months is the last day of February.
        assertThat(threeInSixMonths.since(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aSignedOffSessionExactlyOnTheFirstDayOfThePeriodCountsAndOneDayEarlierDoesNot() {
        assertThat(threeInSixMonths.counts(signedOff(LocalDate.of(2026, 5, 25)), TODAY)).isTrue();
        assertThat(threeInSixMonths.counts(signedOff(LocalDate.of(2026, 5, 24)), TODAY)).isFalse();
        assertThat(threeInSixMonths.counts(signedOff(TODAY), TODAY)).isTrue();
    }

    @Test
    void unsignedSessionsAndDatesAfterTodayNeverCount() {
        assertThat(threeInSixMonths.counts(unsigned(TODAY.minusDays(3)), TODAY)).isFalse();
        assertThat(threeInSixMonths.counts(signedOff(TODAY.plusDays(1)), TODAY)).isFalse();
    }

    @Test
    void theRequirementIsMetWithEnoughCountingSessions() {
        List<SupervisionSession> twoCounting = List.of(signedOff(TODAY.minusMonths(1)), signedOff(TODAY.minusMonths(6)),
                signedOff(TODAY.minusMonths(7)), unsigned(TODAY.minusDays(1)));
        SupervisionStatus notYet = threeInSixMonths.status(twoCounting, TODAY);
        assertThat(notYet).isEqualTo(new SupervisionStatus(2, 3, LocalDate.of(2026, 5, 25)));
        assertThat(notYet.met()).isFalse();

        List<SupervisionSession> three = List.of(signedOff(TODAY.minusMonths(1)), signedOff(TODAY.minusMonths(6)), signedOff(TODAY));
        assertThat(threeInSixMonths.status(three, TODAY).met()).isTrue();
    }

    @Test
    void theSameSessionsStopCountingAsTimeGoesOn() {
        List<SupervisionSession> sessions = List.of(signedOff(TODAY.minusMonths(5)), signedOff(TODAY.minusMonths(4)),
                signedOff(TODAY.minusMonths(3)));
        assertThat(threeInSixMonths.status(sessions, TODAY).met()).isTrue();
        assertThat(threeInSixMonths.status(sessions, TODAY.plusMonths(1).plusDays(1)).signedOff()).isEqualTo(2);
    }

    @Test
    void nothingRequiredIsMetAtOnceAndNonsenseSettingsAreRefused() {
        assertThat(new SupervisionRequirement(0, 6).status(List.of(), TODAY).met()).isTrue();
        assertThatThrownBy(() -> new SupervisionRequirement(-1, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SupervisionRequirement(3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static SupervisionSession unsigned(LocalDate date) {
        return new SupervisionSession(PERSON, SUPERVISOR, new SessionFacts(date, 60, SupervisionFormat.VIDEO, "note"), NOW);
    }

    private static SupervisionSession signedOff(LocalDate date) {
        SupervisionSession session = unsigned(date);
        session.signOff(SUPERVISOR, NOW);
        return session;
    }
}
