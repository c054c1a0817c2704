package org.alongside.privacy;

import jakarta.ejb.ApplicationException;

/** An erasure request or decision was refused. Carries a message key; rolls back its transaction. */
@ApplicationException(rollback = true)
public class ErasureException extends RuntimeException {

    private final String messageKey;

    public ErasureException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
