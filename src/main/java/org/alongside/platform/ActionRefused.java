package org.alongside.platform;

import jakarta.ejb.ApplicationException;

/**
 * Something a person asked for was refused by a rule: the message key says why in their words
 * (with its arguments), and the field, when the refusal is about one input, which one (its id in
 * the form that was sent). Services throw it; one place in {@code web} turns it into the message on
 * the page. Code that needs to know which refusal it was compares {@link #messageKey()}. Rolls back
 * the transaction it leaves.
 */
@ApplicationException(rollback = true)
public class ActionRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    // Arguments are texts, numbers and dates for the message; not kept when the exception is serialised.
    private final transient Object[] arguments;

    public ActionRefused(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    protected ActionRefused(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** A refusal about one input of the form: the message is shown next to it. */
    public static ActionRefused onField(String field, String messageKey, Object... arguments) {
        return new ActionRefused(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    /** The id of the input the refusal is about, within the form that was sent, or null for the whole page. */
    public String field() {
        return field;
    }

    public boolean is(String key) {
        return messageKey.equals(key);
    }
}
