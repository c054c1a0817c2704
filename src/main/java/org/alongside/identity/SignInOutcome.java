package org.alongside.identity;

import jakarta.security.enterprise.AuthenticationStatus;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.alongside.platform.DatabaseOutage;

/**
 * What came of a sign-in attempt. A database that cannot be reached is nobody's wrong password: it
 * says so, and is not counted as a failed try (else an outage would lock out everyone who tried).
 */
public enum SignInOutcome {
    SIGNED_IN, REFUSED, UNAVAILABLE;

    /**
     * Runs the attempt. {@code markedUnavailable} tells whether the authentication mechanism met an
     * outage and answered with a plain failure (an exception inside the container's authentication
     * may not reach the caller as it was thrown).
     */
    public static SignInOutcome of(Supplier<AuthenticationStatus> attempt, BooleanSupplier markedUnavailable) {
        AuthenticationStatus status;
        try {
            status = attempt.get();
        } catch (RuntimeException failure) {
            if (DatabaseOutage.causedBy(failure)) {
                return UNAVAILABLE;
            }
            throw failure;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            return SIGNED_IN;
        }
        return markedUnavailable.getAsBoolean() ? UNAVAILABLE : REFUSED;
    }
}
