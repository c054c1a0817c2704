package org.alongside.identity;

import java.io.Serializable;

/**
 * Which of a trainee's later menu links apply to them now: "My certificate" once they have a
 * certificate (a revoked or expired one too, which the page explains), "Directory profile" while
 * they are certified or have a profile to manage (a supporter whose certificate lapsed can still
 * take the profile down or withdraw consent), "People I support" once they have been offered to
 * someone. Read with the account at each request ({@link AccountService#sessionState}) and handed
 * to the page with the {@link Caller}.
 */
public record TraineeMenu(boolean certificate, boolean directoryProfile, boolean supports) implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Nothing yet: a trainee on the course, or a request the mechanism did not read the account for. */
    public static final TraineeMenu NONE = new TraineeMenu(false, false, false);
}
