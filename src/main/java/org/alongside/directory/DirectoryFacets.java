package org.alongside.directory;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The filterable values a supporter shows, kept in one column of their profile as
 * {@code |area:3|format:PHONE|language:Welsh|region:Wales|slot:WEEKENDS|}. A search then checks
 * a profile from its own row instead of looking in four more tables, which is what keeps
 * directory search fast with many supporters (benchmarks/directory-search.sh). Only shown fields
 * are written, so filtering can never find a supporter by something they chose to hide.
 */
public final class DirectoryFacets {

    /** Between values, and around the whole list, so every value can be matched whole. */
    public static final String SEPARATOR = "|";

    private DirectoryFacets() {
    }

    public static String area(long areaId) {
        return "area:" + areaId;
    }

    public static String format(SupportFormat format) {
        return "format:" + format.name();
    }

    public static String language(String language) {
        return "language:" + clean(language);
    }

    public static String region(String region) {
        return "region:" + clean(region);
    }

    public static String slot(AvailabilitySlot slot) {
        return "slot:" + slot.name();
    }

    /** The column's value for these shown facets, in a fixed order so that equal sets read alike. */
    public static String join(Collection<String> facets) {
        Set<String> sorted = new TreeSet<>(facets);
        return sorted.isEmpty() ? "" : SEPARATOR + String.join(SEPARATOR, sorted) + SEPARATOR;
    }

    /** Languages and regions come from the portal's settings; a separator inside one must not split it. */
    private static String clean(String value) {
        return value.replace(SEPARATOR, "/");
    }
}
