package org.alongside.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long each kind of record is kept, and from that the cutoffs of one retention run. Plain
 * Java: the service asks for the cutoffs, tests check them. A record exactly at its cutoff is
 * kept (only what is strictly older goes).
 *
 * @param inactiveTraineeMonths  a trainee who is not certified and has not signed in (or, never
 *                               having signed in, was created) for this many months is deleted
 *                               with everything they wrote
 * @param afterCertificateMonths this many months after a person's first certificate, their
 *                               reflections (every version, with feedback) and the notes of
 *                               supervision sessions up to that certificate are deleted
 * @param auditMonths            audit entries older than this are deleted, oldest first, keeping
 *                               the chain checkable
 * @param unusedDays             held outbox mail, and password-reset links and invitations never
 *                               used, this many days after they were written or expired
 *
 * <p>Closed support requests keep their own rule, {@code portal.matching.retention-days}, applied by
 * {@code MatchingService} in the same nightly run.
 */
public record RetentionRules(int inactiveTraineeMonths, int afterCertificateMonths, int auditMonths, int unusedDays) {

    public RetentionRules {
        if (inactiveTraineeMonths < 1 || afterCertificateMonths < 1 || auditMonths < 1 || unusedDays < 1) {
            throw new IllegalArgumentException("Every retention period is at least 1 (month or day)");
        }
    }

    /** Trainees whose last sign-in (or creation) is before this have been away long enough. */
    public Instant inactiveBefore(Instant now, ZoneId zone) {
        return now.atZone(zone).minusMonths(inactiveTraineeMonths).toInstant();
    }

    /** A trainee is removed when not certified and not seen since the cutoff. */
    public boolean traineeExpired(Instant createdAt, Instant lastSignInAt, boolean certified, Instant now, ZoneId zone) {
        Instant lastSeen = lastSignInAt == null || lastSignInAt.isBefore(createdAt) ? createdAt : lastSignInAt;
        return !certified && lastSeen.isBefore(inactiveBefore(now, zone));
    }

    /** People first certified before this day have their reflections and supervision notes removed. */
    public LocalDate certifiedBefore(LocalDate today) {
        return today.minusMonths(afterCertificateMonths);
    }

    public Instant auditBefore(Instant now, ZoneId zone) {
        return now.atZone(zone).minusMonths(auditMonths).toInstant();
    }

    public Instant unusedBefore(Instant now) {
        return now.minusSeconds(unusedDays * 86_400L);
    }
}
