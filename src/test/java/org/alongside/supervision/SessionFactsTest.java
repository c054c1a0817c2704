package org.alongside.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.alongside.identity.Account;
import org.alongside.identity.Role;
import org.junit.jupiter.api.Test;

class SessionFactsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void aSessionTodayOrEarlierFromOneMinuteToEightHoursIsFine() {
        assertThat(facts(TODAY, 1, "").problem(TODAY)).isEmpty();
        assertThat(facts(TODAY.minusYears(2), 480, null).problem(TODAY)).isEmpty();
        assertThat(facts(TODAY, 60, "n".repeat(SessionFacts.NOTE_MAX)).problem(TODAY)).isEmpty();
    }

    @Test
    void aDateAfterTodayIsRefused() {
        assertThat(key(facts(TODAY.plusDays(1), 60, null))).hasValue("date:supervision.dateInFuture");
        assertThat(key(facts(null, 60, null))).hasValue("date:supervision.dateRequired");
    }

    @Test
    void zeroNegativeMissingOrTooManyMinutesAreRefused() {
        assertThat(key(facts(TODAY, 0, null))).hasValue("minutes:supervision.minutesTooFew");
        assertThat(key(facts(TODAY, -30, null))).hasValue("minutes:supervision.minutesTooFew");
        assertThat(key(facts(TODAY, null, null))).hasValue("minutes:supervision.minutesRequired");
        assertThat(key(facts(TODAY, 481, null))).hasValue("minutes:supervision.minutesTooMany");
    }

    @Test
    void aFormatIsNeededAndTheNoteHasALimit() {
        assertThat(key(new SessionFacts(TODAY, 60, null, null))).hasValue("format:supervision.formatRequired");
        assertThat(key(facts(TODAY, 60, "n".repeat(SessionFacts.NOTE_MAX + 1)))).hasValue("note:supervision.noteTooLong");
        // Spaces round the note are not kept, so they do not count against the limit.
        assertThat(facts(TODAY, 60, "  " + "n".repeat(SessionFacts.NOTE_MAX) + "\n").problem(TODAY)).isEmpty();
        assertThat(facts(TODAY, 60, "  \n ").cleanNote()).isNull();
    }

    @Test
    void aSignedOffSessionIsFinalButTheReflectionStaysThePersons() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        Account supervisor = new Account("theo@example.org", "Theo", "hash", Set.of(Role.TRAINER), now);
        SupervisionSession session = new SupervisionSession(new Account("tam@example.org", "Tam", "hash", Set.of(Role.TRAINEE), now),
                supervisor, facts(TODAY, 50, "First note"), now);
        session.edit(facts(TODAY, 55, "Better note"));
        assertThat(session.getNote()).isEqualTo("Better note");

        session.signOff(supervisor, now);
        assertThatThrownBy(() -> session.edit(facts(TODAY, 60, "Changed"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.signOff(supervisor, now)).isInstanceOf(IllegalStateException.class);
        session.reflect("  It helped to slow down.  ", now);
        assertThat(session.getReflection()).isEqualTo("It helped to slow down.");
        assertThat(session.getSupervisorName()).isEqualTo("Theo");
        assertThat(session.getDurationMinutes()).isEqualTo(55);
    }

    private static SessionFacts facts(LocalDate date, Integer minutes, String note) {
        return new SessionFacts(date, minutes, SupervisionFormat.IN_PERSON, note);
    }

    private static Optional<String> key(SessionFacts facts) {
        return facts.problem(TODAY).map(problem -> problem.field() + ":" + problem.messageKey());
    }
}
