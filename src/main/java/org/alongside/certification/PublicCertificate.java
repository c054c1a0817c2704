package org.alongside.certification;

import java.time.Instant;
import java.time.LocalDate;

/** All the verification page may say about a certificate: nothing else about the person. */
public record PublicCertificate(String holderName, String courseTitle, CertificateStatus status, LocalDate issuedOn,
                                LocalDate expiresOn, LocalDate renewedOn, Instant revokedAt) {

    static PublicCertificate of(Certificate certificate, LocalDate today) {
        return new PublicCertificate(certificate.getHolderName(), certificate.getCourseTitle(), certificate.status(today),
                certificate.getIssuedOn(), certificate.getExpiresOn(), certificate.getRenewedOn(), certificate.getRevokedAt());
    }
}
