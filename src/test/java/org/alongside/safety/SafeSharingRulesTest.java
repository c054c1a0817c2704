package org.alongside.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Loading the rules file: a sound file gives rules, a broken one gives every problem with its line, and nothing crashes. */
class SafeSharingRulesTest {

    private static final String EXPECT = "# expect: ";

    private static Path broken() throws URISyntaxException {
        return Path.of(SafeSharingRulesTest.class.getResource("/safety/broken").toURI());
    }

    static Stream<Path> brokenRuleFiles() throws Exception {
        try (Stream<Path> files = Files.list(broken())) {
            return files.sorted().toList().stream();
        }
    }

    /**
     * Each file under test resources safety/broken holds one kind of mistake; its "# expect: "
     * comments list exactly the problems the loader must report, in order.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRuleFiles")
    void reportsEachMistakeWithFileAndLine(Path brokenFile) throws IOException {
        List<String> expected = Files.readAllLines(brokenFile, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith(EXPECT)).map(line -> line.substring(EXPECT.length())).toList();

        SafeSharingRules.Result result = SafeSharingRules.load(brokenFile);

        assertThat(expected).as("expected problems written in %s", brokenFile.getFileName()).isNotEmpty();
        assertThat(result.ok()).isFalse();
        assertThat(result.rules()).isEmpty();
        assertThat(result.problems()).extracting(SafeSharingProblem::toString).containsExactlyElementsOf(expected);
    }

    @Test
    void aMissingFileIsAProblemNotACrash() {
        SafeSharingRules.Result result = SafeSharingRules.load(Path.of("no-such-folder", "safe-sharing-rules.yaml"));

        assertThat(result.problems()).extracting(SafeSharingProblem::toString)
                .containsExactly("safe-sharing-rules.yaml: the file is missing");
    }

    @Test
    void aReaderThatFailsIsAProblemNotACrash() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk unplugged");
            }

            @Override
            public void close() {
            }
        };

        assertThat(SafeSharingRules.load(failing, "rules.yaml").problems()).extracting(SafeSharingProblem::toString)
                .containsExactly("rules.yaml: the rules cannot be read: disk unplugged");
    }

    @Test
    void loadsRulesFromAReaderInTheOrderWritten() {
        SafeSharingRules.Result result = SafeSharingRules.load(new StringReader("""
                rules:
                  - id: sizes
                    explanation: Sizes can invite comparison.
                    suggestion: Say how it felt instead.
                    before-a-number: [size]
                  - id: weights
                    explanation: Weights can be hard to read.
                    suggestion: Talk about the feeling.
                    after-a-number: [kg]
                """), "inline.yaml");

        assertThat(result.problems()).isEmpty();
        assertThat(result.rules().orElseThrow().rules()).extracting(SafeSharingRule::id, SafeSharingRule::suggestion)
                .containsExactly(tuple("sizes", "Say how it felt instead."), tuple("weights", "Talk about the feeling."));
    }

    /** The shipped rules load, and speak to the person ("you", "your group") in one short paragraph each. */
    @Test
    void theShippedRulesLoadAndSpeakToThePerson() {
        SafeSharingRules.Result result = SafeSharingRules.load(SafeSharingCheckTest.SHIPPED_RULES);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rules().orElseThrow().rules()).allSatisfy(rule -> {
            assertThat(rule.explanation()).as(rule.id()).containsIgnoringCase("you").doesNotContain("\n");
            assertThat(rule.suggestion()).as(rule.id()).startsWith("You could").doesNotContain("\n");
        });
    }
}
