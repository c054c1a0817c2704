package org.alongside.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReadingEaseTest {

    @Test
    void countsSyllablesByVowelGroups() {
        assertThat(ReadingEase.syllables("cat")).isEqualTo(1);
        assertThat(ReadingEase.syllables("listen")).isEqualTo(2);
        assertThat(ReadingEase.syllables("recovery")).isEqualTo(4);
        assertThat(ReadingEase.syllables("hoped")).isEqualTo(1);
        assertThat(ReadingEase.syllables("people")).isEqualTo(2);
    }

    @Test
    void plainShortSentencesScoreHigh() {
        assertThat(ReadingEase.flesch("You are not alone. We can talk. Take your time.")).isGreaterThan(90);
    }

    @Test
    void longSentencesOfLongWordsScoreLow() {
        String dense = "Comprehensive multidisciplinary interventions necessitate organisational accountability "
                + "alongside individualised therapeutic considerations regarding psychological functioning.";
        assertThat(ReadingEase.flesch(dense)).isLessThan(0);
    }

    @Test
    void matchesTheFormulaOnAKnownSentence() {
        // 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 6 / 6
        assertThat(ReadingEase.flesch("The cat sat on the mat.")).isCloseTo(206.835 - 6.09 - 84.6, within(0.01));
    }

    @Test
    void treatsHeadingsAndListItemsAsSentences() {
        assertThat(ReadingEase.flesch("What you will do\nRead a little\nThink a little"))
                .isEqualTo(ReadingEase.flesch("What you will do. Read a little. Think a little."));
    }
}
