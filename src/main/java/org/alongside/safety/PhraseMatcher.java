package org.alongside.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where any of a list of phrases occurs in a text. Phrases that start with a number are
 * tried only where the one shared search for numbers found one; the rest are searched for in one
 * pass that skips, after a single test, every place that cannot start a phrase. This keeps a
 * long reflection quick to check however many rules there are.
 */
final class PhraseMatcher {

    /** A stretch of text, from {@code start} up to (not including) {@code end}. */
    record Span(int start, int end) {
    }

    private final Optional<Pattern> afterANumber;
    private final Optional<Pattern> startingWithAWord;

    private PhraseMatcher(Optional<Pattern> afterANumber, Optional<Pattern> startingWithAWord) {
        this.afterANumber = afterANumber;
        this.startingWithAWord = startingWithAWord;
    }

    static PhraseMatcher of(List<SafeSharingPhrases.Expression> expressions) {
        List<String> afterANumber = new ArrayList<>();
        List<SafeSharingPhrases.Expression> startingWithAWord = new ArrayList<>();
        for (SafeSharingPhrases.Expression expression : expressions) {
            if (expression.startsWithANumber()) {
                afterANumber.add(expression.regex());
            } else {
                startingWithAWord.add(expression);
            }
        }
        return new PhraseMatcher(
                afterANumber.isEmpty() ? Optional.empty() : Optional.of(compile(SafeSharingPhrases.longestFirst(afterANumber))),
                startingWithAWord.isEmpty() ? Optional.empty() : Optional.of(compile(SafeSharingPhrases.wordSearch(startingWithAWord))));
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, SafeSharingPhrases.FLAGS);
    }

    /** Every number in {@code text}, for {@link #findIn} to share between rules. */
    static List<Span> numbersIn(String text) {
        List<Span> numbers = new ArrayList<>();
        Matcher matcher = SafeSharingPhrases.NUMBERS.matcher(text);
        while (matcher.find()) {
            numbers.add(new Span(matcher.start(), matcher.end()));
        }
        return numbers;
    }

    /** Passes each place a phrase occurs to {@code found}; {@code numbers} are {@link #numbersIn} the same text. */
    void findIn(String text, List<Span> numbers, Consumer<Span> found) {
        afterANumber.ifPresent(pattern -> {
            Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (Span number : numbers) {
                matcher.region(number.end(), text.length());
                if (matcher.lookingAt()) {
                    found.accept(new Span(number.start(), matcher.end()));
                }
            }
        });
        startingWithAWord.ifPresent(pattern -> {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.accept(new Span(matcher.start(), matcher.end()));
            }
        });
    }
}
