package org.alongside.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Accounts: finding them, checking passwords and keeping password hashes current. */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordSecurity passwords;

    @Inject
    Clock clock;

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
            found.changePassword(passwords.hash(password), found.getPasswordChangedAt());
        }
        return account;
    }

    public void recordSignIn(String email) {
        findByEmail(email).ifPresent(account -> account.recordSignIn(clock.instant()));
    }

    /** Creates an account after checking the address is free and the password meets the policy. */
    public Account create(String email, String displayName, String password, Set<Role> roles) {
        if (findByEmail(email).isPresent()) {
            throw new IdentityException("account.emailTaken");
        }
        List<PasswordPolicy.Problem> problems = passwords.check(password, email, displayName);
        if (!problems.isEmpty()) {
            throw new IdentityException(problems.get(0).messageKey());
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
            throw new IdentityException("account.emailTaken");
        }
        String unusable = passwords.hash(org.alongside.platform.SecureTokens.newLinkToken());
        Account account = new Account(email, displayName, unusable, roles, clock.instant());
        em.persist(account);
        return account;
    }

    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !passwords.verify(currentPassword, account.getPasswordHash())) {
            throw new IdentityException("password.currentWrong");
        }
        setPassword(account, newPassword);
    }

    void setPassword(Account account, String newPassword) {
        List<PasswordPolicy.Problem> problems = passwords.check(newPassword, account.getEmail(), account.getDisplayName());
        if (!problems.isEmpty()) {
            throw new IdentityException(problems.get(0).messageKey());
        }
        account.changePassword(passwords.hash(newPassword), clock.instant());
    }

    public void setActive(long accountId, boolean active) {
        Account account = em.find(Account.class, accountId);
        if (active) {
            account.activate();
        } else {
            account.deactivate();
        }
    }
}
