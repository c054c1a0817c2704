package org.alongside.certification;

/** What a certificate says about its holder today: in date, out of date, or withdrawn. */
public enum CertificateStatus {
    VALID, EXPIRED, REVOKED
}
