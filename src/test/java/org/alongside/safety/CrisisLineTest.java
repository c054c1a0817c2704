package org.alongside.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CrisisLineTest {

    @Test
    void parsesNameActionLinkAndAvailability() {
        List<CrisisLine> lines = CrisisLine.parseAll(List.of("Samaritans | Call 116 123 | tel:116123 | Any time"));

        assertThat(lines).containsExactly(new CrisisLine("Samaritans", "Call 116 123", "tel:116123", "Any time"));
    }

    @Test
    void allowsAnEntryWithoutALink() {
        assertThat(CrisisLine.parseAll(List.of("Your GP|Book an urgent appointment||Surgery hours")).get(0).link()).isEmpty();
    }

    @Test
    void refusesMalformedEntriesAndUnsafeLinks() {
        assertThatThrownBy(() -> CrisisLine.parseAll(List.of("Samaritans|Call"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrisisLine.parseAll(List.of("X|Y|javascript:alert(1)|Z"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrisisLine.parseAll(List.of("X|Y|http://plain.example|Z"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedUkDefaultsParse() throws Exception {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        // MicroProfile Config splits lists on commas not preceded by a backslash.
        String[] entries = config.getProperty("portal.crisis.lines").split("(?<!\\\\),");
        List<CrisisLine> lines = CrisisLine.parseAll(Arrays.stream(entries).map(e -> e.replace("\\,", ",")).toList());

        assertThat(lines).extracting(CrisisLine::name)
                .containsExactly("Emergency services", "Samaritans", "Shout", "NHS 111", "Lifeline", "Childline");
        assertThat(lines).extracting(CrisisLine::link)
                .containsExactly("tel:999", "tel:116123", "sms:85258", "tel:111", "tel:08088088000", "tel:08001111");
        assertThat(lines).filteredOn(CrisisLine::forEveryone).extracting(CrisisLine::name)
                .as("lines that work anywhere in the UK").containsExactly("Emergency services", "Samaritans", "Shout");
        assertThat(lines).extracting(CrisisLine::coverage).contains("Northern Ireland", "England, Scotland and Wales");
    }

    @Test
    void aFifthPartSaysWhoOrWhereTheLineIsFor() {
        assertThat(CrisisLine.parseAll(List.of("Lifeline|Call|tel:08088088000|Any time|Northern Ireland")).get(0))
                .isEqualTo(new CrisisLine("Lifeline", "Call", "tel:08088088000", "Any time", "Northern Ireland"));
        assertThat(CrisisLine.parseAll(List.of("Samaritans|Call|tel:116123|Any time")).get(0).forEveryone()).isTrue();
    }
}
