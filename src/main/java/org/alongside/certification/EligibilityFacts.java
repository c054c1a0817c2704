package org.alongside.certification;

import java.time.LocalDate;

/**
 * What the portal knows about a trainee that certification depends on, gathered from their
 * course progress, the attendance register and their supervision record.
 *
 * @param courseDays days of the trainee's cohort; 0 when they are in no cohort
 * @param supervisionSince the start of the period in which signed-off supervision counts
 */
public record EligibilityFacts(int modulesComplete, int modulesTotal, int daysPresent, int courseDays,
                               int supervisionSignedOff, int supervisionRequired, LocalDate supervisionSince) {
}
