package org.alongside.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * What a coordinator can change about a cohort, as typed: its name, each day's date, place and
 * online link (day 1 first), its capacity (null for none) and its group agreement.
 */
public record CohortEdit(String name, List<DayDetails> days, Integer capacity, String agreement) {

    public record DayDetails(LocalDate date, String place, String onlineLink) {
    }
}
