package org.alongside.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.alongside.platform.InstantConverter;

/** The date one course day is taught to a cohort. */
@Embeddable
public class CohortDay {

    @Min(1)
    @Column(name = "day_number", nullable = false)
    private int number;

    @NotNull
    @Column(name = "day_date", nullable = false)
    private LocalDate date;

    @Column(name = "opened_early_at")
    @Convert(converter = InstantConverter.class)
    private Instant openedEarlyAt;

    protected CohortDay() {
    }

    CohortDay(int number, LocalDate date) {
        this.number = number;
        this.date = date;
    }

    /** Open from the start of its date in the portal's time zone, or from when it was opened early. */
    public boolean isOpen(LocalDate today) {
        return openedEarlyAt != null || !today.isBefore(date);
    }

    void openEarly(Instant now) {
        this.openedEarlyAt = now;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public Instant getOpenedEarlyAt() {
        return openedEarlyAt;
    }
}
