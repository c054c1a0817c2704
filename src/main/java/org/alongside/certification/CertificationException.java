package org.alongside.certification;

import org.alongside.platform.ActionRefused;

/**
 * A certification step that cannot be taken. It adds nothing to {@link ActionRefused}: the
 * persistence tests under {@code it}, which this change could not touch, catch refusals by this
 * name, so the feature keeps throwing it until they name {@code ActionRefused}.
 */
public class CertificationException extends ActionRefused {

    private static final long serialVersionUID = 1L;

    public CertificationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    private CertificationException(String field, String messageKey, Object[] arguments) {
        super(field, messageKey, arguments);
    }

    /** A refusal about one input of the form (its id), shown next to it. */
    public static CertificationException onField(String field, String messageKey, Object... arguments) {
        return new CertificationException(field, messageKey, arguments);
    }
}
