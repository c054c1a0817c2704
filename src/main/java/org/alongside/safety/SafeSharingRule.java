package org.alongside.safety;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule from the rules file, with its expressions compiled once when the file is loaded.
 * A rule with words to be near only counts a match when one of them is within
 * {@value #NEAR_WORDS} words of it in the same sentence: "ten times" is only a count of harm
 * when harm is mentioned close by.
 */
public final class SafeSharingRule {

    private static final int NEAR_WORDS = 6;

    private final String id;
    private final String explanation;
    private final String suggestion;
    private final PhraseMatcher phrases;
    private final Optional<Pattern> authorsPattern;
    private final Optional<Pattern> nearWords;

    SafeSharingRule(String id, String explanation, String suggestion, PhraseMatcher phrases, Optional<Pattern> authorsPattern,
            Optional<Pattern> nearWords) {
        this.id = id;
        this.explanation = explanation;
        this.suggestion = suggestion;
        this.phrases = phrases;
        this.authorsPattern = authorsPattern;
        this.nearWords = nearWords;
    }

    public String id() {
        return id;
    }

    public String explanation() {
        return explanation;
    }

    public String suggestion() {
        return suggestion;
    }

    /**
     * Passes each match in {@code text} to {@code found}, before overlaps and everyday phrases
     * are sorted out; {@code numbers} are the numbers in the text, found once for all rules.
     */
    void findIn(String text, List<PhraseMatcher.Span> numbers, Consumer<Finding> found) {
        phrases.findIn(text, numbers, span -> report(text, span.start(), span.end(), found));
        authorsPattern.ifPresent(pattern -> {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                // An author's own pattern may match nothing at all ("x*"): there is nothing to show.
                if (matcher.end() > matcher.start()) {
                    report(text, matcher.start(), matcher.end(), found);
                }
            }
        });
    }

    private void report(String text, int start, int end, Consumer<Finding> found) {
        if (nearEnough(text, start, end)) {
            found.accept(new Finding(start, end, text.substring(start, end), id, explanation, suggestion));
        }
    }

    private boolean nearEnough(String text, int start, int end) {
        if (nearWords.isEmpty()) {
            return true;
        }
        Matcher near = nearWords.get().matcher(text);
        near.region(windowStart(text, start), windowEnd(text, end)).useTransparentBounds(true);
        return near.find();
    }

    /** Where the window of near words before {@code start} begins: a few words back, but not into the previous sentence. */
    private static int windowStart(String text, int start) {
        int windowStart = start;
        for (int words = 0; words < NEAR_WORDS; words++) {
            int i = windowStart;
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                if (text.charAt(i - 1) == '\n') {
                    return windowStart;
                }
                i--;
            }
            if (i < windowStart && endsSentence(text, i)) {
                return windowStart;
            }
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            if (i == windowStart) {
                return windowStart;
            }
            windowStart = i;
        }
        return windowStart;
    }

    /** Where the window of near words after {@code end} ends: a few words on, but not into the next sentence. */
    private static int windowEnd(String text, int end) {
        int windowEnd = end;
        for (int words = 0; words < NEAR_WORDS; words++) {
            if (endsSentence(text, windowEnd)) {
                return windowEnd;
            }
            int i = windowEnd;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                if (text.charAt(i) == '\n') {
                    return windowEnd;
                }
                i++;
            }
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == windowEnd) {
                return windowEnd;
            }
            windowEnd = i;
        }
        return windowEnd;
    }

    /** Whether the word ending just before {@code index} ends a sentence, allowing for closing quotes and brackets. */
    private static boolean endsSentence(String text, int index) {
        int i = index;
        while (i > 0 && "\"'’”)]".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && ".!?…".indexOf(text.charAt(i - 1)) >= 0;
    }
}
