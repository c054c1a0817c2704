package org.alongside.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.alongside.certification.CertificationService;
import org.alongside.identity.Account;
import org.alongside.identity.AccountService;
import org.alongside.identity.InvitationService;
import org.alongside.identity.PasswordResetService;
import org.alongside.identity.Role;
import org.alongside.identity.StaffService;
import org.alongside.learning.AttendanceService;
import org.alongside.learning.AttendanceStatus;
import org.alongside.learning.CohortService;
import org.alongside.platform.AuditChain;
import org.alongside.platform.AuditEntry;
import org.alongside.platform.AuditFilter;
import org.alongside.platform.AuditLine;
import org.alongside.platform.AuditTrail;
import org.alongside.platform.DatabaseMigrations;
import org.alongside.platform.mail.MailService;
import org.alongside.retention.RetentionRules;
import org.alongside.retention.RetentionService;
import org.alongside.supervision.SupervisionService;
import org.alongside.supervision.SupervisionSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail's hash chain and append-only table, the new audited events, the coordinators'
 * search, and the retention job, inside Payara Micro on H2 and PostgreSQL. The database is shared
 * with the other *PersistenceIT classes, so assertions name this class's own records; the audit
 * retention test removes every entry older than the moment it picks, which other classes (each
 * asserting only entries written by its own test) do not notice.
 */
@SharedPortal
class AuditPersistenceIT {

    private static final String PASSWORD = "a calm green river";
    private static final RetentionRules RULES = new RetentionRules(24, 12, 72, 30);

    @Inject
    AuditTrail audit;

    @Inject
    AccountService accounts;

    @Inject
    StaffService staff;

    @Inject
    InvitationService invitations;

    @Inject
    PasswordResetService resets;

    @Inject
    MailService mail;

    @Inject
    CohortService cohorts;

    @Inject
    AttendanceService attendance;

    @Inject
    CertificationService certification;

    @Inject
    SupervisionService supervision;

    @Inject
    RetentionService retention;

    @Inject
    CertifiableTrainee trainees;

    @Inject
    DatabaseMigrations migrations;

    @Resource(lookup = "jdbc/alongside")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private long admin;

    @BeforeEach
    void anAdministrator() {
        admin = accounts.create(unique("admin"), "Ada", PASSWORD, EnumSet.of(Role.ADMIN)).getId();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnAuditEntry() throws Exception {
        audit.record(admin, admin, "test.written", "Written once");
        AuditEntry entry = audit.about(admin).get(0);

        assertRefused("UPDATE audit_entry SET detail = 'Rewritten' WHERE id = " + entry.getId());
        assertRefused("DELETE FROM audit_entry WHERE id = " + entry.getId());
        assertEquals("Written once", audit.about(admin).get(0).getDetail());
        assertEquals(Optional.empty(), audit.checkChain(admin));
    }

    @Test
    void theChainCheckNamesAnEntryEditedBehindThePortalsBack() throws Exception {
        audit.record(admin, admin, "test.written", "The original words");
        AuditEntry entry = audit.about(admin).get(0);
        assertEquals(Optional.empty(), audit.checkChain(admin));

        // What someone with the schema owner's rights can do: switch the trigger off and edit.
        asSchemaOwnerWithoutTheTrigger("UPDATE audit_entry SET detail = 'Nothing happened' WHERE id = " + entry.getId());
        try {
            AuditChain.Break problem = audit.checkChain(admin).orElseThrow();
            assertEquals(entry.getId(), problem.entryId());
            assertEquals("changed", problem.reason());
        } finally {
            asSchemaOwnerWithoutTheTrigger("UPDATE audit_entry SET detail = 'The original words' WHERE id = " + entry.getId());
        }
        assertEquals(Optional.empty(), audit.checkChain(admin));
        assertRefused("UPDATE audit_entry SET detail = 'Again' WHERE id = " + entry.getId());
    }

    @Test
    void staffInvitationsAttendanceAndCohortChangesAreAuditedAndFoundByPerson() {
        Account coordinator = staff.createStaff(admin, unique("coordinator"), "Cora " + UUID.randomUUID(), EnumSet.of(Role.COORDINATOR), Locale.UK);
        long trainer = trainees.trainer();
        CertifiableTrainee.People people = trainees.enrolled("Tam");
        cohorts.assignTrainer(people.coordinator(), people.cohort(), trainer);
        cohorts.assignTrainer(people.coordinator(), people.cohort(), trainer);
        attendance.mark(people.coordinator(), people.cohort(), 1, Map.of(people.trainee(), AttendanceStatus.ABSENT), CertifiableTrainee.TODAY);
        attendance.mark(people.coordinator(), people.cohort(), 1, Map.of(people.trainee(), AttendanceStatus.EXCUSED), CertifiableTrainee.TODAY);
        attendance.mark(people.coordinator(), people.cohort(), 1, Map.of(people.trainee(), AttendanceStatus.EXCUSED), CertifiableTrainee.TODAY);
        invitations.invite(people.coordinator(), people.cohort(), null, Locale.UK);

        assertEquals(List.of("staff.created"), actions(coordinator.getId()));
        assertEquals(List.of("cohort.trainerAssigned"), actions(trainer), "assigning twice is one change");
        assertEquals(List.of("attendance.marked", "attendance.marked"), actions(people.trainee()), "re-marking the same is no change");
        assertTrue(audit.about(people.trainee()).get(0).getDetail().endsWith("day 1: EXCUSED (was ABSENT)"));
        assertTrue(actions(people.coordinator()).containsAll(List.of("cohort.created", "invitation.created")));

        List<AuditLine> found = audit.search(coordinator.getId(), new AuditFilter(coordinator.getDisplayName(), null, null, null), 0, 10);
        assertEquals(1, found.size());
        assertEquals("Ada", found.get(0).actorName());
        assertEquals(0, audit.count(coordinator.getId(), new AuditFilter("nobody-has-this-name-" + UUID.randomUUID(), null, null, null)));
        assertThrows(SecurityException.class, () -> audit.search(trainer, AuditFilter.NONE, 0, 10));

        // Erasing an account leaves its entries, naming nobody.
        long gone = accounts.create(unique("gone"), "Gone", PASSWORD, EnumSet.of(Role.TRAINEE)).getId();
        audit.record(coordinator.getId(), gone, "test.about", "About someone who leaves");
        inTransaction(() -> em.remove(em.find(Account.class, gone)));
        AuditLine line = audit.lines(audit.about(gone)).get(0);
        assertNull(line.subjectName());
        assertEquals(coordinator.getDisplayName(), line.actorName());

        String csv = audit.exportCsv(coordinator.getId(), new AuditFilter(null, "test.about", null, null));
        assertTrue(csv.contains("About someone who leaves") && csv.contains("an erased account"), csv);
        assertEquals("audit.exported", audit.about(coordinator.getId()).get(0).getAction());
        assertEquals(Optional.empty(), audit.checkChain(admin));
    }

    @Test
    void theRetentionJobRemovesExactlyWhatTheRulesSay() throws Exception {
        Instant now = Instant.now();
        Instant longAgo = now.minus(Duration.ofDays(3 * 365));
        String leftEmail = unique("left");
        long left = accounts.create(leftEmail, "Lee Left", PASSWORD, EnumSet.of(Role.TRAINEE)).getId();
        long stays = accounts.create(unique("stays"), "Sam Stays", PASSWORD, EnumSet.of(Role.TRAINEE)).getId();
        long quietStaff = accounts.create(unique("quiet"), "Quinn Staff", PASSWORD, EnumSet.of(Role.TRAINER)).getId();
        resets.requestReset(leftEmail, Locale.UK);
        String staysEmail = em.find(Account.class, stays).getEmail();
        resets.requestReset(staysEmail, Locale.UK);
        long oldMail = mail.queue(unique("someone"), null, "Old", "Held long ago").getId();
        long newMail = mail.queue(unique("someone"), null, "New", "Held today").getId();
        inTransaction(() -> {
            for (long id : List.of(left, quietStaff)) {
                em.createNativeQuery("UPDATE account SET created_at = ?, last_sign_in_at = ? WHERE id = ?")
                        .setParameter(1, java.sql.Timestamp.from(longAgo)).setParameter(2, java.sql.Timestamp.from(longAgo)).setParameter(3, id).executeUpdate();
            }
            em.createNativeQuery("UPDATE password_reset SET expires_at = ? WHERE account_id = ?")
                    .setParameter(1, java.sql.Timestamp.from(now.minus(Duration.ofDays(31)))).setParameter(2, stays).executeUpdate();
            em.createNativeQuery("UPDATE outbox_message SET created_at = ? WHERE id = ?")
                    .setParameter(1, java.sql.Timestamp.from(now.minus(Duration.ofDays(31)))).setParameter(2, oldMail).executeUpdate();
        });

        CertifiableTrainee.People certified = trainees.eligible("Cerys");
        certification.certify(certified.coordinator(), certified.trainee(), "Ready", CertifiableTrainee.TODAY);
        LocalDate aYearAndAMonthOn = CertifiableTrainee.TODAY.plusMonths(13);

        RetentionService.Removal next = retention.preview(RULES, now, aYearAndAMonthOn);
        assertTrue(next.trainees().stream().anyMatch(p -> p.accountId() == left && p.name().equals("Lee Left")));
        assertFalse(next.trainees().stream().anyMatch(p -> p.accountId() == stays || p.accountId() == quietStaff));
        assertTrue(next.certified().stream().anyMatch(p -> p.accountId() == certified.trainee()));
        assertTrue(next.supervisionNotes() >= 3);
        assertTrue(next.heldMail() >= 1 && next.passwordResets() >= 1);

        retention.apply(RULES, now, aYearAndAMonthOn);

        assertNull(em.find(Account.class, left), "the trainee who left is gone, and with them their reset link");
        assertNotNull(em.find(Account.class, stays));
        assertNotNull(em.find(Account.class, quietStaff), "staff are never removed as trainees who left");
        assertEquals(0L, count("SELECT COUNT(*) FROM password_reset WHERE account_id = " + stays), "the expired unused link went");
        assertEquals(0L, count("SELECT COUNT(*) FROM outbox_message WHERE id = " + oldMail));
        assertEquals(1L, count("SELECT COUNT(*) FROM outbox_message WHERE id = " + newMail));
        List<SupervisionSession> sessions = supervision.sessions(certified.coordinator(), certified.trainee());
        assertEquals(3, sessions.size(), "the sessions stay; their notes go");
        assertTrue(sessions.stream().allMatch(s -> s.getNote() == null));
        assertEquals(List.of("retention.traineeDeleted"), actions(left));
        assertTrue(actions(certified.trainee()).contains("retention.recordsRemoved"));
        assertFalse(retention.preview(RULES, now, aYearAndAMonthOn).trainees().stream().anyMatch(p -> p.accountId() == left),
                "a second run finds nothing more of theirs");
        assertEquals(Optional.empty(), audit.checkChain(admin));
    }

    @Test
    void retentionRemovesTheOldestAuditEntriesAndTheChainStillChecksOut() throws Exception {
        audit.record(admin, admin, "test.old", "Old enough to go");
        // The cutoff falls just after the old entry (stored to the microsecond); the next entry is
        // written once the clock has passed it, waiting on the clock itself rather than a sleep.
        Instant cutoff = audit.about(admin).get(0).getOccurredAt().plus(1, ChronoUnit.MICROS);
        while (!Instant.now().isAfter(cutoff.plus(1, ChronoUnit.MICROS))) {
            Thread.onSpinWait();
        }
        audit.record(admin, admin, "test.kept", "Young enough to stay");

        assertTrue(audit.removeBefore(cutoff) >= 1);

        assertEquals(List.of("test.kept"), actions(admin));
        assertEquals(Optional.empty(), audit.checkChain(admin), "the first entry kept follows the anchor the job recorded");
        assertRefused("DELETE FROM audit_entry WHERE id = " + audit.about(admin).get(0).getId());
        assertEquals(0, audit.removeBefore(cutoff), "running again removes nothing");
    }

    @Test
    void oneInstanceClaimsEachDaysRun() {
        LocalDate day = LocalDate.of(2040, 1, 1).plusDays(UUID.randomUUID().hashCode() & 0xFFFF);
        assertTrue(retention.claimRun(day));
        assertFalse(retention.claimRun(day), "a second instance waking the same day skips");
        assertEquals(day, retention.lastRunOn());
    }

    private List<String> actions(long accountId) {
        return audit.about(accountId).stream().map(AuditEntry::getAction).sorted().toList();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private void assertRefused(String sql) throws Exception {
        transaction.begin();
        try {
            assertThrows(PersistenceException.class, () -> em.createNativeQuery(sql).executeUpdate());
        } finally {
            if (transaction.getStatus() == Status.STATUS_ACTIVE || transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
            }
        }
    }

    private void inTransaction(Runnable work) {
        try {
            transaction.begin();
            work.run();
            transaction.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs one statement the way only the schema owner can, around the append-only trigger:
     * PostgreSQL switches it off and on again; H2 has no switch, so the trigger is dropped and
     * created again exactly as db/vendor/h2/V13_2 does.
     */
    private void asSchemaOwnerWithoutTheTrigger(String sql) throws SQLException {
        boolean postgresql = "postgresql".equals(migrations.vendor());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(postgresql ? "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only" : "DROP TRIGGER audit_entry_append_only");
            try (PreparedStatement edit = connection.prepareStatement(sql)) {
                edit.executeUpdate();
            } finally {
                statement.execute(postgresql ? "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only"
                        : "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry"
                                + " FOR EACH ROW CALL 'org.alongside.platform.AuditAppendOnlyTrigger'");
            }
        }
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@example.org";
    }
}
