package org.alongside.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void landsOnTheHomeOfTheMostSeniorRole() {
        Account both = new Account("x@example.org", "X", "h", EnumSet.of(Role.TRAINER, Role.COORDINATOR), NOW);
        Account trainee = new Account("y@example.org", "Y", "h", EnumSet.of(Role.TRAINEE), NOW);

        assertThat(both.primaryRole()).isEqualTo(Role.COORDINATOR);
        assertThat(both.primaryRole().homePath()).isEqualTo("/coordinator/home.xhtml");
        assertThat(trainee.primaryRole().homePath()).isEqualTo("/trainee/home.xhtml");
    }

    @Test
    void comparesEmailAddressesWithoutCaseOrSpaces() {
        Account account = new Account("  Sam.Jones@Example.ORG ", " Sam ", "h", EnumSet.of(Role.TRAINEE), NOW);

        assertThat(account.getEmail()).isEqualTo("sam.jones@example.org");
        assertThat(account.getDisplayName()).isEqualTo("Sam");
        assertThat(Account.normaliseEmail("A@B.C")).isEqualTo("a@b.c");
    }

    @Test
    void staffRolesNeverIncludeTrainee() {
        assertThat(Role.staffRoles()).doesNotContain(Role.TRAINEE).hasSize(3);
    }

    @Test
    void everyChangeThatMustEndSessionsMovesTheEpochOnButAStrongerHashDoesNot() {
        Account account = new Account("z@example.org", "Z", "h", EnumSet.of(Role.TRAINER), NOW);
        long epoch = account.getSessionEpoch();

        account.upgradeHash("stronger");
        account.recordSignIn(NOW);
        account.rename("Zed");
        assertThat(account.getSessionEpoch()).as("nothing here ends a session").isEqualTo(epoch);

        account.changePassword("new", NOW);
        assertThat(account.getSessionEpoch()).isEqualTo(epoch + 1);
        account.changeRoles(EnumSet.of(Role.COORDINATOR));
        assertThat(account.getSessionEpoch()).isEqualTo(epoch + 2);
        assertThat(account.getRoles()).containsExactly(Role.COORDINATOR);
        account.deactivate();
        assertThat(account.getSessionEpoch()).isEqualTo(epoch + 3);
        account.endSessions();
        assertThat(account.getSessionEpoch()).isEqualTo(epoch + 4);
    }

    @Test
    void aNewAddressTakesEffectOnlyWhenConfirmedAndInTime() {
        Account account = new Account("old@example.org", "O", "h", EnumSet.of(Role.TRAINEE), NOW);
        assertThat(account.isEmailChangeUsableAt(NOW)).isFalse();

        account.requestEmailChange(" New@Example.org ", "a".repeat(64), NOW.plusSeconds(3600));
        assertThat(account.getEmail()).isEqualTo("old@example.org");
        assertThat(account.getPendingEmail()).isEqualTo("new@example.org");
        assertThat(account.isEmailChangeUsableAt(NOW.plusSeconds(3599))).isTrue();
        assertThat(account.isEmailChangeUsableAt(NOW.plusSeconds(3600))).isFalse();

        long epoch = account.getSessionEpoch();
        account.confirmEmailChange();
        assertThat(account.getEmail()).isEqualTo("new@example.org");
        assertThat(account.getPendingEmail()).isNull();
        assertThat(account.isEmailChangeUsableAt(NOW)).as("the link works once").isFalse();
        assertThat(account.getSessionEpoch()).isEqualTo(epoch + 1);
    }
}
