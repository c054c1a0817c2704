package org.alongside.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.alongside.identity.Account;
import org.junit.jupiter.api.Test;

class DirectoryWordsTest {

    @Test
    void eachPieceBetweenSpacesAndEachRunOfLettersInsideItIsAWordOnce() {
        assertThat(DirectoryWords.of("O'Brien", "Walks, walks by the canal.")).isEqualTo(" o'brien o brien walks, walks by the canal. canal");
        assertThat(DirectoryWords.of(null, null)).as("nothing shown, nothing to find").isEmpty();
        assertThat(DirectoryWords.of(null, "  \n ")).isEmpty();
    }

    @Test
    void aSearchWordMatchesTheBeginningOfAWordWithOrWithoutItsPunctuation() {
        String column = DirectoryWords.of("Sam O'Brien-Smith", "I read <b>Tea</b> at 50% off_lemon (anxiety), walking.");

        assertThat(column).satisfies(words -> {
            for (String found : new String[] {"sam", "o'brien-smith", "o'b", "brien", "smith", "<b>tea</b>", "tea", "50%", "50", "off_lemon",
                    "lemon", "anxiety", "(anxiety),", "walk", "walking."}) {
                assertThat(matches(words, found)).as(found).isTrue();
            }
            for (String notFound : new String[] {"alking", "brien-smith", "off%lemon", "5_%", "mith", "anxiety),x", "50%off"}) {
                assertThat(matches(words, notFound)).as(notFound).isFalse();
            }
        });
    }

    @Test
    void everySpaceSeparatesAndMarksStayInTheirWord() {
        assertThat(DirectoryWords.split("Tam\u00A0Jones\u2003Cymru\tWales")).containsExactly("tam", "jones", "cymru", "wales");
        assertThat(DirectoryWords.of(null, "\u0BA4\u0BAE\u0BBF\u0BB4\u0BCD")).as("a Tamil word with vowel signs is one word")
                .isEqualTo(" \u0BA4\u0BAE\u0BBF\u0BB4\u0BCD");
    }

    @Test
    void theWordsFitAnIndexEntryWithoutEverAnEmptyOrBrokenWord() {
        StringBuilder latin = new StringBuilder();
        for (int i = 0; latin.length() < SupporterProfile.BIO_MAX - 10; i++) {
            latin.append("word").append(i).append(' ');
        }
        String words = DirectoryWords.of("A".repeat(Account.NAME_MAX), latin.toString());
        assertThat(words).as("a whole Latin name and bio of plain words fit").endsWith(latin.toString().strip().replaceAll(".* ", " "));

        StringBuilder tamil = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            tamil.append("\u0B85\u0B86\u0B87").append(i).append(' ');
        }
        String cut = DirectoryWords.of(null, tamil.toString());
        assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(DirectoryWords.MAX_BYTES);
        assertThat(cut).doesNotContain("  ").startsWith(" \u0B85\u0B86\u0B870 ").doesNotEndWith(" ")
                .as("the words at the end are the ones left out").doesNotContain("\u0B85\u0B86\u0B87299");
        assertThat(DirectoryWords.of("x".repeat(DirectoryWords.MAX_BYTES), "still here"))
                .as("a word too long to fit is left out, not cut").isEqualTo(" still here");
    }

    /** What {@code search_text LIKE '% word%'} does in both databases. */
    private static boolean matches(String column, String word) {
        return column.contains(" " + word);
    }
}
