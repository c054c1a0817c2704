package org.alongside.directory;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a supporter can be found by, kept in one column of their profile: the lower-case
 * pieces of their shown name and bio between spaces, each once, and the runs of letters and digits
 * inside the pieces that hold anything else. "O'Brien" and "Walks, walks by the canal." give
 * {@code " o'brien o brien walks, walks by the canal. canal"}. A word typed in a search matches
 * when it begins one of these: "walk", "o'brien" and "brien" find the example, "alks" and "nal" do
 * not. So a search matches whole words or their beginnings, with or without the punctuation around
 * them, and % or _ in a search mean themselves.
 *
 * <p>Each word sits after a space, so both databases match one with {@code LIKE '% walk%'}, and
 * PostgreSQL can index the column as a list of words (R__directory_search_indexes.sql).
 */
public final class DirectoryWords {

    /** Enough for a whole name and a bio of ordinary prose; see {@link #of}. */
    static final int MAX_BYTES = 1500;

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private DirectoryWords() {
    }

    /**
     * The column's value for a shown name and bio (null when hidden): their words each after one
     * space, or empty. PostgreSQL keeps the column in an index entry, which has a size limit, so it
     * holds at most {@link #MAX_BYTES} bytes of UTF-8: words that would go past it are left out, so
     * a very long or very punctuated bio, or one in a script of several bytes a letter, cannot be
     * found by the words at its end. Its public text is never cut.
     */
    public static String of(String name, String bio) {
        Set<String> words = new LinkedHashSet<>();
        for (String piece : split((name == null ? "" : name) + " " + (bio == null ? "" : bio))) {
            words.add(piece);
            words.addAll(runsOfLettersAndDigits(piece));
        }
        StringBuilder column = new StringBuilder();
        int bytes = 0;
        for (String word : words) {
            int size = 1 + word.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size <= MAX_BYTES) {
                column.append(' ').append(word);
                bytes += size;
            }
        }
        return column.toString();
    }

    /** The lower-case pieces of a text between spaces, as a search splits what is typed. */
    public static List<String> split(String text) {
        return Arrays.stream(SPACES.split(text.toLowerCase(Locale.ROOT))).filter(piece -> !piece.isEmpty()).toList();
    }

    private static List<String> runsOfLettersAndDigits(String piece) {
        return Arrays.stream(piece.split("[^\\p{L}\\p{N}\\p{M}]+")).filter(run -> !run.isEmpty() && !run.equals(piece)).toList();
    }
}
