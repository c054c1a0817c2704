package org.alongside.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the phrase notation of the rules file into regular expressions, so that course authors
 * never have to write one. In a phrase, {@code NUMBER} stands for any number, {@code a/b} means
 * either word, and a trailing {@code *} means any ending. Words match whole words only.
 * Problems with a phrase are reported as {@link IllegalArgumentException}s whose message is
 * written for the author.
 */
final class SafeSharingPhrases {

    static final String NUMBER_PLACEHOLDER = "NUMBER";

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * A phrase as a regular expression. One that starts with a number is kept as the part after
     * the number ({@code regex}), to be tried where {@link #NUMBERS} found one: the text is searched
     * for numbers once, not once per rule. One that starts with a word is searched for; its
     * {@code firstCharacters} (the inside of a character class; empty when unknown, and for one
     * that starts with a number) let the search skip most places after one cheap test.
     */
    record Expression(boolean startsWithANumber, String regex, String firstCharacters) {

        /** The expression on its own, for searching a short stretch of text. */
        String standalone() {
            return startsWithANumber ? NUMBER + regex : WORD_START + regex;
        }
    }

    // A word is a run of letters and digits; "binge-watched" is one word, so "binge" is not in it.
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}]-)";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])(?!-[\\p{L}\\p{N}])";

    private static final List<String> NUMBER_WORDS = List.of(
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "dozen");

    private static final String FRACTIONS = "½¼¾⅓⅔⅛";

    /** Grouped by first letter, so each place tries a handful of words rather than all of them. */
    private static final String NUMBER_WORD = NUMBER_WORDS.stream()
            .collect(Collectors.groupingBy(word -> word.charAt(0), TreeMap::new, Collectors.toList()))
            .entrySet().stream()
            .map(initial -> initial.getKey() + longestFirst(initial.getValue().stream().map(word -> word.substring(1)).toList()))
            .collect(Collectors.joining("|", "(?:", ")")) + "(?![\\p{L}\\p{N}])";

    /**
     * "twenty-five", "one hundred and fifty", "a dozen". The repeats are bounded because Java
     * matches repeated groups by recursion: "one one one …" pasted thousands of times would
     * otherwise overflow the stack.
     */
    private static final String NUMBER_IN_WORDS = "(?:an?\\s+(?=hundred|thousand|dozen))?" + NUMBER_WORD
            + "(?:(?:\\s*-\\s*|\\s+and\\s+|\\s+)" + NUMBER_WORD + "){0,6}";

    /**
     * "7", "7.5", "1,200", "1/2", "7½". Possessive so that "21st" cannot be read as "2" and
     * "1st"; an ordinal (1st, 22nd, 3rd, 4th, but not 11st, which is a weight) is a position in a
     * list, not an amount.
     */
    private static final String NUMBER_IN_DIGITS = "\\d++(?:[.,]\\d++){0,6}+(?:\\s*/\\s*\\d++)?"
            + "(?!(?<=(?<!1)1)st|(?<=(?<!1)2)nd|(?<=(?<!1)3)rd|th)"
            + "(?:\\s?[" + FRACTIONS + "])?";

    private static final String SINGLE_NUMBER = "(?:" + NUMBER_IN_DIGITS + "|[" + FRACTIONS + "]|half(?:\\s+an?)?(?![\\p{L}\\p{N}])|"
            + NUMBER_IN_WORDS + ")(?:\\s+and\\s+an?\\s+half(?![\\p{L}\\p{N}]))?";

    /**
     * Any number or range of numbers ("7-8", "six or seven"). Not straight after a colon or
     * slash, so the minutes of "10:30" and the parts of "24/7" are not amounts.
     */
    static final String NUMBER = "(?<![\\p{L}\\p{N}_:/])(?<![\\p{L}\\p{N}]-)" + SINGLE_NUMBER
            + "(?:(?:\\s*[-–—]\\s*|\\s+(?:to|or)\\s+)" + SINGLE_NUMBER + ")?";

    static final Pattern NUMBERS = Pattern.compile(NUMBER, FLAGS);

    private static final String AFTER_NUMBER = "\\s*-?\\s*";
    private static final String BEFORE_NUMBER = "\\s*[:=]?\\s*";

    private SafeSharingPhrases() {
    }

    /** A phrase such as "fasted for NUMBER days/weeks", matched as whole words. */
    static Expression phrase(String phrase) {
        List<String> tokens = tokens(phrase);
        if (tokens.stream().allMatch(NUMBER_PLACEHOLDER::equals)) {
            throw new IllegalArgumentException("NUMBER on its own would pick out every number: put a word with it");
        }
        String first = tokens.get(0);
        if (first.startsWith(NUMBER_PLACEHOLDER)) {
            String glued = first.substring(NUMBER_PLACEHOLDER.length());
            String afterTheNumber = glued.isEmpty() ? "" : word(glued, first);
            return new Expression(true, afterTheNumber + sequence(tokens, 1) + WORD_END, "");
        }
        return new Expression(false, sequence(tokens, 0) + WORD_END, firstCharacters(first));
    }

    /** Words that follow a number, such as "kg" or "times a day": all of them in one expression. */
    static Expression afterANumber(List<String> words) {
        return new Expression(true, AFTER_NUMBER + alternatives(words) + WORD_END, "");
    }

    /** Words that come before a number, such as "size" or "BMI of": all of them in one expression. */
    static Expression beforeANumber(List<String> words) {
        String firstCharacters = words.stream().map(entry -> firstCharacters(tokens(entry).get(0)))
                .reduce((a, b) -> a.isEmpty() || b.isEmpty() ? "" : a + b).orElseThrow();
        return new Expression(false, alternatives(words) + BEFORE_NUMBER + NUMBER + WORD_END, firstCharacters);
    }

    /** Checks one entry of an after-a-number or before-a-number list, which must not name the number itself. */
    static void checkWordsBesideANumber(String words) {
        List<String> tokens = tokens(words);
        if (tokens.stream().anyMatch(token -> token.startsWith(NUMBER_PLACEHOLDER))) {
            throw new IllegalArgumentException("leave NUMBER out here: the number is added for you");
        }
        sequence(tokens, 0);
    }

    /** One pattern matching wherever any of the expressions does, for searching a short stretch of text. */
    static Pattern standalone(List<Expression> expressions) {
        boolean allStartWithAWord = expressions.stream().noneMatch(Expression::startsWithANumber);
        return Pattern.compile(allStartWithAWord ? wordSearch(expressions)
                : expressions.stream().map(Expression::standalone).collect(Collectors.joining("|", "(?:", ")")), FLAGS);
    }

    /**
     * Expressions that all start with a word as one search: one cheap test of the first
     * character and one check for the start of a word, before any expression is tried.
     */
    static String wordSearch(List<Expression> expressions) {
        boolean firstCharactersKnown = expressions.stream().noneMatch(expression -> expression.firstCharacters().isEmpty());
        String skip = firstCharactersKnown
                ? "(?=[" + expressions.stream().map(Expression::firstCharacters).collect(Collectors.joining()) + "])"
                : "";
        return skip + WORD_START + longestFirst(expressions.stream().map(Expression::regex).toList());
    }

    /** Longest first, so that "times a day" is preferred to "times" where both fit. */
    static String longestFirst(List<String> regexes) {
        return regexes.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String alternatives(List<String> entries) {
        return longestFirst(entries.stream().map(entry -> sequence(tokens(entry), 0)).toList());
    }

    private static List<String> tokens(String phrase) {
        String stripped = phrase.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("it has no words");
        }
        return List.of(stripped.split("\\s+"));
    }

    private static String firstCharacters(String token) {
        StringBuilder characters = new StringBuilder();
        for (String choice : token.split("/")) {
            char first = choice.charAt(0);
            if (!Character.isLetterOrDigit(first)) {
                return "";
            }
            characters.append(first);
        }
        return characters.toString();
    }

    /** The tokens from {@code from} on, joined by what may separate them in a text. */
    private static String sequence(List<String> tokens, int from) {
        StringBuilder regex = new StringBuilder();
        for (int i = from; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (i > 0) {
                regex.append(separator(tokens.get(i - 1), token));
            }
            regex.append(token(token));
        }
        return regex.toString();
    }

    private static String separator(String before, String after) {
        if (before.equals(NUMBER_PLACEHOLDER)) {
            return AFTER_NUMBER;
        }
        return after.startsWith(NUMBER_PLACEHOLDER) ? BEFORE_NUMBER : "\\s+";
    }

    private static String token(String token) {
        if (token.startsWith(NUMBER_PLACEHOLDER)) {
            String glued = token.substring(NUMBER_PLACEHOLDER.length());
            return "(?:" + NUMBER + ")" + (glued.isEmpty() ? "" : word(glued, token));
        }
        if (!token.contains("/")) {
            return word(token, token);
        }
        List<String> choices = new ArrayList<>();
        for (String choice : token.split("/", -1)) {
            if (choice.isEmpty()) {
                throw new IllegalArgumentException("'" + token + "' has an empty choice next to a /");
            }
            if (choice.startsWith(NUMBER_PLACEHOLDER)) {
                throw new IllegalArgumentException("NUMBER cannot be one of the choices in '" + token + "'");
            }
            choices.add(word(choice, token));
        }
        return longestFirst(choices);
    }

    private static String word(String word, String token) {
        int star = word.indexOf('*');
        if (star >= 0 && star != word.length() - 1) {
            throw new IllegalArgumentException("in '" + token + "', a * can only come at the end of a word");
        }
        if (star >= 0 && star < 3) {
            throw new IllegalArgumentException("'" + word + "' would pick out too many words: give at least three letters before the *");
        }
        StringBuilder regex = new StringBuilder();
        for (char c : word.toCharArray()) {
            regex.append(switch (c) {
                case '\'', '’' -> "['’]";
                // "self-harm", "self harm" and "selfharm" are all written.
                case '-' -> "[-‐–\\s]?";
                case '*' -> "\\p{L}*";
                default -> Character.isLetterOrDigit(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c));
            });
        }
        return regex.toString();
    }
}
