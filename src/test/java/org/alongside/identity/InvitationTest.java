package org.alongside.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final Account coordinator = new Account("cora@example.org", "Cora", "hash", EnumSet.of(Role.COORDINATOR), NOW);
    private final Account trainee = new Account("tam@example.org", "Tam", "hash", EnumSet.of(Role.TRAINEE), NOW);

    private Invitation invitation() {
        return new Invitation("a".repeat(64), 7L, " Tam@Example.org ", coordinator, NOW, NOW.plus(Duration.ofDays(14)));
    }

    @Test
    void isOpenUntilItExpires() {
        Invitation invitation = invitation();

        assertThat(invitation.statusAt(NOW)).isEqualTo(Invitation.Status.OPEN);
        assertThat(invitation.statusAt(NOW.plus(Duration.ofDays(14)).minusSeconds(1))).isEqualTo(Invitation.Status.OPEN);
        assertThat(invitation.statusAt(NOW.plus(Duration.ofDays(14)))).isEqualTo(Invitation.Status.EXPIRED);
    }

    @Test
    void keepsTheAddressAsPeopleCompareIt() {
        assertThat(invitation().getEmail()).isEqualTo("tam@example.org");
        assertThat(new Invitation("a".repeat(64), 7L, "  ", coordinator, NOW, NOW).getEmail()).isNull();
    }

    @Test
    void canBeRedeemedOnlyOnce() {
        Invitation invitation = invitation();
        invitation.redeem(trainee, NOW.plusSeconds(60));

        assertThat(invitation.statusAt(NOW.plusSeconds(61))).isEqualTo(Invitation.Status.REDEEMED);
        assertThat(invitation.getRedeemedBy()).isSameAs(trainee);
        assertThatThrownBy(() -> invitation.redeem(trainee, NOW.plusSeconds(120))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cannotBeRedeemedOnceExpiredOrRevoked() {
        Invitation expired = invitation();
        assertThatThrownBy(() -> expired.redeem(trainee, NOW.plus(Duration.ofDays(15)))).isInstanceOf(IllegalStateException.class);

        Invitation revoked = invitation();
        revoked.revoke(NOW.plusSeconds(1));
        assertThat(revoked.statusAt(NOW.plusSeconds(2))).isEqualTo(Invitation.Status.REVOKED);
        assertThatThrownBy(() -> revoked.redeem(trainee, NOW.plusSeconds(3))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void revokingAUsedInvitationChangesNothing() {
        Invitation invitation = invitation();
        invitation.redeem(trainee, NOW.plusSeconds(1));
        invitation.revoke(NOW.plusSeconds(2));

        assertThat(invitation.statusAt(NOW.plusSeconds(3))).isEqualTo(Invitation.Status.REDEEMED);
    }
}
