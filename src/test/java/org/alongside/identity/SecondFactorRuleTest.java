package org.alongside.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SecondFactorRuleTest {

    /** The shared secret of RFC 6238's test vectors (HMAC-SHA1). */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.ofEpochSecond(1_111_111_109L);

    @Test
    void codesAreThoseOfRfc6238() {
        // RFC 6238 appendix B gives 8 digits (94287082, 07081804); authenticator apps show the last 6.
        assertThat(SecondFactorRule.code(RFC_SECRET, SecondFactorRule.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(SecondFactorRule.code(RFC_SECRET, SecondFactorRule.step(NOW))).isEqualTo("081804");
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedButNotOneFurtherAway() {
        long now = SecondFactorRule.step(NOW);
        for (long offset = -1; offset <= 1; offset++) {
            assertThat(SecondFactorRule.acceptedStep(RFC_SECRET, SecondFactorRule.code(RFC_SECRET, now + offset), NOW, Long.MIN_VALUE))
                    .as("offset %d", offset).hasValue(now + offset);
        }
        assertThat(SecondFactorRule.acceptedStep(RFC_SECRET, SecondFactorRule.code(RFC_SECRET, now - 2), NOW, Long.MIN_VALUE)).isEmpty();
        assertThat(SecondFactorRule.acceptedStep(RFC_SECRET, SecondFactorRule.code(RFC_SECRET, now + 2), NOW, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void aCodeIsAcceptedOnceAndNoEarlierOneAfterIt() {
        long now = SecondFactorRule.step(NOW);
        String code = SecondFactorRule.code(RFC_SECRET, now);
        OptionalLong first = SecondFactorRule.acceptedStep(RFC_SECRET, code, NOW, Long.MIN_VALUE);
        assertThat(first).hasValue(now);
        assertThat(SecondFactorRule.acceptedStep(RFC_SECRET, code, NOW, first.getAsLong())).as("the same code again").isEmpty();
        assertThat(SecondFactorRule.acceptedStep(RFC_SECRET, SecondFactorRule.code(RFC_SECRET, now - 1), NOW, first.getAsLong()))
                .as("the code before it").isEmpty();
        assertThat(SecondFactorRule.acceptedStep(RFC_SECRET, SecondFactorRule.code(RFC_SECRET, now + 1), NOW, first.getAsLong()))
                .as("the next code").hasValue(now + 1);
    }

    @Test
    void onlySixDigitsCountAndSpacesAreForgiven() {
        String code = SecondFactorRule.code(RFC_SECRET, SecondFactorRule.step(NOW));
        assertThat(SecondFactorRule.acceptedStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), NOW, Long.MIN_VALUE)).isPresent();
        assertThat(SecondFactorRule.acceptedStep(RFC_SECRET, "", NOW, Long.MIN_VALUE)).isEmpty();
        assertThat(SecondFactorRule.acceptedStep(RFC_SECRET, null, NOW, Long.MIN_VALUE)).isEmpty();
        assertThat(SecondFactorRule.acceptedStep(RFC_SECRET, code + "0", NOW, Long.MIN_VALUE)).isEmpty();
        assertThat(SecondFactorRule.acceptedStep("another secret 12345".getBytes(StandardCharsets.US_ASCII), code, NOW, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void recoveryCodesAreRecognisedAndHashedHoweverTheyAreTyped() {
        assertThat(SecondFactorRule.looksLikeRecoveryCode("7KQ2-M9XD")).isTrue();
        assertThat(SecondFactorRule.looksLikeRecoveryCode(" 7kq2 m9xd ")).isTrue();
        assertThat(SecondFactorRule.looksLikeRecoveryCode("123456")).isFalse();
        assertThat(SecondFactorRule.recoveryCodeHash("7kq2 m9xd")).isEqualTo(SecondFactorRule.recoveryCodeHash("7KQ2-M9XD"))
                .hasSize(64).doesNotContain("7KQ2");
        // Look-alike letters: O typed for 0, I or L for 1.
        assertThat(SecondFactorRule.recoveryCodeHash("7KQO-M9X1")).isEqualTo(SecondFactorRule.recoveryCodeHash("7KQ0-M9XL"));
    }

    @Test
    void coordinatorsAndAdministratorsMustEnrolByDefaultTrainersAndTraineesMay() {
        var required = SecondFactorRule.parseRoles("COORDINATOR,ADMIN");
        assertThat(SecondFactorRule.requiredFor(EnumSet.of(Role.COORDINATOR), required)).isTrue();
        assertThat(SecondFactorRule.requiredFor(EnumSet.of(Role.ADMIN), required)).isTrue();
        assertThat(SecondFactorRule.requiredFor(EnumSet.of(Role.TRAINER, Role.COORDINATOR), required)).as("any role that requires it").isTrue();
        assertThat(SecondFactorRule.requiredFor(EnumSet.of(Role.TRAINER), required)).isFalse();
        assertThat(SecondFactorRule.requiredFor(EnumSet.of(Role.TRAINEE), required)).isFalse();
        assertThat(SecondFactorRule.parseRoles(" trainer , ADMIN")).containsExactlyInAnyOrder(Role.TRAINER, Role.ADMIN);
        assertThat(SecondFactorRule.parseRoles("NONE")).isEmpty();
    }

    @Test
    void duringSetupOnlyTheSetupHelpPrivacyAndSignInPagesAreReachable() {
        assertThat(SecondFactorRule.reachableDuringSetup("/account/second-factor.xhtml")).isTrue();
        assertThat(SecondFactorRule.reachableDuringSetup("/help.xhtml")).isTrue();
        assertThat(SecondFactorRule.reachableDuringSetup("/privacy.xhtml")).isTrue();
        assertThat(SecondFactorRule.reachableDuringSetup("/jakarta.faces.resource/theme.css.xhtml")).isTrue();
        assertThat(SecondFactorRule.reachableDuringSetup("/coordinator/home.xhtml")).isFalse();
        assertThat(SecondFactorRule.reachableDuringSetup("/account/my-data.xhtml")).isFalse();
        assertThat(SecondFactorRule.reachableDuringSetup("/account/password.xhtml")).isFalse();
        assertThat(SecondFactorRule.reachableDuringSetup("/certificates/1.pdf")).isFalse();
        assertThat(SecondFactorRule.reachableDuringSetup("/api/v1/directory")).isFalse();
    }

    @Test
    void aPendingSignInEndsAfterFiveWrongCodesOrFiveMinutes() {
        PendingSignIn pending = new PendingSignIn("c@example.org", java.util.Set.of("COORDINATOR"), 1, 0, NOW);
        for (int i = 1; i < SecondFactorRule.WRONG_CODES_ALLOWED; i++) {
            assertThat(pending.wrongCode()).as("wrong code %d", i).isFalse();
        }
        assertThat(pending.wrongCode()).isTrue();
        assertThat(pending.isExpiredAt(NOW.plusSeconds(299))).isFalse();
        assertThat(pending.isExpiredAt(NOW.plusSeconds(300))).isTrue();
    }
}
