package org.alongside.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the directory's GET parameters (bookmarkable: {@code ?area=3&format=PHONE&q=…&page=2})
 * into a {@link DirectoryQuery}. A value that is not one of the choices offered, or a page number
 * that is not a sensible number, is left out with a note saying so; nothing unknown reaches a query.
 */
public final class DirectoryFilters {

    /** A filter value that was not understood and was left out, as typed (shortened). */
    public record Ignored(String parameter, String messageKey, String value) {
    }

    public record Parsed(DirectoryQuery query, List<Ignored> ignored) {
    }

    public static final int PAGE_SIZE = 10;
    /** Up to nine digits is a page number; anything longer is nobody's bookmark. */
    private static final Pattern PAGE = Pattern.compile("[0-9]{1,9}");
    private static final int ECHO_MAX = 40;

    private DirectoryFilters() {
    }

    /**
     * @param parameters the request's parameters (first value of each)
     * @param areas      the current areas by id, as offered in the filter
     */
    public static Parsed parse(Map<String, String> parameters, Map<Long, String> areas, List<String> languages, List<String> regions) {
        List<Ignored> ignored = new ArrayList<>();
        Long areaId = null;
        String area = value(parameters, "area");
        if (area != null) {
            Long id = area.matches("[0-9]{1,18}") ? Long.valueOf(area) : null;
            if (id != null && areas.containsKey(id)) {
                areaId = id;
            } else {
                ignored.add(new Ignored("area", "directory.filter.unknownArea", echo(area)));
            }
        }
        SupportFormat format = choice(parameters, "format", SupportFormat.class, "directory.filter.unknownFormat", ignored);
        AvailabilitySlot availability = choice(parameters, "availability", AvailabilitySlot.class, "directory.filter.unknownAvailability", ignored);
        String language = listed(parameters, "language", languages, "directory.filter.unknownLanguage", ignored);
        String region = listed(parameters, "region", regions, "directory.filter.unknownRegion", ignored);
        String text = Optional.ofNullable(parameters.get("q")).orElse("");
        int page = 0;
        String pageValue = value(parameters, "page");
        if (pageValue != null) {
            if (PAGE.matcher(pageValue).matches() && Integer.parseInt(pageValue) >= 1) {
                page = Integer.parseInt(pageValue) - 1;
            } else {
                ignored.add(new Ignored("page", "directory.filter.badPage", echo(pageValue)));
            }
        }
        return new Parsed(new DirectoryQuery(areaId, format, language, region, availability, text, page, PAGE_SIZE), ignored);
    }

    private static <E extends Enum<E>> E choice(Map<String, String> parameters, String name, Class<E> type, String messageKey,
                                                List<Ignored> ignored) {
        String value = value(parameters, name);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        ignored.add(new Ignored(name, messageKey, echo(value)));
        return null;
    }

    /** The list's own spelling of a value typed in any case. */
    private static String listed(Map<String, String> parameters, String name, List<String> choices, String messageKey,
                                 List<Ignored> ignored) {
        String value = value(parameters, name);
        if (value == null) {
            return null;
        }
        Optional<String> known = choices.stream().filter(choice -> choice.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT)))
                .findFirst();
        if (known.isEmpty()) {
            ignored.add(new Ignored(name, messageKey, echo(value)));
        }
        return known.orElse(null);
    }

    /** A parameter's value, or null when it is missing or blank (an empty select sends ""). */
    private static String value(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String echo(String value) {
        return value.length() > ECHO_MAX ? value.substring(0, ECHO_MAX) + "…" : value;
    }
}
