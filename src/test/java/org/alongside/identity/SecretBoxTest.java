package org.alongside.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aSealedSecretOpensWithItsKeyForItsAccountOnly() {
        byte[] key = SecretBox.newKey();
        String sealed = SecretBox.seal(key, 7, SECRET);
        assertThat(sealed).startsWith("v1:").doesNotContain(Base64.getEncoder().encodeToString(SECRET));
        assertThat(SecretBox.open(key, 7, sealed)).isEqualTo(SECRET);
        assertThat(SecretBox.seal(key, 7, SECRET)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThatThrownBy(() -> SecretBox.open(key, 8, sealed)).as("copied onto another account").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SecretBox.open(SecretBox.newKey(), 7, sealed)).as("another key").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConfiguredKeyMustBe32Bytes() {
        assertThat(SecretBox.decodeKey(Base64.getEncoder().encodeToString(new byte[32]))).hasSize(32);
        assertThatThrownBy(() -> SecretBox.decodeKey(Base64.getEncoder().encodeToString(new byte[16]))).isInstanceOf(IllegalStateException.class);
    }
}
