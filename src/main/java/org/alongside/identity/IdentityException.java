package org.alongside.identity;

import jakarta.ejb.ApplicationException;

/**
 * A rule about accounts was not met. Carries a message key rather than text, so the page shows
 * it in the person's language. Rolls back the transaction it is thrown from.
 */
@ApplicationException(rollback = true)
public class IdentityException extends RuntimeException {

    private final String messageKey;

    public IdentityException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
