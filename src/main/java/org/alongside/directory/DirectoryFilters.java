package org.alongside.directory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the filters of a directory address, as typed or scripted, into a {@link DirectoryQuery}:
 * each value is checked against what can be chosen now (current areas, the configured languages
 * and regions, the formats and times there are), so an unknown value is refused with the values
 * that would be understood instead of silently finding nothing. A blank value means "any".
 *
 * <p>Pages are numbered from 1 here, as people count them; the query counts from 0.
 */
public final class DirectoryFilters {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 50;
    /** Far past any real directory, and low enough that no page number overflows into nonsense. */
    public static final int MAX_PAGE = 1_000_000;

    /** The filter values as they came, any of them null or blank. */
    public record Raw(String area, String format, String language, String region, String availability, String text,
                      String page, String size) {
    }

    /** A filter value that is not one of the values understood, with those values. */
    public static final class InvalidFilterException extends RuntimeException {

        private final String parameter;
        private final List<String> allowed;

        InvalidFilterException(String parameter, String problem, List<String> allowed) {
            super(parameter + ": " + problem);
            this.parameter = parameter;
            this.allowed = List.copyOf(allowed);
        }

        public String parameter() {
            return parameter;
        }

        /** The values understood, or empty when the parameter takes a number in a range (said in the message). */
        public List<String> allowed() {
            return allowed;
        }
    }

    private final Map<String, Long> areaIds;
    private final List<String> languages;
    private final List<String> regions;

    /**
     * @param areas the areas one may filter by now (not retired), id to name
     * @param languages the configured languages
     * @param regions the configured regions
     */
    public DirectoryFilters(Map<Long, String> areas, List<String> languages, List<String> regions) {
        this.areaIds = new LinkedHashMap<>();
        areas.keySet().stream().sorted().forEach(id -> areaIds.put(Long.toString(id), id));
        this.languages = List.copyOf(languages);
        this.regions = List.copyOf(regions);
    }

    public DirectoryQuery parse(Raw raw) {
        Long area = null;
        if (present(raw.area())) {
            area = areaIds.get(raw.area().strip());
            if (area == null) {
                throw unknown("area", List.copyOf(areaIds.keySet()));
            }
        }
        SupportFormat format = present(raw.format()) ? constant(SupportFormat.class, "format", raw.format()) : null;
        AvailabilitySlot availability = present(raw.availability())
                ? constant(AvailabilitySlot.class, "availability", raw.availability()) : null;
        String language = present(raw.language()) ? oneOf("language", raw.language(), languages) : null;
        String region = present(raw.region()) ? oneOf("region", raw.region(), regions) : null;
        int page = present(raw.page()) ? number("page", raw.page(), MAX_PAGE) : 1;
        int size = present(raw.size()) ? number("size", raw.size(), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
        return new DirectoryQuery(area, format, language, region, availability, raw.text(), page - 1, size);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Configured names are matched whatever their case, and the configured spelling is searched for. */
    private static String oneOf(String parameter, String value, List<String> allowed) {
        Optional<String> known = allowed.stream().filter(name -> name.equalsIgnoreCase(value.strip())).findFirst();
        return known.orElseThrow(() -> unknown(parameter, allowed));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String parameter, String value) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        return Enum.valueOf(type, oneOf(parameter, value, names));
    }

    private static int number(String parameter, String value, int max) {
        String digits = value.strip();
        // At most 9 digits always fits an int, so an enormous number is refused rather than overflowing.
        if (digits.matches("[0-9]{1,9}")) {
            int number = Integer.parseInt(digits);
            if (number >= 1 && number <= max) {
                return number;
            }
        }
        throw new InvalidFilterException(parameter, "must be a whole number from 1 to " + max, List.of());
    }

    private static InvalidFilterException unknown(String parameter, List<String> allowed) {
        return new InvalidFilterException(parameter, "is not one of the values understood", allowed);
    }

    public static List<String> formats() {
        return Arrays.stream(SupportFormat.values()).map(Enum::name).toList();
    }

    public static List<String> availabilitySlots() {
        return Arrays.stream(AvailabilitySlot.values()).map(Enum::name).toList();
    }

    public List<String> languages() {
        return languages;
    }

    public List<String> regions() {
        return regions;
    }
}
