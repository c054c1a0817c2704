package org.alongside.matching;

/** A supporter's answer to an offer. OFFERED and ACCEPTED take one of their places. */
public enum SupportOfferStatus {
    OFFERED, ACCEPTED, DECLINED, ENDED
}
