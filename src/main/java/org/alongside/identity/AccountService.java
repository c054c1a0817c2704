package org.alongside.identity;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alongside.learning.LearningCalendar;
import org.alongside.platform.AuditTrail;

/** Accounts: finding them, checking passwords and keeping password hashes current. */
@ApplicationScoped
@Transactional
public class AccountService {

    /**
     * The session state and the {@link TraineeMenu} in one statement: a certificate, certified as
     * the directory counts it (issued, not revoked, not expired: {@code DirectoryService.isCertified})
     * or a profile, an offer to support someone. Today is given twice, as ?1 and ?2.
     */
    private static final String SESSION_STATE = """
            SELECT a.active, a.session_epoch, a.display_name,
                   EXISTS (SELECT 1 FROM certificate c WHERE c.account_id = a.id),
                   EXISTS (SELECT 1 FROM certificate c WHERE c.account_id = a.id AND c.revoked_at IS NULL
                                                         AND c.issued_on <= ?1 AND c.expires_on >= ?2)
                       OR EXISTS (SELECT 1 FROM supporter_profile p WHERE p.account_id = a.id),
                   EXISTS (SELECT 1 FROM support_offer o WHERE o.supporter_id = a.id)
            FROM account a WHERE a.id = ?3""";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordSecurity passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    LearningCalendar calendar;

    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public long count() {
        return em.createNamedQuery("Account.count", Long.class).getSingleResult();
    }

    public boolean anyAdministrator() {
        return !em.createQuery("SELECT a.id FROM Account a JOIN a.roles r WHERE r = :role", Long.class)
                .setParameter("role", Role.ADMIN).setMaxResults(1).getResultList().isEmpty();
    }

    public List<Account> staff() {
        return em.createNamedQuery("Account.staff", Account.class).getResultList();
    }

    /**
     * Checks an e-mail address and password. Inactive accounts fail like a wrong password does,
     * and unknown addresses take as long as known ones.
     */
    public Optional<Account> verifyCredentials(String email, String password) {
        Optional<Account> account = findByEmail(email);
        if (account.isEmpty()) {
            passwords.verifyDecoy(password);
            return Optional.empty();
        }
        Account found = account.get();
        if (!passwords.verify(password, found.getPasswordHash()) || !found.isActive()) {
            return Optional.empty();
        }
        if (passwords.needsRehash(found.getPasswordHash())) {
            found.upgradeHash(passwords.hash(password));
        }
        return account;
    }

    /** Audits a sign-in and returns what the new session must remember of the account. */
    public SignedInAccount recordSignIn(String email) {
        Account account = findByEmail(email).orElseThrow();
        account.recordSignIn(clock.instant());
        audit.record(account.getId(), account.getId(), "account.signedIn", "");
        return new SignedInAccount(account.getId(), account.getSessionEpoch());
    }

    /** What a new session keeps of its account: whose it is and the epoch it signed in at. */
    public record SignedInAccount(long id, long sessionEpoch) {
    }

    /**
     * Audits a refused sign-in against the account it named. An address with no account leaves
     * no entry: there is nobody for it to be about, and the typed text may not be an address at all.
     */
    public void recordFailedSignIn(String email) {
        findByEmail(email).ifPresent(account -> audit.record(null, account.getId(), "account.signInFailed", ""));
    }

    /**
     * The account's state as the sign-in mechanism checks it at every request, and which trainee
     * menu links apply; empty once erased. One statement, on the account's primary key and the
     * account indexes of the three tables.
     *
     * <p>Why the menu is read here rather than kept in the session: what changes it is mostly done
     * by someone else (a coordinator certifies, revokes or offers a request to the person) or by
     * the calendar (a certificate expires at midnight), so a value kept in the session would need
     * a signal from other people's requests, on every instance, and would still miss the expiry.
     * Read in the statement every request already makes, it is always right and costs no query.
     */
    @Transactional(Transactional.TxType.SUPPORTS) // one read on every request: no transaction of its own to begin and commit
    public Optional<SessionRule.AccountState> sessionState(long accountId) {
        Date today = Date.valueOf(calendar.today());
        List<?> rows = em.createNativeQuery(SESSION_STATE)
                .setParameter(1, today)
                .setParameter(2, today)
                .setParameter(3, accountId)
                .getResultList();
        return rows.stream().findFirst().map(Object[].class::cast)
                .map(row -> new SessionRule.AccountState(Boolean.TRUE.equals(row[0]), ((Number) row[1]).longValue(), (String) row[2],
                        new TraineeMenu(Boolean.TRUE.equals(row[3]), Boolean.TRUE.equals(row[4]), Boolean.TRUE.equals(row[5]))));
    }

    /** Ends every session of the account, this one included, at its next request. */
    public void signOutEverywhere(long accountId) {
        em.find(Account.class, accountId).endSessions();
        audit.record(accountId, accountId, "account.signedOutEverywhere", "");
    }

    /** Creates an account after checking the address is free and the password meets the policy. */
    public Account create(String email, String displayName, String password, Set<Role> roles) {
        if (findByEmail(email).isPresent()) {
            throw new ActionRefused("account.emailTaken");
        }
        List<PasswordPolicy.Problem> problems = passwords.check(password, email, displayName);
        if (!problems.isEmpty()) {
            throw new ActionRefused(problems.get(0).messageKey());
        }
        Account account = new Account(email, displayName, passwords.hash(password), roles, clock.instant());
        em.persist(account);
        return account;
    }

    /**
     * Creates a staff account with no usable password: the person chooses their own through the
     * link in their welcome e-mail, so administrators never know anyone's password.
     */
    public Account createWithoutPassword(String email, String displayName, Set<Role> roles) {
        if (findByEmail(email).isPresent()) {
            throw new ActionRefused("account.emailTaken");
        }
        String unusable = passwords.hash(org.alongside.platform.SecureTokens.newLinkToken());
        Account account = new Account(email, displayName, unusable, roles, clock.instant());
        em.persist(account);
        return account;
    }

    /**
     * Changes the person's own password and ends their other sessions; returns the new session
     * epoch so the session that made the change can stay signed in.
     */
    public long changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new ActionRefused("password.currentWrong");
        }
        passwords.requireCurrent(account, currentPassword);
        setPassword(account, newPassword);
        audit.record(accountId, accountId, "account.passwordChanged", "");
        return account.getSessionEpoch();
    }

    void setPassword(Account account, String newPassword) {
        List<PasswordPolicy.Problem> problems = passwords.check(newPassword, account.getEmail(), account.getDisplayName());
        if (!problems.isEmpty()) {
            throw new ActionRefused(problems.get(0).messageKey());
        }
        account.changePassword(passwords.hash(newPassword), clock.instant());
    }

    /**
     * Switches an account on or off (switching off ends its sessions). Pages reach this through
     * {@link StaffService}, which checks that an administrator asks and audits it.
     */
    public void setActive(long accountId, boolean active) {
        Account account = em.find(Account.class, accountId);
        if (active) {
            account.activate();
        } else {
            account.deactivate();
        }
    }
}
