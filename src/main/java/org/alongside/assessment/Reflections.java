package org.alongside.assessment;

import java.util.regex.Pattern;

/** Rules about reflection text that the pages and the services share. */
public final class Reflections {

    /** About 3,000 words: far more than a reflection needs, small enough to read and store. */
    public static final int MAX_CHARACTERS = 20_000;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    private Reflections() {
    }

    public static int wordCount(String text) {
        if (text == null) {
            return 0;
        }
        return (int) WORD.matcher(text).results().count();
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public static boolean isTooLong(String text) {
        return text != null && text.length() > MAX_CHARACTERS;
    }
}
