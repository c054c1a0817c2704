package org.alongside.course;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Wording patterns that let someone pick a question's answer without understanding it: the right
 * answer is clearly the longest, "all of the above" (meaningless once options are shuffled),
 * absolute words only in the wrong answers, or the right answer echoing the question. The course
 * check reports them as warnings, for an author to reword.
 */
public final class GiveAways {

    /** How much longer than every wrong answer the right one must be before its length gives it away. */
    static final double LENGTH_RATIO = 1.3;
    private static final Pattern ABOVE = Pattern.compile("\\b(all|none|both) of (the|these) (above|options|answers)\\b|^both\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABSOLUTE = Pattern.compile("\\b(always|never|must|only|every|all|nothing|completely)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Set<String> COMMON = Set.of("that", "this", "with", "what", "when", "they", "them", "their", "your",
            "have", "about", "would", "could", "should", "from", "there", "which", "will", "just", "been", "were", "then",
            "than", "into", "does", "want", "like", "someone", "person", "people");
    private static final int ECHOED_WORDS = 3;

    private GiveAways() {
    }

    /** A short description of each give-away found in the question; empty when there is none. */
    public static List<String> in(Course.Question question) {
        List<String> found = new ArrayList<>();
        List<Course.Option> right = question.options().stream().filter(Course.Option::correct).toList();
        List<Course.Option> wrong = question.options().stream().filter(option -> !option.correct()).toList();
        if (right.isEmpty() || wrong.isEmpty()) {
            return found;
        }
        int shortestRight = right.stream().mapToInt(option -> option.text().length()).min().orElse(0);
        int longestWrong = wrong.stream().mapToInt(option -> option.text().length()).max().orElse(0);
        if (shortestRight >= LENGTH_RATIO * longestWrong) {
            found.add("the right " + (right.size() == 1 ? "answer is" : "answers are") + " clearly longer than every wrong one");
        }
        if (question.options().stream().anyMatch(option -> ABOVE.matcher(option.text()).find())) {
            found.add("an option refers to the others (\"all of the above\"), which means nothing once options are shuffled");
        }
        long absoluteWrong = wrong.stream().filter(option -> ABSOLUTE.matcher(option.text()).find()).count();
        boolean absoluteRight = right.stream().anyMatch(option -> ABSOLUTE.matcher(option.text()).find());
        if (absoluteWrong >= 2 && !absoluteRight) {
            found.add("only wrong answers use words like \"always\" or \"never\"");
        }
        Set<String> asked = words(question.text());
        Set<String> echoedByWrong = new HashSet<>();
        wrong.forEach(option -> echoedByWrong.addAll(words(option.text())));
        echoedByWrong.retainAll(asked);
        for (Course.Option option : right) {
            Set<String> echoed = words(option.text());
            echoed.retainAll(asked);
            echoed.removeAll(echoedByWrong);
            if (echoed.size() >= ECHOED_WORDS) {
                found.add("the right answer '" + option.id() + "' repeats words of the question that no wrong answer uses: "
                        + String.join(", ", echoed.stream().sorted().toList()));
            }
        }
        return found;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(match -> match.group())
                .filter(word -> word.length() >= 4 && !COMMON.contains(word)).forEach(words::add);
        return words;
    }
}
