package org.alongside.directory;

/** Broad times a supporter is usually free; exact times are agreed once matched. */
public enum AvailabilitySlot {
    WEEKDAY_DAYTIME, WEEKDAY_EVENINGS, WEEKENDS
}
