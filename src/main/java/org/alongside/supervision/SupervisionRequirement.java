package org.alongside.supervision;

import java.time.LocalDate;
import java.util.Collection;

/**
 * How much signed-off supervision a person needs: {@code requiredSessions} sessions dated within
 * the last {@code periodMonths} months (a session exactly that many months ago still counts).
 * Unsigned sessions never count, and neither does a date after today.
 */
public final class SupervisionRequirement {

    private final int requiredSessions;
    private final int periodMonths;

    public SupervisionRequirement(int requiredSessions, int periodMonths) {
        if (requiredSessions < 0 || periodMonths < 1) {
            throw new IllegalArgumentException("Supervision needs 0 or more sessions within 1 or more months, not "
                    + requiredSessions + " within " + periodMonths);
        }
        this.requiredSessions = requiredSessions;
        this.periodMonths = periodMonths;
    }

    /** The first day of the period that ends today. */
    public LocalDate since(LocalDate today) {
        return today.minusMonths(periodMonths);
    }

    public boolean counts(SupervisionSession session, LocalDate today) {
        LocalDate date = session.getSessionDate();
        return session.isSignedOff() && !date.isBefore(since(today)) && !date.isAfter(today);
    }

    public SupervisionStatus status(Collection<SupervisionSession> sessions, LocalDate today) {
        int counted = (int) sessions.stream().filter(session -> counts(session, today)).count();
        return new SupervisionStatus(counted, requiredSessions, since(today));
    }

    public int requiredSessions() {
        return requiredSessions;
    }

    public int periodMonths() {
        return periodMonths;
    }
}
