package org.alongside.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretRedactionTest {

    private static final String MARKER = "[hidden]";

    @Test
    void everySecretIsReplacedAndTheRestKept() {
        String body = "Open https://portal.example/join.xhtml?code=7KQ2-M9XD-AB12-CD34 or type 7KQ2-M9XD-AB12-CD34 on the Join page.";
        String shown = SecretRedaction.redact(body, List.of("7KQ2-M9XD-AB12-CD34", "https://portal.example/join.xhtml?code=7KQ2-M9XD-AB12-CD34"), MARKER);
        assertThat(shown).isEqualTo("Open [hidden] or type [hidden] on the Join page.");
        assertThat(shown).doesNotContain("7KQ2");
    }

    @Test
    void aMessageWithoutSecretsIsShownAsSent() {
        assertThat(SecretRedaction.redact("Your feedback is ready.", List.of(), MARKER)).isEqualTo("Your feedback is ready.");
        assertThat(SecretRedaction.redact(null, List.of("x"), MARKER)).isNull();
    }

    @Test
    void theOutboxShowsTheRedactedBodyButSendsTheRealOneAndForgetsBothOnceSent() {
        Instant now = Instant.parse("2026-12-01T09:00:00Z");
        OutboxMessage message = new OutboxMessage("a@example.org", 1L, "Reset", "Link: https://p/r?token=SECRET",
                "Link: [hidden]", true, now);
        assertThat(message.getShownBody()).isEqualTo("Link: [hidden]");
        assertThat(message.getBody()).contains("SECRET");
        message.markSent(now);
        assertThat(message.getShownBody()).isNull();

        OutboxMessage plain = new OutboxMessage("a@example.org", 1L, "Hello", "Hello", "Hello", false, now);
        assertThat(plain.getShownBody()).isEqualTo("Hello");
    }
}
