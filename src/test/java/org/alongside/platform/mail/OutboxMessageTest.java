package org.alongside.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void isHeldWhenNoMailServerIsConfigured() {
        OutboxMessage held = new OutboxMessage("a@example.org", null, "Subject", "Body", null, false, NOW);
        OutboxMessage pending = new OutboxMessage("a@example.org", null, "Subject", "Body", null, true, NOW);

        assertThat(held.getStatus()).isEqualTo(OutboxMessage.Status.HELD);
        assertThat(pending.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(pending.getNextAttemptAt()).isEqualTo(NOW);
    }

    @Test
    void aClaimHoldsOffOtherInstancesForTheLease() {
        OutboxMessage message = new OutboxMessage("a@example.org", null, "Subject", "Body", null, true, NOW);
        message.claim(NOW);

        assertThat(message.getAttempts()).isEqualTo(1);
        assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plus(OutboxMessage.CLAIM_LEASE));
    }

    @Test
    void retriesWithGrowingPausesThenGivesUp() {
        OutboxMessage message = new OutboxMessage("a@example.org", null, "Subject", "Body", null, true, NOW);

        message.claim(NOW);
        message.markAttemptFailed("Connection refused", NOW);
        assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);

        message.claim(NOW);
        message.markAttemptFailed("Connection refused", NOW);
        assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));

        for (int attempt = 3; attempt < OutboxMessage.MAX_ATTEMPTS; attempt++) {
            message.claim(NOW);
            message.markAttemptFailed("Connection refused", NOW);
            assertThat(message.getNextAttemptAt()).isBeforeOrEqualTo(NOW.plus(Duration.ofHours(1)));
        }
        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);

        message.claim(NOW);
        message.markAttemptFailed("Connection refused", NOW);
        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(message.getLastError()).isEqualTo("Connection refused");
    }

    @Test
    void forgetsTheBodyOnceSent() {
        OutboxMessage message = new OutboxMessage("a@example.org", 7L, "Subject", "A link: https://x/reset?token=t", null, true, NOW);
        message.claim(NOW);
        message.markSent(NOW.plusSeconds(1));

        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(message.getBody()).isNull();
        assertThat(message.getSentAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void keepsErrorsShort() {
        OutboxMessage message = new OutboxMessage("a@example.org", null, "Subject", "Body", null, true, NOW);
        message.claim(NOW);
        message.markAttemptFailed("x".repeat(2000), NOW);

        assertThat(message.getLastError()).hasSize(500);
    }
}
