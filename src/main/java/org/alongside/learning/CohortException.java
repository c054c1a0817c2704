package org.alongside.learning;

import org.alongside.platform.ActionRefused;

/**
 * A cohort request that cannot be carried out. It adds nothing to {@link ActionRefused}: the
 * persistence tests under {@code it}, which this change could not touch, catch refusals by this
 * name, so the feature keeps throwing it until they name {@code ActionRefused}.
 */
public class CohortException extends ActionRefused {

    private static final long serialVersionUID = 1L;

    public CohortException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
