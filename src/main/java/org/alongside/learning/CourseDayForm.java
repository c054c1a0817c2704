package org.alongside.learning;

import java.io.Serializable;
import java.time.LocalDate;

/** One course day on a cohort form: its date, and where it happens (place and/or online link). */
public class CourseDayForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int number;
    private final String title;
    private LocalDate date;
    private String place;
    private String onlineLink;

    CourseDayForm(int number, String title, LocalDate date) {
        this.number = number;
        this.title = title;
        this.date = date;
    }

    /** The form for a day as the cohort has it now. */
    static CourseDayForm of(CohortDay day, String title) {
        CourseDayForm form = new CourseDayForm(day.getNumber(), title, day.getDate());
        form.place = day.getPlace();
        form.onlineLink = day.getOnlineLink();
        return form;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }
}
