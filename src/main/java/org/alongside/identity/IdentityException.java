package org.alongside.identity;

import org.alongside.platform.ActionRefused;

/**
 * A rule about accounts was not met. It adds nothing to {@link ActionRefused}: the persistence
 * tests under {@code it}, which this change could not touch, catch refusals by this name, so the
 * feature keeps throwing it until they name {@code ActionRefused}.
 */
public class IdentityException extends ActionRefused {

    private static final long serialVersionUID = 1L;

    public IdentityException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    private IdentityException(String field, String messageKey, Object[] arguments) {
        super(field, messageKey, arguments);
    }

    /** A refusal about one input of the form (its id), shown next to it. */
    public static IdentityException onField(String field, String messageKey, Object... arguments) {
        return new IdentityException(field, messageKey, arguments);
    }
}
