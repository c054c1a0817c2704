package org.alongside.certification;

/** A certification step that cannot be taken; the message key says why in the people's words. */
public class CertificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public CertificationException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
