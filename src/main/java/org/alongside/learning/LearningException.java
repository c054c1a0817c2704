package org.alongside.learning;

import java.time.LocalDate;
import java.util.Optional;
import org.alongside.platform.ActionRefused;

/**
 * A trainee asked for a part of the course they cannot have (yet). Unlike an
 * {@link ActionRefused}, it is never a message on the page they were on: it
 * decides which page they get instead (when the day opens, the agreement, their home or "not
 * found"; see {@link TraineePages}), and the draft API turns it into a 403. So it carries a reason
 * for that choice, not a message key.
 */
public class LearningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason { NOT_ENROLLED, NOT_FOUND, NOT_OPEN_YET, AGREEMENT_NEEDED }

    private final Reason reason;
    private final transient LocalDate opensOn;

    private LearningException(Reason reason, LocalDate opensOn) {
        super(reason.name() + (opensOn == null ? "" : " until " + opensOn));
        this.reason = reason;
        this.opensOn = opensOn;
    }

    public static LearningException notEnrolled() {
        return new LearningException(Reason.NOT_ENROLLED, null);
    }

    public static LearningException notFound() {
        return new LearningException(Reason.NOT_FOUND, null);
    }

    /** The trainee has not yet agreed to their group's agreement, which comes before any module. */
    public static LearningException agreementNeeded() {
        return new LearningException(Reason.AGREEMENT_NEEDED, null);
    }

    public static LearningException notOpenYet(LocalDate opensOn) {
        return new LearningException(Reason.NOT_OPEN_YET, opensOn);
    }

    public Reason reason() {
        return reason;
    }

    public Optional<LocalDate> opensOn() {
        return Optional.ofNullable(opensOn);
    }
}
