package org.alongside.matching;

/** A matching step that cannot be taken; the message key says why in the people's words. */
public class MatchingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Anything the caller may not see answers the same as something that does not exist. */
    public static final String NOT_FOUND = "matching.notFound";

    private final String messageKey;

    public MatchingException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
