package org.alongside.supervision;

import java.time.LocalDate;

/**
 * Where a person stands against the supervision requirement: how many signed-off sessions count,
 * how many are required, and the first day of the period they must fall in.
 */
public record SupervisionStatus(int signedOff, int required, LocalDate since) {

    public boolean met() {
        return signedOff >= required;
    }
}
