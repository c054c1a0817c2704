package org.alongside.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.alongside.identity.Account;
import org.alongside.identity.Role;
import org.alongside.learning.LearningCalendar;
import org.alongside.matching.MatchingService;
import org.alongside.platform.AuditTrail;
import org.alongside.platform.mail.OutboxMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the retention rules ({@link RetentionRules}): what the next run will remove, for
 * administrators to read before it happens, and the run itself, in one transaction. Every removal
 * that concerns a person goes into the audit trail, by account id only.
 */
@ApplicationScoped
@Transactional
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

    /** Someone whose records the run removes: a trainee who left, or a certified person whose reflections and notes go. */
    public record Person(long accountId, String name, String email, LocalDate since) {
    }

    /** What a run removes (or, before it, would remove). */
    public record Removal(List<Person> trainees, List<Person> certified, long reflections, long supervisionNotes, long auditEntries,
            long heldMail, long passwordResets, long invitations, long closedRequests) {

        public long total() {
            return trainees.size() + reflections + supervisionNotes + auditEntries + heldMail + passwordResets + invitations + closedRequests;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    RetentionSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    MatchingService matching;

    @Inject
    LearningCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.time-zone", defaultValue = "Europe/London")
    String timeZone;

    /**
     * What the next run would remove under the configured rules, for an administrator.
     *
     * @throws SecurityException unless the account is an active administrator
     */
    public Removal preview(long administratorId) {
        Account administrator = em.find(Account.class, administratorId);
        if (administrator == null || !administrator.isActive() || !administrator.hasRole(Role.ADMIN)) {
            throw new SecurityException("Only administrators see what retention removes");
        }
        return preview(settings.rules(), clock.instant(), calendar.today());
    }

    /** The day the job last ran, or null before its first run. */
    public LocalDate lastRunOn() {
        return em.find(RetentionRun.class, RetentionRun.ID).getLastRunOn();
    }

    /**
     * Claims today's run under a row lock, so of several instances waking at once only the first
     * runs it. Its own transaction: the claim holds even if the run then fails (tomorrow retries).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimRun(LocalDate today) {
        return em.find(RetentionRun.class, RetentionRun.ID, LockModeType.PESSIMISTIC_WRITE).claim(today);
    }

    /** The nightly run under the configured rules. */
    public Removal apply() {
        return apply(settings.rules(), clock.instant(), calendar.today());
    }

    /** What a run as of {@code now} under these rules would remove; public for the tests, like {@link #apply(RetentionRules, Instant, LocalDate)}. */
    public Removal preview(RetentionRules rules, Instant now, LocalDate today) {
        List<Person> certified = certifiedWithRecordsToRemove(rules, today);
        List<Long> certifiedIds = certified.stream().map(Person::accountId).toList();
        return new Removal(expiredTrainees(rules, now), certified, reflectionsOf(certifiedIds), notesOf(certified),
                audit.countRemovable(rules.auditBefore(now, zone())),
                em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :held AND m.createdAt < :before", Long.class)
                        .setParameter("held", OutboxMessage.Status.HELD).setParameter("before", rules.unusedBefore(now)).getSingleResult(),
                em.createQuery("SELECT COUNT(r) FROM PasswordReset r WHERE r.usedAt IS NULL AND r.expiresAt < :before", Long.class)
                        .setParameter("before", rules.unusedBefore(now)).getSingleResult(),
                em.createQuery("SELECT COUNT(i) FROM Invitation i WHERE i.redeemedAt IS NULL AND i.expiresAt < :before", Long.class)
                        .setParameter("before", rules.unusedBefore(now)).getSingleResult(),
                matching.countExpired(now));
    }

    /**
     * Removes what the rules say, as of {@code now}: public so the tests can run it with rules of
     * their own; the job calls {@link #apply()}.
     */
    public Removal apply(RetentionRules rules, Instant now, LocalDate today) {
        Removal removal = preview(rules, now, today);
        for (Person trainee : removal.trainees()) {
            // The database deletes everything that points at the account with it (ON DELETE CASCADE / SET NULL).
            em.remove(em.find(Account.class, trainee.accountId()));
            audit.record(null, trainee.accountId(), "retention.traineeDeleted",
                    "Not certified and not seen since " + trainee.since() + ": account and everything they wrote deleted");
        }
        em.flush();
        for (Person person : removal.certified()) {
            int reflections = em.createQuery("DELETE FROM Submission s WHERE s.account.id = :id").setParameter("id", person.accountId()).executeUpdate()
                    + em.createQuery("DELETE FROM ReflectionDraft d WHERE d.account.id = :id").setParameter("id", person.accountId()).executeUpdate();
            int notes = em.createQuery("UPDATE SupervisionSession s SET s.note = NULL, s.reflection = NULL WHERE s.person.id = :id"
                    + " AND s.sessionDate <= :certifiedOn AND (s.note IS NOT NULL OR s.reflection IS NOT NULL)")
                    .setParameter("id", person.accountId()).setParameter("certifiedOn", person.since()).executeUpdate();
            audit.record(null, person.accountId(), "retention.recordsRemoved", "Certified on " + person.since() + ": " + reflections
                    + " reflection versions and drafts deleted, the notes of " + notes + " supervision sessions cleared");
        }
        int heldMail = em.createQuery("DELETE FROM OutboxMessage m WHERE m.status = :held AND m.createdAt < :before")
                .setParameter("held", OutboxMessage.Status.HELD).setParameter("before", rules.unusedBefore(now)).executeUpdate();
        int resets = em.createQuery("DELETE FROM PasswordReset r WHERE r.usedAt IS NULL AND r.expiresAt < :before")
                .setParameter("before", rules.unusedBefore(now)).executeUpdate();
        int invitations = em.createQuery("DELETE FROM Invitation i WHERE i.redeemedAt IS NULL AND i.expiresAt < :before")
                .setParameter("before", rules.unusedBefore(now)).executeUpdate();
        int requests = matching.deleteExpired(now);
        // Last: the chain head's lock is then held only for the rest of this transaction.
        int auditEntries = audit.removeBefore(rules.auditBefore(now, zone()));
        Removal done = new Removal(removal.trainees(), removal.certified(), removal.reflections(), removal.supervisionNotes(), auditEntries,
                heldMail, resets, invitations, requests);
        LOG.info(() -> "Retention: " + done.trainees().size() + " trainees, " + done.reflections() + " reflections of " + done.certified().size()
                + " certified people, " + done.supervisionNotes() + " supervision notes, " + done.auditEntries() + " audit entries, "
                + done.heldMail() + " held e-mails, " + done.passwordResets() + " reset links, " + done.invitations() + " invitations, "
                + done.closedRequests() + " closed support requests removed");
        return done;
    }

    private List<Person> expiredTrainees(RetentionRules rules, Instant now) {
        Instant before = rules.inactiveBefore(now, zone());
        List<Person> trainees = new ArrayList<>();
        em.createQuery("SELECT a FROM Account a JOIN a.roles r WHERE r = :trainee AND a.createdAt < :before"
                        + " AND (a.lastSignInAt IS NULL OR a.lastSignInAt < :before)"
                        + " AND NOT EXISTS (SELECT c FROM Certificate c WHERE c.account = a) ORDER BY a.id", Account.class)
                .setParameter("trainee", Role.TRAINEE).setParameter("before", before).getResultStream()
                // Someone who is also staff is not a trainee who left.
                .filter(a -> a.getRoles().equals(EnumSet.of(Role.TRAINEE)))
                .filter(a -> rules.traineeExpired(a.getCreatedAt(), a.getLastSignInAt(), false, now, zone()))
                .forEach(a -> trainees.add(new Person(a.getId(), a.getDisplayName(), a.getEmail(),
                        (a.getLastSignInAt() == null ? a.getCreatedAt() : a.getLastSignInAt()).atZone(zone()).toLocalDate())));
        return trainees;
    }

    /** People first certified before the cutoff who still have reflections or supervision notes from up to then. */
    private List<Person> certifiedWithRecordsToRemove(RetentionRules rules, LocalDate today) {
        List<Person> people = new ArrayList<>();
        em.createQuery("SELECT c.account.id, MIN(c.issuedOn) FROM Certificate c GROUP BY c.account.id"
                        + " HAVING MIN(c.issuedOn) < :before ORDER BY c.account.id", Object[].class)
                .setParameter("before", rules.certifiedBefore(today)).getResultStream().forEach(row -> {
                    long id = (Long) row[0];
                    LocalDate certifiedOn = (LocalDate) row[1];
                    Person person = new Person(id, null, null, certifiedOn);
                    if (reflectionsOf(List.of(id)) + notesOf(List.of(person)) > 0) {
                        Account account = em.find(Account.class, id);
                        people.add(new Person(id, account.getDisplayName(), account.getEmail(), certifiedOn));
                    }
                });
        return people;
    }

    private long reflectionsOf(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(s) FROM Submission s WHERE s.account.id IN :ids", Long.class).setParameter("ids", accountIds).getSingleResult()
                + em.createQuery("SELECT COUNT(d) FROM ReflectionDraft d WHERE d.account.id IN :ids", Long.class).setParameter("ids", accountIds).getSingleResult();
    }

    private long notesOf(List<Person> certified) {
        long notes = 0;
        for (Person person : certified) {
            notes += em.createQuery("SELECT COUNT(s) FROM SupervisionSession s WHERE s.person.id = :id AND s.sessionDate <= :certifiedOn"
                    + " AND (s.note IS NOT NULL OR s.reflection IS NOT NULL)", Long.class)
                    .setParameter("id", person.accountId()).setParameter("certifiedOn", person.since()).getSingleResult();
        }
        return notes;
    }

    private ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
