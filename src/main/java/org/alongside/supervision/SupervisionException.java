package org.alongside.supervision;

/**
 * A supervision request that cannot be carried out; the message key says why, in words for the
 * page, and the field (when there is one) which form field it is about.
 */
public class SupervisionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String NOT_FOUND = "supervision.notFound";
    static final String FORBIDDEN = "supervision.forbidden";

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public SupervisionException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private SupervisionException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    static SupervisionException of(SessionFacts.Problem problem) {
        return new SupervisionException(problem.field(), problem.messageKey(), problem.arguments());
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The form field the problem is about ({@code date}, {@code minutes}, {@code format}, {@code note}), or null. */
    public String field() {
        return field;
    }

    /** The person or session does not exist (a page answers 404). */
    public boolean isNotFound() {
        return NOT_FOUND.equals(messageKey);
    }

    /** The person or session exists but is not this account's to see or change (a page answers 403). */
    public boolean isForbidden() {
        return FORBIDDEN.equals(messageKey);
    }
}
