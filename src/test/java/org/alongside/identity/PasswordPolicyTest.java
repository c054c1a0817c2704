package org.alongside.identity;

import static org.alongside.identity.PasswordPolicy.Problem.COMMON;
import static org.alongside.identity.PasswordPolicy.Problem.GUESSABLE;
import static org.alongside.identity.PasswordPolicy.Problem.PERSONAL;
import static org.alongside.identity.PasswordPolicy.Problem.REPEATED;
import static org.alongside.identity.PasswordPolicy.Problem.TOO_LONG;
import static org.alongside.identity.PasswordPolicy.Problem.TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final CommonPasswords COMMON_PASSWORDS = CommonPasswords.shipped();
    private final PasswordPolicy policy = new PasswordPolicy(COMMON_PASSWORDS);

    @Test
    void shipsTheWholeCommonPasswordList() {
        assertThat(COMMON_PASSWORDS.size()).isGreaterThan(29_000);
        assertThat(COMMON_PASSWORDS.contains("Password")).isTrue();
    }

    @Test
    void acceptsALongPassphrase() {
        assertThat(policy.check("kettle on the windowsill", "sam@example.org", "Sam")).isEmpty();
    }

    @Test
    void needsTwelveCharacters() {
        assertThat(policy.check("short pass1")).containsExactly(TOO_SHORT);
        assertThat(policy.check(null)).containsExactly(TOO_SHORT);
        assertThat(policy.check("twelve chars")).isEmpty();
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.check("ééééé ffffff")).doesNotContain(TOO_SHORT);
    }

    @Test
    void refusesOverLongPasswords() {
        assertThat(policy.check("a".repeat(60) + "b".repeat(69))).containsExactly(TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123qweasdzxc", "1qaz2wsx3edc", "QWERTY123456", "Password123456!", "!!sunshine2024!!", "iloveyou12345"})
    void refusesCommonPasswordsAndPaddedOnes(String password) {
        assertThat(policy.check(password)).contains(COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcabcabcabc", "123456789012", "201020112012", "zaqxswcdevfr"})
    void refusesPatternsTheStrengthEstimateSeesThrough(String password) {
        assertThat(policy.check(password)).containsExactly(GUESSABLE);
    }

    @Test
    void refusesFamousExamplePassphrases() {
        assertThat(policy.check("correcthorsebatterystaple")).contains(COMMON);
        assertThat(policy.check("Correct Horse Battery Staple")).contains(COMMON);
    }

    @Test
    void theStrengthEstimateKnowsThePersonsOwnWords() {
        // An unusual surname is no dictionary word, until it is the person's own.
        assertThat(policy.check("quillfeather2024", "lee@example.org", "Lee")).isEmpty();
        assertThat(policy.check("quillfeather2024", "x.quillfeather@example.org", "Xanthe Quillfeather")).containsExactly(GUESSABLE);
    }

    @Test
    void refusesOneRepeatedCharacter() {
        assertThat(policy.check("aaaaaaaaaaaaaa")).contains(REPEATED);
        assertThat(policy.check("abababababab")).contains(REPEATED);
    }

    @Test
    void refusesTheEmailAddressOrName() {
        assertThat(policy.check("rosalind.franklin@example.org", "rosalind.franklin@example.org")).contains(PERSONAL);
        assertThat(policy.check("rosalind.franklin2024", "rosalind.franklin@example.org")).contains(PERSONAL);
        assertThat(policy.check("Rosalind Franklin", "x@example.org", "Rosalind Franklin")).contains(PERSONAL);
    }
}
