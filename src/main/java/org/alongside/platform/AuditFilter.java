package org.alongside.platform;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the coordinators' audit page asks for; every part may be empty. {@code person} is part of
 * the name or e-mail address of an account that still exists: entries where that account acted or
 * was the subject. Dates are whole days in the portal's time zone, both included.
 */
public record AuditFilter(String person, String action, LocalDate from, LocalDate to) implements Serializable {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null);

    public String describe() {
        return "person=" + blankIfNull(person) + "; action=" + blankIfNull(action) + "; from=" + blankIfNull(from) + "; to=" + blankIfNull(to);
    }

    private static String blankIfNull(Object value) {
        return value == null ? "" : value.toString();
    }
}
