package org.alongside.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificationRulesTest {

    private static final LocalDate SINCE = LocalDate.of(2026, 5, 25);
    private final CertificationRules rules = new CertificationRules(24, 60);

    private static EligibilityFacts facts(int modulesComplete, int daysPresent, int signedOff) {
        return new EligibilityFacts(modulesComplete, 10, daysPresent, 4, 0.75, signedOff, 3, SINCE, 0, 0);
    }

    @Test
    void aTraineeWhoMeetsEveryRuleIsEligible() {
        Eligibility eligibility = rules.toCertify(facts(10, 3, 3));

        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.rules()).extracting(Eligibility.Rule::requirement).containsExactly(
                Eligibility.Requirement.COURSE_COMPLETE, Eligibility.Requirement.ATTENDANCE, Eligibility.Requirement.SUPERVISION);
        assertThat(eligibility.rules().get(2).since()).isEqualTo(SINCE);
    }

    @Test
    void eachRuleOnItsOwnStopsCertification() {
        assertThat(rules.toCertify(facts(9, 4, 3)).rules()).extracting(Eligibility.Rule::holds).containsExactly(false, true, true);
        assertThat(rules.toCertify(facts(10, 2, 3)).rules()).extracting(Eligibility.Rule::holds).containsExactly(true, false, true);
        assertThat(rules.toCertify(facts(10, 4, 2)).rules()).extracting(Eligibility.Rule::holds).containsExactly(true, true, false);
        assertThat(rules.toCertify(facts(9, 4, 3)).eligible()).isFalse();
    }

    @Test
    void attendanceIsTheCoursesShareOfDaysRoundedUp() {
        assertThat(CertificationRules.daysToAttend(0.75, 4)).isEqualTo(3);
        assertThat(CertificationRules.daysToAttend(0.75, 5)).isEqualTo(4);
        assertThat(CertificationRules.daysToAttend(0.75, 8)).isEqualTo(6);
        assertThat(CertificationRules.daysToAttend(1.0, 4)).isEqualTo(4);
        assertThat(CertificationRules.daysToAttend(0.5, 3)).isEqualTo(2);
        assertThat(rules.toCertify(new EligibilityFacts(10, 10, 3, 4, 1.0, 3, 3, SINCE, 0, 0)).eligible()).isFalse();
    }

    @Test
    void someoneInNoCohortIsNeverEligible() {
        Eligibility eligibility = rules.toCertify(new EligibilityFacts(0, 0, 0, 0, 1.0, 3, 3, SINCE, 0, 0));

        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.rules()).extracting(Eligibility.Rule::holds).containsExactly(false, false, true);
    }

    @Test
    void supervisionConfiguredOffAlwaysHolds() {
        Eligibility eligibility = rules.toCertify(new EligibilityFacts(10, 10, 4, 4, 0.75, 0, 0, SINCE, 0, 0));

        assertThat(eligibility.eligible()).isTrue();
    }

    @Test
    void aCourseThatAsksForObservedPracticeAddsTheRule() {
        Eligibility notYet = rules.toCertify(new EligibilityFacts(10, 10, 4, 4, 0.75, 3, 3, SINCE, 2, 3));
        Eligibility signedOff = rules.toCertify(new EligibilityFacts(10, 10, 4, 4, 0.75, 3, 3, SINCE, 3, 3));

        assertThat(notYet.rules()).extracting(Eligibility.Rule::requirement).endsWith(Eligibility.Requirement.OBSERVED_PRACTICE);
        assertThat(notYet.rules()).extracting(Eligibility.Rule::holds).containsExactly(true, true, true, false);
        assertThat(notYet.eligible()).isFalse();
        assertThat(signedOff.eligible()).isTrue();
    }

    @Test
    void renewalAsksOnlyForSupervisionInTheLatestPeriod() {
        assertThat(rules.toRenew(facts(0, 0, 3)).eligible()).isTrue();
        assertThat(rules.toRenew(facts(10, 4, 2)).eligible()).isFalse();
    }

    @Test
    void aCertificateIsValidForTheConfiguredMonths() {
        assertThat(rules.expiryOfCertificateIssuedOn(LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2028, 11, 25));
        assertThat(new CertificationRules(12, 60).expiryOfCertificateIssuedOn(LocalDate.of(2028, 2, 29)))
                .isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void renewalOpensWithTheRemindersAndRunsOnFromTheOldExpiry() {
        LocalDate expiry = LocalDate.of(2028, 11, 25);

        assertThat(rules.renewalOpen(expiry, LocalDate.of(2028, 9, 25))).isFalse();
        assertThat(rules.renewalOpen(expiry, LocalDate.of(2028, 9, 26))).isTrue();
        assertThat(rules.renewalOpen(expiry, LocalDate.of(2029, 3, 1))).isTrue();
        assertThat(rules.expiryAfterRenewal(expiry, LocalDate.of(2028, 10, 1))).isEqualTo(LocalDate.of(2030, 11, 25));
        assertThat(rules.expiryAfterRenewal(expiry, LocalDate.of(2029, 1, 10))).isEqualTo(LocalDate.of(2031, 1, 10));
    }

    @Test
    void remindersAreDueFromSixtyDaysBeforeExpiryUntilTheDayItself() {
        LocalDate expiry = LocalDate.of(2028, 11, 25);

        assertThat(rules.reminderDue(expiry, expiry.minusDays(61))).isFalse();
        assertThat(rules.reminderDue(expiry, expiry.minusDays(60))).isTrue();
        assertThat(rules.reminderDue(expiry, expiry)).isTrue();
        assertThat(rules.reminderDue(expiry, expiry.plusDays(1))).isFalse();
    }

    @Test
    void nonsenseSettingsAreRefusedAtStart() {
        assertThatThrownBy(() -> new CertificationRules(0, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertificationRules(24, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
