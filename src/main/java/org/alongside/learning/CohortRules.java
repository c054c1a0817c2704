package org.alongside.learning;

import org.alongside.platform.ActionRefused;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
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
     * @throws ActionRefused naming the first day that comes before the day above it
     */
    public static void requireDatesInOrder(List<LocalDate> dayDates, int courseDays) {
        if (dayDates.size() != courseDays || dayDates.stream().anyMatch(Objects::isNull)) {
            throw new ActionRefused("cohort.dateForEachDay");
        }
        for (int i = 1; i < dayDates.size(); i++) {
            if (dayDates.get(i).isBefore(dayDates.get(i - 1))) {
                throw new ActionRefused("cohort.datesOutOfOrder", i + 1, i);
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
            throw new ActionRefused("cohort.capacityPositive");
        }
        if (capacity < members) {
            throw new ActionRefused("cohort.capacityBelowMembers", members);
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

    /** What an audit entry of a cohort edit compares: the cohort as it was and as it is. */
    public record Details(String name, Integer capacity, String agreement, List<String> days) {
    }

    /** The changes of an edit in words, for the audit trail ("nothing" when it was saved unchanged). */
    public static String changes(Details before, Details after) {
        List<String> changes = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changes.add("name '" + before.name() + "' → '" + after.name() + "'");
        }
        if (!Objects.equals(before.capacity(), after.capacity())) {
            changes.add("capacity " + (before.capacity() == null ? "none" : before.capacity()) + " → "
                    + (after.capacity() == null ? "none" : after.capacity()));
        }
        for (int i = 0; i < Math.max(before.days().size(), after.days().size()); i++) {
            String was = i < before.days().size() ? before.days().get(i) : "none";
            String is = i < after.days().size() ? after.days().get(i) : "none";
            if (!was.equals(is)) {
                changes.add(was + " → " + is);
            }
        }
        if (!before.agreement().equals(after.agreement())) {
            changes.add("group agreement reworded");
        }
        return changes.isEmpty() ? "nothing changed" : String.join("; ", changes);
    }
}
