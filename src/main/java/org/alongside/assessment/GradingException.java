package org.alongside.assessment;

/** A grading request that cannot be carried out; the message key says why, in words for the page. */
public class GradingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public GradingException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** A submission outside the trainer's cohorts is, as far as they can tell, not there at all. */
    public boolean isNotFound() {
        return "grading.notFound".equals(messageKey);
    }
}
