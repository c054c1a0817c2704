package org.alongside.it;

import org.alongside.platform.ActionRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.identity.Account;
import org.alongside.identity.AccountService;
import org.alongside.identity.InvitationService;
import org.alongside.identity.PasswordResetService;
import org.alongside.identity.PortalIdentityStore;
import org.alongside.identity.Role;
import org.alongside.learning.Cohort;
import org.alongside.learning.CohortService;
import org.alongside.platform.DatabaseMigrations;
import org.alongside.platform.mail.MailService;
import org.alongside.platform.mail.OutboxMessage;
import org.junit.jupiter.api.Test;

/**
 * Persistence and security of accounts, run inside Payara Micro against the database the
 * environment names: the embedded H2 file database, and (in a second failsafe execution) a real
 * PostgreSQL server.
 */
@SharedPortal
class IdentityPersistenceIT {

    private static final String PASSWORD = "a calm green river";

    @Inject
    AccountService accounts;

    @Inject
    PortalIdentityStore identityStore;

    @Inject
    InvitationService invitations;

    @Inject
    PasswordResetService resets;

    @Inject
    MailService mail;

    @Inject
    CohortService cohorts;

    @Inject
    CourseCatalog catalog;

    @Inject
    DatabaseMigrations migrations;

    @Resource(lookup = "jdbc/alongside")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void flywayMigratedTheSchema() throws Exception {
        assertEquals("17.1", migrations.schemaVersion());
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
            assertTrue(rs.next());
            assertTrue(rs.getInt(1) >= 1);
        }
    }

    @Test
    void runsOnTheDatabaseTheEnvironmentNames() throws Exception {
        String expected = System.getenv().getOrDefault("PORTAL_IT_EXPECT_DATABASE", "H2");
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(expected, connection.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void demoModeSeedsOneAccountPerRoleOnAnEmptyDatabase() {
        String demoPassword = System.getenv("PORTAL_DEMO_PASSWORD");
        for (Role role : Role.values()) {
            String email = role.name().toLowerCase(Locale.ROOT) + "@alongside.example";
            Account demo = accounts.findByEmail(email).orElseThrow(() -> new AssertionError("no demo account " + email));
            assertEquals(Set.of(role), demo.getRoles());
            assertTrue(accounts.verifyCredentials(email, demoPassword).isPresent(), email);
        }
        assertTrue(accounts.anyAdministrator());
    }

    @Test
    void accountsPersistAndPasswordsVerify() {
        String email = unique("trainee");
        accounts.create(email, "Tam Trainee", PASSWORD, EnumSet.of(Role.TRAINEE));

        Account found = accounts.findByEmail(email.toUpperCase(Locale.ROOT)).orElseThrow();
        assertEquals("Tam Trainee", found.getDisplayName());
        assertEquals(Set.of(Role.TRAINEE), found.getRoles());
        assertTrue(found.getPasswordHash().startsWith("pbkdf2-sha256$600000$"));
        assertFalse(found.getPasswordHash().contains(PASSWORD));

        assertTrue(accounts.verifyCredentials(email, PASSWORD).isPresent());
        assertTrue(accounts.verifyCredentials(email, "a calm green rive").isEmpty());
        assertTrue(accounts.verifyCredentials(unique("nobody"), PASSWORD).isEmpty());
    }

    @Test
    void theIdentityStoreGrantsTheAccountsRoles() {
        String email = unique("staff");
        accounts.create(email, "Cora Coordinator", PASSWORD, EnumSet.of(Role.TRAINER, Role.COORDINATOR));

        CredentialValidationResult valid = identityStore.validate(new UsernamePasswordCredential(email, PASSWORD));
        assertEquals(CredentialValidationResult.Status.VALID, valid.getStatus());
        assertEquals(Set.of("TRAINER", "COORDINATOR"), valid.getCallerGroups());
        assertEquals(email, valid.getCallerPrincipal().getName());

        CredentialValidationResult wrong = identityStore.validate(new UsernamePasswordCredential(email, "not the password"));
        assertEquals(CredentialValidationResult.Status.INVALID, wrong.getStatus());
    }

    @Test
    void aSwitchedOffAccountCannotSignIn() {
        String email = unique("leaver");
        Account account = accounts.create(email, "Lee Leaver", PASSWORD, EnumSet.of(Role.TRAINER));

        accounts.setActive(account.getId(), false);

        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential(email, PASSWORD)).getStatus());
    }

    @Test
    void anEmailAddressBelongsToOneAccount() {
        String email = unique("twice");
        accounts.create(email, "First", PASSWORD, EnumSet.of(Role.TRAINEE));

        ActionRefused duplicate = assertThrows(ActionRefused.class,
                () -> accounts.create(email.toUpperCase(Locale.ROOT), "Second", PASSWORD, EnumSet.of(Role.TRAINEE)));
        assertEquals("account.emailTaken", duplicate.messageKey());
    }

    @Test
    void weakPasswordsAreRefusedOnTheServer() {
        ActionRefused common = assertThrows(ActionRefused.class,
                () -> accounts.create(unique("weak"), "Weak", "password1234", EnumSet.of(Role.TRAINEE)));
        assertEquals("password.common", common.messageKey());
        ActionRefused shortOne = assertThrows(ActionRefused.class,
                () -> accounts.create(unique("short"), "Short", "short", EnumSet.of(Role.TRAINEE)));
        assertEquals("password.tooShort", shortOne.messageKey());
    }

    @Test
    void anInvitationCreatesOneTraineeAccountOnly() {
        Account coordinator = accounts.create(unique("coordinator"), "Cora", PASSWORD, EnumSet.of(Role.COORDINATOR));
        Cohort cohort = newCohort(coordinator);
        InvitationService.IssuedInvitation issued = invitations.invite(coordinator.getId(), cohort.getId(), null, Locale.ENGLISH);

        String traineeEmail = unique("joiner");
        Account trainee = invitations.redeem(issued.code().toLowerCase(Locale.ROOT), "Jo Joiner", traineeEmail, PASSWORD);
        assertEquals(Set.of(Role.TRAINEE), trainee.getRoles());
        assertEquals(List.of(traineeEmail), cohorts.members(cohort.getId()).stream().map(e -> e.getAccount().getEmail()).toList(),
                "the invitation puts the trainee in its cohort");

        ActionRefused reused = assertThrows(ActionRefused.class,
                () -> invitations.redeem(issued.code(), "Someone Else", unique("other"), PASSWORD));
        assertEquals("invitation.used", reused.messageKey());
        ActionRefused unknown = assertThrows(ActionRefused.class,
                () -> invitations.redeem("ZZZZ-ZZZZ-ZZZZ-ZZZZ", "Someone Else", unique("other"), PASSWORD));
        assertEquals("invitation.unknown", unknown.messageKey());
    }

    @Test
    void aFailedRedemptionLeavesTheInvitationOpen() {
        Account coordinator = accounts.create(unique("coordinator"), "Cora", PASSWORD, EnumSet.of(Role.COORDINATOR));
        Cohort cohort = newCohort(coordinator);
        InvitationService.IssuedInvitation issued = invitations.invite(coordinator.getId(), cohort.getId(), null, Locale.ENGLISH);

        assertThrows(ActionRefused.class, () -> invitations.redeem(issued.code(), "Jo", unique("jo"), "password"));
        assertTrue(cohorts.members(cohort.getId()).isEmpty(), "a failed redemption puts no one in the cohort");

        assertTrue(invitations.redeem(issued.code(), "Jo", unique("jo"), PASSWORD).hasRole(Role.TRAINEE));
        assertEquals(1, cohorts.members(cohort.getId()).size());
    }

    @Test
    void withoutSmtpMailIsHeldInTheOutboxAndAResetLinkWorksOnce() {
        String email = unique("forgetful");
        accounts.create(email, "Fran", PASSWORD, EnumSet.of(Role.TRAINEE));

        resets.requestReset(email, Locale.ENGLISH);
        resets.requestReset(unique("nobody"), Locale.ENGLISH);

        OutboxMessage message = mail.newestFirst(0, 50).stream()
                .filter(m -> m.getRecipient().equals(email)).findFirst().orElseThrow();
        assertEquals(OutboxMessage.Status.HELD, message.getStatus());
        Matcher link = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(message.getBody());
        assertTrue(link.find());
        String token = link.group(1);

        assertTrue(resets.isUsable(token));
        assertEquals(email, resets.resetPassword(token, "a different calm river"));
        assertFalse(resets.isUsable(token));
        ActionRefused reused = assertThrows(ActionRefused.class, () -> resets.resetPassword(token, "yet another calm river"));
        assertEquals("reset.linkInvalid", reused.messageKey());
        assertTrue(accounts.verifyCredentials(email, "a different calm river").isPresent());
        assertTrue(accounts.verifyCredentials(email, PASSWORD).isEmpty());
    }

    @Test
    void concurrentChangesToAnAccountAreDetected() throws Exception {
        Account created = accounts.create(unique("racer"), "Ray", PASSWORD, EnumSet.of(Role.TRAINEE));

        transaction.begin();
        Account stale = em.find(Account.class, created.getId());
        em.detach(stale);
        transaction.commit();

        accounts.setActive(created.getId(), false);

        Exception conflict = assertThrows(Exception.class, () -> {
            transaction.begin();
            try {
                stale.activate();
                em.merge(stale);
                em.flush();
            } finally {
                if (transaction.getStatus() == jakarta.transaction.Status.STATUS_ACTIVE
                        || transaction.getStatus() == jakarta.transaction.Status.STATUS_MARKED_ROLLBACK) {
                    transaction.rollback();
                }
            }
        });
        assertTrue(isOptimisticLockFailure(conflict), "expected an optimistic lock failure, got " + conflict);
        assertFalse(accounts.find(created.getId()).orElseThrow().isActive());
    }

    private static boolean isOptimisticLockFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private Cohort newCohort(Account coordinator) {
        Course course = catalog.courses().get(0);
        List<LocalDate> dates = course.days().stream().map(day -> LocalDate.of(2026, 3, 1 + day.number())).toList();
        return cohorts.create(coordinator.getId(), "Group " + unique("g"), course.id(), dates);
    }
}
