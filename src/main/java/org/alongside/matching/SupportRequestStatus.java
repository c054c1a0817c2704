package org.alongside.matching;

/** Where a support request stands in the coordinators' queue. */
public enum SupportRequestStatus {
    /** Waiting for a coordinator to offer it to a supporter. */
    WAITING,
    /** Offered to a supporter who has not answered yet. */
    OFFERED,
    /** A supporter accepted; the support is under way. */
    MATCHED,
    /** Finished with; deleted after the retention period. */
    CLOSED
}
