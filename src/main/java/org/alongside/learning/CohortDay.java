package org.alongside.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

    /** Where the day is held, in the coordinator's words; may be empty when it is online only. */
    @Size(max = CohortRules.PLACE_MAX)
    @Column(name = "place")
    private String place;

    /** An https link to join online; may be empty when the day is in person only. */
    @Size(max = CohortRules.LINK_MAX)
    @Column(name = "online_link")
    private String onlineLink;

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

    /** Takes the details the coordinator set; the cohort has checked them. */
    void change(CohortEdit.DayDetails details) {
        this.date = details.date();
        this.place = blankToNull(details.place());
        this.onlineLink = blankToNull(details.onlineLink());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public Instant getOpenedEarlyAt() {
        return openedEarlyAt;
    }
}
