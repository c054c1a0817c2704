package org.alongside.directory;

import java.util.List;

/**
 * A search of the public directory: optional filters, free text and a page. Filters are already
 * checked against the known values; unknown ones never reach a query.
 *
 * @param page zero-based
 */
public record DirectoryQuery(Long areaId, SupportFormat format, String language, String region, AvailabilitySlot availability,
                             String text, int page, int pageSize) {

    /** More words than this add little to a search and only cost time. */
    public static final int MAX_WORDS = 5;
    public static final int TEXT_MAX = 100;

    public DirectoryQuery {
        if (page < 0 || pageSize < 1) {
            throw new IllegalArgumentException("page " + page + " of size " + pageSize);
        }
        text = text == null ? "" : text.strip();
        if (text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX);
        }
    }

    /** The lower-case words of the free text, each matched at the start of a word of a shown name or bio ({@link DirectoryWords}). */
    public List<String> words() {
        return DirectoryWords.split(text).stream()
                .distinct()
                .limit(MAX_WORDS)
                .toList();
    }

    public DirectoryQuery onPage(int otherPage) {
        return new DirectoryQuery(areaId, format, language, region, availability, text, otherPage, pageSize);
    }
}
