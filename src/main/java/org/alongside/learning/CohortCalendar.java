package org.alongside.learning;

import java.net.URI;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

/**
 * A cohort's course days as an iCalendar file: one all-day event per day, titled with the course
 * and the day, with its place as LOCATION and its online link as URL (and in the description).
 * Each event's UID is made from the cohort and the day number, so importing the file again after
 * a date changes updates the event instead of adding a second one.
 */
public final class CohortCalendar {

    private CohortCalendar() {
    }

    /**
     * @param dayTitles the course's day titles by day number
     * @param host      the portal's host name, which makes the UIDs unique across portals
     */
    public static Calendar of(Cohort cohort, String courseTitle, Map<Integer, String> dayTitles, String host) {
        Calendar calendar = new Calendar()
                .withProdId("-//Alongside//Cohort calendar//EN")
                .withDefaults()
                .getFluentTarget();
        for (CohortDay day : cohort.getDays()) {
            String title = courseTitle + " – day " + day.getNumber()
                    + (dayTitles.containsKey(day.getNumber()) ? ": " + dayTitles.get(day.getNumber()) : "");
            VEvent event = new VEvent(day.getDate(), title);
            event.add(new Uid("cohort-" + cohort.getId() + "-day-" + day.getNumber() + "@" + host));
            if (day.getPlace() != null) {
                event.add(new Location(day.getPlace()));
            }
            if (day.getOnlineLink() != null) {
                event.add(new Url(URI.create(day.getOnlineLink())));
                event.add(new Description("Join online: " + day.getOnlineLink()));
            }
            calendar.add(event);
        }
        return calendar;
    }
}
