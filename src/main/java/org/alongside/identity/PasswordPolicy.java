package org.alongside.identity;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Rules a new password must meet. Length matters most (NIST SP 800-63B), so there are no
 * "one capital, one symbol" rules; instead we refuse passwords that attackers try first: those on
 * the common list, those list entries padded with digits or symbols, one repeated character, and
 * the person's own e-mail address or name.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    /** Message keys in the resource bundle, one per rule. */
    public enum Problem {
        TOO_SHORT("password.tooShort"),
        TOO_LONG("password.tooLong"),
        COMMON("password.common"),
        REPEATED("password.repeated"),
        PERSONAL("password.personal"),
        GUESSABLE("password.guessable");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * zxcvbn's score from 0 to 4; 3 means about 10^10 guesses, "safely unguessable" against an
     * attacker online and good protection when a hash leaks. Patterns and sequences, such as
     * {@code abcabcabcabc} or {@code 123456789012}, score lower however long they are.
     */
    static final int MINIMUM_STRENGTH = 3;

    private final CommonPasswords commonPasswords;
    private final Zxcvbn strength = new Zxcvbn();

    public PasswordPolicy(CommonPasswords commonPasswords) {
        this.commonPasswords = commonPasswords;
    }

    /**
     * @param personalWords the e-mail address and name of the person, which must not be the password
     * @return the rules broken; empty when the password is acceptable
     */
    public List<Problem> check(String password, String... personalWords) {
        List<Problem> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            problems.add(Problem.TOO_SHORT);
            return problems;
        }
        if (password.length() > MAXIMUM_LENGTH) {
            problems.add(Problem.TOO_LONG);
            return problems;
        }
        if (password.chars().distinct().count() <= 2) {
            problems.add(Problem.REPEATED);
        }
        String core = stripPadding(password);
        if (commonPasswords.contains(password) || (core.length() >= 4 && commonPasswords.contains(core))) {
            problems.add(Problem.COMMON);
        }
        if (resemblesPersonalWord(password, personalWords)) {
            problems.add(Problem.PERSONAL);
        }
        if (problems.isEmpty() && strength.measure(password, personalInputs(personalWords)).getScore() < MINIMUM_STRENGTH) {
            problems.add(Problem.GUESSABLE);
        }
        return problems;
    }

    /** The person's name and address, and their parts, as words an attacker who knows them would try. */
    private static List<String> personalInputs(String... personalWords) {
        List<String> inputs = new ArrayList<>();
        for (String word : personalWords) {
            if (word != null && !word.isBlank()) {
                inputs.addAll(Arrays.asList(word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
            }
        }
        inputs.removeIf(String::isEmpty);
        return inputs;
    }

    private static String stripPadding(String password) {
        return password.replaceAll("^[\\d\\p{Punct}\\s]+|[\\d\\p{Punct}\\s]+$", "");
    }

    private static boolean resemblesPersonalWord(String password, String... personalWords) {
        String lower = password.toLowerCase(Locale.ROOT);
        for (String word : personalWords) {
            if (word == null || word.isBlank()) {
                continue;
            }
            String candidate = word.toLowerCase(Locale.ROOT).strip();
            String localPart = candidate.contains("@") ? candidate.substring(0, candidate.indexOf('@')) : candidate;
            if (lower.equals(candidate) || (localPart.length() >= 4 && stripPadding(lower).equals(localPart))) {
                return true;
            }
        }
        return false;
    }
}
