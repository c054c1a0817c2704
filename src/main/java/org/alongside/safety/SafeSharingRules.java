package org.alongside.safety;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The group's safe-sharing rules, loaded from a rules file that course authors edit (format in
 * courses/safe-sharing-rules.yaml, explained in docs/safe-sharing.md), and the check of a text
 * against them. Every expression is compiled once at load time; an instance is immutable and
 * safe to share between threads.
 */
public final class SafeSharingRules {

    /** The outcome of loading: the rules when the file is sound, otherwise every problem found. */
    public record Result(Optional<SafeSharingRules> rules, List<SafeSharingProblem> problems) {

        static Result of(Optional<SafeSharingRules> rules, List<SafeSharingProblem> problems) {
            List<SafeSharingProblem> byLine = problems.stream().sorted(Comparator.comparingInt(SafeSharingProblem::line)).toList();
            // A file with a mistake is not used at all, so a half-finished edit never quietly drops a rule.
            return new Result(byLine.isEmpty() ? rules : Optional.empty(), byLine);
        }

        public boolean ok() {
            return rules.isPresent();
        }
    }

    private final List<SafeSharingRule> rules;
    private final PhraseMatcher neverFlag;

    SafeSharingRules(List<SafeSharingRule> rules, PhraseMatcher neverFlag) {
        this.rules = List.copyOf(rules);
        this.neverFlag = neverFlag;
    }

    /** Loads a rules file; problems name the file by its file name, e.g. safe-sharing-rules.yaml. */
    public static Result load(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return problem(name, "the file is missing");
        }
        try {
            return SafeSharingRulesReader.read(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (MalformedInputException e) {
            return problem(name, "the file is not saved as UTF-8 text");
        } catch (IOException e) {
            return problem(name, "the file cannot be read: " + e.getMessage());
        }
    }

    /** Loads rules from {@code reader}; {@code fileName} is how problems name where they came from. */
    public static Result load(Reader reader, String fileName) {
        StringWriter yaml = new StringWriter();
        try {
            reader.transferTo(yaml);
        } catch (IOException e) {
            return problem(fileName, "the rules cannot be read: " + e.getMessage());
        }
        return SafeSharingRulesReader.read(yaml.toString(), fileName);
    }

    private static Result problem(String file, String message) {
        return Result.of(Optional.empty(), List.of(new SafeSharingProblem(file, 0, message)));
    }

    /** The rules in the order the file lists them. */
    public List<SafeSharingRule> rules() {
        return rules;
    }

    /**
     * Everything in {@code text} that the rules pick out, sorted by where it starts. Where matches
     * overlap, the longest is kept (on a tie, the rule listed first), so each piece of text is
     * highlighted once. A match that lies inside an everyday phrase from never-flag is left out.
     */
    public List<Finding> check(String text) {
        List<PhraseMatcher.Span> numbers = PhraseMatcher.numbersIn(text);
        List<Finding> candidates = new ArrayList<>();
        for (SafeSharingRule rule : rules) {
            rule.findIn(text, numbers, candidates::add);
        }
        NavigableMap<Integer, Integer> everyday = new TreeMap<>();
        neverFlag.findIn(text, numbers, span -> everyday.merge(span.start(), span.end(), Math::max));
        candidates.removeIf(finding -> insideEverydayPhrase(finding, everyday));

        // A stable sort keeps the rules' own order on equal length and start.
        candidates.sort(Comparator.comparingInt((Finding finding) -> finding.end() - finding.start()).reversed()
                .thenComparingInt(Finding::start));
        NavigableMap<Integer, Finding> kept = new TreeMap<>();
        for (Finding candidate : candidates) {
            if (!overlapsAny(candidate, kept)) {
                kept.put(candidate.start(), candidate);
            }
        }
        return List.copyOf(kept.values());
    }

    private static boolean insideEverydayPhrase(Finding finding, NavigableMap<Integer, Integer> everyday) {
        return everyday.headMap(finding.start(), true).values().stream().anyMatch(end -> end >= finding.end());
    }

    private static boolean overlapsAny(Finding candidate, NavigableMap<Integer, Finding> kept) {
        Map.Entry<Integer, Finding> before = kept.floorEntry(candidate.start());
        Map.Entry<Integer, Finding> after = kept.ceilingEntry(candidate.start());
        return (before != null && before.getValue().end() > candidate.start())
                || (after != null && after.getKey() < candidate.end());
    }
}
