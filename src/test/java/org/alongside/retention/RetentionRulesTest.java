package org.alongside.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RetentionRulesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-12-02T03:40:00Z");
    private static final RetentionRules RULES = new RetentionRules(24, 12, 72, 30);

    @Test
    void aTraineeUnseenForLongerThanThePeriodAndNotCertifiedGoes() {
        Instant longAgo = Instant.parse("2024-12-01T03:39:59Z");
        assertThat(RULES.traineeExpired(longAgo, longAgo, false, NOW, LONDON)).isTrue();
        assertThat(RULES.traineeExpired(longAgo, null, false, NOW, LONDON)).as("never signed in: counted from creation").isTrue();
    }

    @Test
    void aTraineeSeenWithinThePeriodOrCertifiedStays() {
        Instant longAgo = Instant.parse("2023-01-01T00:00:00Z");
        assertThat(RULES.traineeExpired(longAgo, Instant.parse("2025-06-01T00:00:00Z"), false, NOW, LONDON)).isFalse();
        assertThat(RULES.traineeExpired(longAgo, longAgo, true, NOW, LONDON)).isFalse();
        Instant exactly = RULES.inactiveBefore(NOW, LONDON);
        assertThat(RULES.traineeExpired(exactly, exactly, false, NOW, LONDON)).as("exactly at the cutoff is kept").isFalse();
        assertThat(exactly).isEqualTo(Instant.parse("2024-12-02T03:40:00Z"));
    }

    @Test
    void monthsAreCalendarMonthsInThePortalsZone() {
        // 31 March less one month is 29 February in a leap year, at the same time on London's clocks
        // (13:00 summer time then, 13:00 GMT before).
        RetentionRules oneMonth = new RetentionRules(1, 1, 1, 1);
        Instant endOfMarch = Instant.parse("2028-03-31T12:00:00Z");
        assertThat(oneMonth.auditBefore(endOfMarch, LONDON)).isEqualTo(Instant.parse("2028-02-29T13:00:00Z"));
        assertThat(RULES.auditBefore(NOW, LONDON)).isEqualTo(Instant.parse("2020-12-02T03:40:00Z"));
    }

    @Test
    void reflectionsGoAYearAfterTheFirstCertificate() {
        assertThat(RULES.certifiedBefore(LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2025, 12, 2));
    }

    @Test
    void unusedLinksAndHeldMailGoAfterTheirDays() {
        assertThat(RULES.unusedBefore(NOW)).isEqualTo(Instant.parse("2026-11-02T03:40:00Z"));
    }

    @Test
    void everyPeriodIsAtLeastOne() {
        assertThatThrownBy(() -> new RetentionRules(0, 12, 72, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionRules(24, 12, 72, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
