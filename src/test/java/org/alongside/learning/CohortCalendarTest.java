package org.alongside.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CohortCalendarTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void oneAllDayEventPerDayWithPlaceLinkAndStableUid() throws Exception {
        Cohort cohort = new Cohort("Spring group", "sample", "1.0", List.of(MONDAY, MONDAY.plusDays(7)), "Be kind.", null, Instant.EPOCH);
        cohort.edit(new CohortEdit("Spring group", List.of(new CohortEdit.DayDetails(MONDAY, "Room 4, Town Hall", null),
                new CohortEdit.DayDetails(MONDAY.plusDays(7), null, "https://meet.example.org/spring")), null, "Be kind."), 0);

        String ics = CohortCalendar.of(cohort, "Peer Supporter", Map.of(1, "Values", 2, "Listening"), "portal.example.org").toString();
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = parsed.getComponents("VEVENT");

        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        assertThat(first.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Peer Supporter – day 1: Values");
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260302");
        assertThat(first.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Room 4, Town Hall");
        assertThat(first.getProperty(Property.URL)).isEmpty();
        VEvent second = events.get(1);
        assertThat(second.getProperty(Property.URL).orElseThrow().getValue()).isEqualTo("https://meet.example.org/spring");
        assertThat(second.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains("https://meet.example.org/spring");
        assertThat(second.getProperty(Property.LOCATION)).isEmpty();
        assertThat(ics).contains("DTSTART;VALUE=DATE:20260309");

        String again = CohortCalendar.of(cohort, "Peer Supporter", Map.of(), "portal.example.org").toString();
        List<VEvent> againEvents = new CalendarBuilder().build(new StringReader(again)).getComponents("VEVENT");
        assertThat(againEvents.get(1).getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(second.getProperty(Property.UID).orElseThrow().getValue())
                .isNotEqualTo(first.getProperty(Property.UID).orElseThrow().getValue());
    }
}
