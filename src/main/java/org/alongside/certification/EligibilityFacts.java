package org.alongside.certification;

import java.time.LocalDate;

/**
 * What the portal knows about a trainee that certification depends on, gathered from their
 * course progress, the attendance register and their supervision record.
 *
 * @param courseDays days of the trainee's cohort; 0 when they are in no cohort
 * @param attendanceShare the share of days the trainee's course asks them to attend (its manifest's
 *        {@code attendance-share})
 * @param supervisionSince the start of the period in which signed-off supervision counts
 * @param practiceSignedOff role plays of the course a trainer observed and signed off
 * @param practiceRequired role plays to sign off, from the course's manifest ({@code observed-practice}); 0 when it asks for none
 */
public record EligibilityFacts(int modulesComplete, int modulesTotal, int daysPresent, int courseDays, double attendanceShare,
                               int supervisionSignedOff, int supervisionRequired, LocalDate supervisionSince,
                               int practiceSignedOff, int practiceRequired) {
}
