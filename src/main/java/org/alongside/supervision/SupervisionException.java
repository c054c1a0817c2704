package org.alongside.supervision;

import org.alongside.platform.ActionRefused;

/**
 * A supervision request that cannot be carried out; the field (when there is one) is the form
 * field it is about ({@code date}, {@code minutes}, {@code format}, {@code note}). It adds nothing
 * to {@link ActionRefused} but names for its keys: the persistence tests under {@code it}, which
 * this change could not touch, catch refusals by this name, so the feature keeps throwing it until
 * they name {@code ActionRefused}.
 */
public class SupervisionException extends ActionRefused {

    private static final long serialVersionUID = 1L;

    /** The person or session does not exist (a page answers 404). */
    static final String NOT_FOUND = "supervision.notFound";
    /** The person or session exists but is not this account's to see or change (a page answers 403). */
    static final String FORBIDDEN = "supervision.forbidden";

    public SupervisionException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    private SupervisionException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    static SupervisionException of(SessionFacts.Problem problem) {
        return new SupervisionException(problem.field(), problem.messageKey(), problem.arguments());
    }

    public boolean isNotFound() {
        return is(NOT_FOUND);
    }

    public boolean isForbidden() {
        return is(FORBIDDEN);
    }
}
