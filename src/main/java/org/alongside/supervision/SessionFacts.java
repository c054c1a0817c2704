package org.alongside.supervision;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a supervisor records about a session: when, how long, how, and their private note.
 * {@link #problem} holds the rules a session must meet, so the form and the service agree.
 */
public record SessionFacts(LocalDate date, Integer minutes, SupervisionFormat format, String note) {

    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 480;
    public static final int NOTE_MAX = 4000;

    /** What is wrong with one field, as a message key with its arguments. */
    public record Problem(String field, String messageKey, Object... arguments) {
    }

    /** The note as kept: surrounding blank space removed, nothing at all when it is blank. */
    public String cleanNote() {
        return note == null || note.isBlank() ? null : note.strip();
    }

    /** The first thing that stops these facts being recorded on {@code today}, if any. */
    public Optional<Problem> problem(LocalDate today) {
        if (date == null) {
            return Optional.of(new Problem("date", "supervision.dateRequired"));
        }
        if (date.isAfter(today)) {
            return Optional.of(new Problem("date", "supervision.dateInFuture"));
        }
        if (minutes == null) {
            return Optional.of(new Problem("minutes", "supervision.minutesRequired"));
        }
        if (minutes < MIN_MINUTES) {
            return Optional.of(new Problem("minutes", "supervision.minutesTooFew"));
        }
        if (minutes > MAX_MINUTES) {
            return Optional.of(new Problem("minutes", "supervision.minutesTooMany", MAX_MINUTES));
        }
        if (format == null) {
            return Optional.of(new Problem("format", "supervision.formatRequired"));
        }
        String kept = cleanNote();
        if (kept != null && kept.length() > NOTE_MAX) {
            return Optional.of(new Problem("note", "supervision.noteTooLong", NOTE_MAX, kept.length()));
        }
        return Optional.empty();
    }
}
