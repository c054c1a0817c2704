package org.alongside.matching;

/** Why a supporter cannot be offered a request today. */
public enum NotOffered {
    INACTIVE, PAUSED, NOT_LISTED, NO_VALID_CERTIFICATE, SUPERVISION_NOT_CURRENT, AT_CAPACITY, DECLINED
}
