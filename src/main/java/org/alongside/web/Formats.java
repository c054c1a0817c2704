package org.alongside.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Dates and times as people read them, in the portal's time zone. */
@Named("format")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Inject
    @ConfigProperty(name = "portal.time-zone", defaultValue = "Europe/London")
    String timeZone;

    /** A date in words, e.g. "Tuesday 3 March 2026". */
    public String date(LocalDate date) {
        return date == null ? "" : DATE_IN_WORDS.format(date);
    }

    /**
     * A message of the bundle with its values put in, as h:outputFormat would show it. For text
     * repeated in a list or on every lesson, where a component per line costs more than the line.
     */
    public String message(String pattern, Object... values) {
        return new MessageFormat(pattern, Locale.UK).format(values);
    }

    /** The time of day, e.g. "14:05", for "saved at" notes. */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(ZoneId.of(timeZone)).format(instant);
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.UK).withZone(ZoneId.of(timeZone)).format(instant);
    }
}
