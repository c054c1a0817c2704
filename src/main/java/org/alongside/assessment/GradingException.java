package org.alongside.assessment;

import org.alongside.platform.ActionRefused;

/**
 * A grading or practice request that cannot be carried out. It adds nothing to {@link
 * ActionRefused} but a name for its "not found" key: the persistence tests under {@code it}, which
 * this change could not touch, catch refusals by this name, so the feature keeps throwing it until
 * they name {@code ActionRefused}.
 */
public class GradingException extends ActionRefused {

    private static final long serialVersionUID = 1L;

    /** A submission outside the trainer's cohorts is, as far as they can tell, not there at all. */
    public static final String NOT_FOUND = "grading.notFound";

    public GradingException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public boolean isNotFound() {
        return is(NOT_FOUND);
    }
}
