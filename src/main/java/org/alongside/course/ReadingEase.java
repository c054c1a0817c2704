package org.alongside.course;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch reading-ease score of English text: 206.835 − 1.015 × (words per sentence) − 84.6 ×
 * (syllables per word). 60 and above reads as plain English. Syllables are counted by vowel
 * groups, the usual approximation; headings and list items count as sentences of their own.
 */
public final class ReadingEase {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’][A-Za-z]+)*");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");
    private static final int WORDS_PER_MINUTE = 180;

    private ReadingEase() {
    }

    public static double flesch(String text) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        for (String line : text.split("\\R")) {
            for (String sentence : line.split("[.!?;:]+(?=\\s|$)")) {
                Matcher matcher = WORD.matcher(sentence);
                int wordsHere = 0;
                while (matcher.find()) {
                    wordsHere++;
                    syllables += syllables(matcher.group());
                }
                if (wordsHere > 0) {
                    sentences++;
                    words += wordsHere;
                }
            }
        }
        if (words == 0) {
            return 0;
        }
        return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
    }

    /** Minutes to read the text at an unhurried 180 words a minute, never less than one. */
    public static int readingMinutes(String text) {
        Matcher matcher = WORD.matcher(text);
        int words = 0;
        while (matcher.find()) {
            words++;
        }
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    static int syllables(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace("’", "'");
        if (lower.length() <= 3) {
            return 1;
        }
        String trimmed = lower.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher groups = VOWEL_GROUP.matcher(trimmed);
        int count = 0;
        while (groups.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
