package org.alongside.matching;

import org.alongside.platform.ActionRefused;

/**
 * A matching step that cannot be taken. It adds nothing to {@link ActionRefused} but a name for
 * its "not found" key: the persistence tests under {@code it}, which this change could not touch,
 * catch refusals by this name, so the feature keeps throwing it until they name {@code
 * ActionRefused}.
 */
public class MatchingException extends ActionRefused {

    private static final long serialVersionUID = 1L;

    /** Anything the caller may not see answers the same as something that does not exist. */
    public static final String NOT_FOUND = "matching.notFound";

    public MatchingException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
