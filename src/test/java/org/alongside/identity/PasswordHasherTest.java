package org.alongside.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS);

    @Test
    void verifiesTheRightPasswordAndNoOther() {
        String stored = hasher.hash("a calm green river".toCharArray());

        assertThat(hasher.verify("a calm green river".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("a calm green rivers".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("".toCharArray(), stored)).isFalse();
    }

    @Test
    void storesAlgorithmIterationsAndARandomSalt() {
        String first = hasher.hash("same password twice".toCharArray());
        String second = hasher.hash("same password twice".toCharArray());

        assertThat(first).startsWith("pbkdf2-sha256$600000$");
        assertThat(first.split("\\$")).hasSize(4);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void rejectsMalformedOrForeignHashes() {
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "md5$abc")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "pbkdf2-sha256$notanumber$AAAA$AAAA")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "pbkdf2-sha256$600000$!!!$AAAA")).isFalse();
    }

    @Test
    void asksForARehashWhenTheWorkFactorWasRaised() {
        String current = hasher.hash("a calm green river".toCharArray());
        PasswordHasher stronger = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS + 1);

        assertThat(hasher.needsRehash(current)).isFalse();
        assertThat(stronger.needsRehash(current)).isTrue();
        assertThat(stronger.verify("a calm green river".toCharArray(), current)).isTrue();
    }

    @Test
    void refusesAWorkFactorBelowTheMinimum() {
        assertThatThrownBy(() -> new PasswordHasher(1000)).isInstanceOf(IllegalArgumentException.class);
    }
}
