package org.alongside.identity;

/**
 * Fired inside the transaction that creates a trainee's account from an invitation, so the
 * cohort the invitation was for takes them in, all or nothing.
 */
public record TraineeJoined(Account trainee, long cohortId) {
}
