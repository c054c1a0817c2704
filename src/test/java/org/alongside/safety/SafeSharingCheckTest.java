package org.alongside.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The shipped rules in courses/safe-sharing-rules.yaml against the examples in
 * safety/safe-sharing-corpus.yaml: what they must pick out, and everyday writing they must leave
 * alone. Authors who change the rules run this to see the effect.
 */
class SafeSharingCheckTest {

    static final Path SHIPPED_RULES = Path.of("courses", "safe-sharing-rules.yaml");

    private static SafeSharingRules rules;

    @BeforeAll
    static void loadTheShippedRules() {
        SafeSharingRules.Result result = SafeSharingRules.load(SHIPPED_RULES);
        assertThat(result.problems()).as("problems in %s", SHIPPED_RULES).isEmpty();
        rules = result.rules().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Object>> corpus() throws IOException {
        String yaml = Files.readString(Path.of("src", "test", "resources", "safety", "safe-sharing-corpus.yaml"), StandardCharsets.UTF_8);
        return (Map<String, List<Object>>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    @SuppressWarnings("unchecked")
    static Stream<Arguments> shouldFlag() throws IOException {
        return corpus().get("should-flag").stream().map(example -> {
            Map<String, Object> fields = (Map<String, Object>) example;
            List<String> flags = ((List<Map<String, String>>) fields.get("flags")).stream()
                    .flatMap(flag -> flag.entrySet().stream())
                    .map(flag -> flag.getKey() + ": " + flag.getValue())
                    .toList();
            return Arguments.of(fields.get("text"), flags);
        });
    }

    static Stream<String> shouldNotFlag() throws IOException {
        return corpus().get("should-not-flag").stream().map(String.class::cast);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shouldFlag")
    void picksOutExactlyTheDetail(String text, List<String> expected) {
        List<Finding> findings = rules.check(text);

        assertThat(findings).extracting(finding -> finding.ruleId() + ": " + finding.matchedText()).containsExactlyElementsOf(expected);
        assertThat(findings).allSatisfy(finding -> {
            assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.matchedText());
            assertThat(finding.explanation()).isNotBlank();
            assertThat(finding.suggestion()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shouldNotFlag")
    void leavesEverydayWritingAlone(String text) {
        assertThat(rules.check(text)).isEmpty();
    }

    @Test
    void theCorpusIsBigEnoughAndTriesEveryRule() throws IOException {
        List<Arguments> flagged = shouldFlag().toList();
        long notFlagged = shouldNotFlag().count();
        assertThat(flagged).hasSizeGreaterThanOrEqualTo(18);
        assertThat(notFlagged).isGreaterThanOrEqualTo(18);
        assertThat(flagged.size() + notFlagged).isGreaterThanOrEqualTo(40);

        Set<String> ruleIdsExpected = flagged.stream()
                .flatMap(example -> ((List<?>) example.get()[1]).stream())
                .map(flag -> flag.toString().substring(0, flag.toString().indexOf(':')))
                .collect(Collectors.toSet());
        assertThat(ruleIdsExpected).as("each rule has at least one should-flag example")
                .containsAll(rules.rules().stream().map(SafeSharingRule::id).toList());
    }

    @Test
    void findingsAreSortedAndPointIntoTheOriginalText() {
        String text = "Line one.\nI was a size 6, then I took 30 tablets.\r\nLater I lost 2 stone.";

        List<Finding> findings = rules.check(text);

        assertThat(findings).extracting(Finding::matchedText).containsExactly("size 6", "30 tablets", "2 stone");
        assertThat(findings).extracting(Finding::start)
                .containsExactly(text.indexOf("size 6"), text.indexOf("30 tablets"), text.indexOf("2 stone"));
        assertThat(findings).allSatisfy(finding -> assertThat(finding.end() - finding.start()).isEqualTo(finding.matchedText().length()));
    }

    @Test
    void whereMatchesOverlapTheLongestIsKept() {
        SafeSharingRules overlapping = rulesFrom("""
                rules:
                  - id: short-one
                    explanation: A short match.
                    suggestion: Say less.
                    phrases: [took]
                  - id: long-one
                    explanation: A longer match.
                    suggestion: Say less again.
                    after-a-number: [tablets]
                    phrases: [took NUMBER tablets]
                  - id: same-length
                    explanation: As long as the long one.
                    suggestion: Say even less.
                    phrases: [took NUMBER tablets]
                """);

        assertThat(overlapping.check("Then I took 3 tablets and took a walk."))
                .extracting(Finding::ruleId, Finding::matchedText)
                .containsExactly(tuple("long-one", "took 3 tablets"), tuple("short-one", "took"));
    }

    @Test
    void matchesInsideAnEverydayPhraseAreLeftOut() {
        SafeSharingRules withExceptions = rulesFrom("""
                rules:
                  - id: counts
                    explanation: A count.
                    suggestion: Leave it out.
                    after-a-number: [times]
                never-flag:
                  - NUMBER times better
                """);

        assertThat(withExceptions.check("Three times I felt 10 times better.")).extracting(Finding::matchedText)
                .containsExactly("Three times");
    }

    @Test
    void anAuthorsOwnPatternIsCaseInsensitiveAndNeverMatchesNothing() {
        SafeSharingRules withPattern = rulesFrom("""
                rules:
                  - id: own-pattern
                    explanation: Found by a pattern.
                    suggestion: Leave it out.
                    pattern: 'x*ward\\d+'
                """);

        assertThat(withPattern.check("Ward 7, then WARD12.")).extracting(Finding::matchedText).containsExactly("WARD12");
    }

    @Test
    void aLongDenseReflectionHasEachFlaggedNumberPickedOutOnce() {
        // Six numbers in every sentence; only the weight and the tablets are the kind the rules pick out.
        String reflection = SafeSharingCheckBenchmark.denseReflection(2_000);

        List<Finding> findings = rules.check(reflection);

        int sentences = reflection.split("\\. ").length;
        assertThat(findings).hasSize(2 * sentences);
        assertThat(findings).extracting(Finding::matchedText).containsOnly("6 stone", "30 tablets");
    }

    @Test
    void pastedRepeatsNeitherOverflowNorFlag() {
        assertThat(rules.check("one and ".repeat(20_000))).isEmpty();
        assertThat(rules.check("twenty-".repeat(20_000))).isEmpty();
        assertThat(rules.check("1.".repeat(20_000))).isEmpty();
    }

    private static SafeSharingRules rulesFrom(String yaml) {
        SafeSharingRules.Result result = SafeSharingRules.load(new StringReader(yaml), "test-rules.yaml");
        assertThat(result.problems()).isEmpty();
        return result.rules().orElseThrow();
    }
}
