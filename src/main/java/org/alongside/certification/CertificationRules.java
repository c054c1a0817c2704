package org.alongside.certification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for certifying peer supporters: all modules complete, the share of course days the
 * course's manifest asks for attended, and supervision signed off; then, as configured, how long a
 * certificate is valid and how long before expiry people are reminded and renewal opens. Plain
 * Java, so every rule is unit-tested with the dates given to it. A course that asks for observed
 * practice (its manifest's {@code observed-practice}) adds that rule.
 */
public record CertificationRules(int validMonths, int reminderDays) {

    public CertificationRules {
        if (validMonths < 1 || reminderDays < 1) {
            throw new IllegalArgumentException("portal.certification.valid-months and reminder-days must be at least 1");
        }
    }

    /** All modules complete, enough days attended, the required supervision and observed practice signed off. */
    public Eligibility toCertify(EligibilityFacts facts) {
        List<Eligibility.Rule> rules = new ArrayList<>(List.of(
                new Eligibility.Rule(Eligibility.Requirement.COURSE_COMPLETE, facts.modulesComplete(), facts.modulesTotal(), null),
                new Eligibility.Rule(Eligibility.Requirement.ATTENDANCE, facts.daysPresent(),
                        daysToAttend(facts.attendanceShare(), facts.courseDays()), null),
                supervision(facts)));
        if (facts.practiceRequired() > 0) {
            rules.add(new Eligibility.Rule(Eligibility.Requirement.OBSERVED_PRACTICE, facts.practiceSignedOff(),
                    facts.practiceRequired(), null));
        }
        return new Eligibility(rules);
    }

    /** A renewal asks for supervision signed off in the latest period; the course was done once. */
    public Eligibility toRenew(EligibilityFacts facts) {
        return new Eligibility(List.of(supervision(facts)));
    }

    /** Days present needed out of the cohort's days, rounded up: 75% of 4 days is 3, of 5 days is 4. */
    public static int daysToAttend(double attendanceShare, int courseDays) {
        // The small tolerance keeps exact products (0.75 × 4) from rounding up through floating-point error.
        return (int) Math.ceil(attendanceShare * courseDays - 1e-9);
    }

    public LocalDate expiryOfCertificateIssuedOn(LocalDate issuedOn) {
        return issuedOn.plusMonths(validMonths);
    }

    /** Renewal opens when reminders go out, and stays open after expiry. */
    public boolean renewalOpen(LocalDate expiresOn, LocalDate today) {
        return !today.isBefore(reminderFrom(expiresOn));
    }

    /** Renewed in time, a certificate runs on from its old expiry, so no one loses days by renewing early. */
    public LocalDate expiryAfterRenewal(LocalDate expiresOn, LocalDate today) {
        return (today.isAfter(expiresOn) ? today : expiresOn).plusMonths(validMonths);
    }

    /** Reminders are due from {@code reminderDays} before expiry up to the day of expiry. */
    public boolean reminderDue(LocalDate expiresOn, LocalDate today) {
        return renewalOpen(expiresOn, today) && !today.isAfter(expiresOn);
    }

    public LocalDate reminderFrom(LocalDate expiresOn) {
        return expiresOn.minusDays(reminderDays);
    }

    private static Eligibility.Rule supervision(EligibilityFacts facts) {
        return new Eligibility.Rule(Eligibility.Requirement.SUPERVISION, facts.supervisionSignedOff(), facts.supervisionRequired(),
                facts.supervisionSince());
    }
}
