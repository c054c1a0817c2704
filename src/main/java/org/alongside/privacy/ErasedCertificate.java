package org.alongside.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * What is left of a certificate whose holder was erased: only its random code, so that the
 * public verification page can say the certificate is no longer available instead of "not found"
 * (which would read as a forgery). Nothing here names anybody.
 */
@Entity
@Table(name = "erased_certificate")
public class ErasedCertificate {

    @Id
    @Column(name = "verification_code", length = 24)
    private String verificationCode;

    @NotNull
    @Column(name = "erased_on", nullable = false)
    private LocalDate erasedOn;

    protected ErasedCertificate() {
    }

    ErasedCertificate(String verificationCode, LocalDate erasedOn) {
        this.verificationCode = verificationCode;
        this.erasedOn = erasedOn;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public LocalDate getErasedOn() {
        return erasedOn;
    }
}
