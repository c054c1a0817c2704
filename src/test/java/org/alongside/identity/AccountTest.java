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
}
