package org.alongside.learning;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The rules a cohort's details must keep, whether it is being created or edited: a date for every
 * course day in order, online links that are https addresses, and a capacity that fits the group.
 */
public final class CohortRules {

    public static final int PLACE_MAX = 200;
    public static final int LINK_MAX = 500;

    private CohortRules() {
    }

    /**
     * @throws CohortException naming the first day that comes before the day above it
     */
    public static void requireDatesInOrder(List<LocalDate> dayDates, int courseDays) {
        if (dayDates.size() != courseDays || dayDates.stream().anyMatch(Objects::isNull)) {
            throw new CohortException("cohort.dateForEachDay");
        }
        for (int i = 1; i < dayDates.size(); i++) {
            if (dayDates.get(i).isBefore(dayDates.get(i - 1))) {
                throw new CohortException("cohort.datesOutOfOrder", i + 1, i);
            }
        }
    }

    /** Whether a link is an https address with a host, the only kind a trainee is sent to. */
    public static boolean isOnlineLink(String link) {
        if (link == null || link.length() > LINK_MAX || link.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * A capacity is optional; when set it is positive and at least the number already in the group.
     */
    public static void requireCapacity(Integer capacity, long members) {
        if (capacity == null) {
            return;
        }
        if (capacity < 1) {
            throw new CohortException("cohort.capacityPositive");
        }
        if (capacity < members) {
            throw new CohortException("cohort.capacityBelowMembers", members);
        }
    }

    /** Whether one more trainee fits. */
    public static boolean hasRoom(Integer capacity, long members) {
        return capacity == null || members < capacity;
    }

    /** Places left, or null when the group has no capacity; never below zero. */
    public static Long placesLeft(Integer capacity, long taken) {
        return capacity == null ? null : Math.max(0, capacity - taken);
    }
}
