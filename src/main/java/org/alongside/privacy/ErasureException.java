package org.alongside.privacy;

import org.alongside.platform.ActionRefused;

/**
 * An erasure request or decision was refused. It adds nothing to {@link ActionRefused}: the
 * persistence tests under {@code it}, which this change could not touch, catch refusals by this
 * name, so the feature keeps throwing it until they name {@code ActionRefused}.
 */
public class ErasureException extends ActionRefused {

    private static final long serialVersionUID = 1L;

    public ErasureException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
