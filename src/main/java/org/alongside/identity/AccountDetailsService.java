package org.alongside.identity;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alongside.platform.AuditTrail;
import org.alongside.platform.PortalLinks;
import org.alongside.platform.SecureTokens;
import org.alongside.platform.Texts;
import org.alongside.platform.mail.MailService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person changes their own name and e-mail address. A new address only takes effect once the
 * link sent to it is opened (so nobody can move an account to an address they do not read), and the
 * old address is then told, in case it was not the person who asked.
 */
@ApplicationScoped
@Transactional
public class AccountDetailsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    PasswordSecurity passwords;

    @Inject
    MailService mail;

    @Inject
    PortalLinks links;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.email-change.valid-hours", defaultValue = "24")
    long validHours;

    public void rename(long accountId, String newName) {
        if (newName == null || newName.isBlank()) {
            throw new ActionRefused("name.required");
        }
        if (newName.strip().length() > Account.NAME_MAX) {
            throw new ActionRefused("name.tooLong");
        }
        Account account = em.find(Account.class, accountId);
        if (!account.getDisplayName().equals(newName.strip())) {
            account.rename(newName);
            audit.record(accountId, accountId, "account.nameChanged", "");
        }
    }

    /**
     * Sends a confirmation link to the new address. The current password is asked for, so a
     * session left open on a shared computer cannot move the account to someone else's address.
     */
    public void requestEmailChange(long accountId, String currentPassword, String newEmail, Locale locale) {
        Account account = em.find(Account.class, accountId);
        passwords.requireCurrent(account, currentPassword);
        String normalised = Account.normaliseEmail(newEmail);
        if (normalised == null || normalised.equals(account.getEmail())) {
            throw new ActionRefused("account.email.same");
        }
        if (accounts.findByEmail(normalised).isPresent()) {
            throw new ActionRefused("account.emailTaken");
        }
        String token = SecureTokens.newLinkToken();
        account.requestEmailChange(normalised, SecureTokens.sha256(token), clock.instant().plus(Duration.ofHours(validHours)));
        String link = links.to("/confirm-email.xhtml?token=" + token);
        mail.queueSecret(normalised, accountId, Texts.get(locale, "mail.emailConfirm.subject"),
                Texts.get(locale, "mail.emailConfirm.body", account.getDisplayName(), link, validHours), List.of(link));
        audit.record(accountId, accountId, "account.emailChangeRequested", "");
    }

    /** The address a link would confirm, while the link can still be used. */
    public Optional<String> pendingAddress(String token) {
        return find(token).map(Account::getPendingEmail);
    }

    /**
     * The new address takes effect: every session of the account ends (they were signed in under
     * the old address) and the old address is told. Returns the new address for the sign-in form.
     */
    public String confirmEmailChange(String token, Locale locale) {
        Account account = find(token).orElseThrow(() -> new ActionRefused("account.email.linkInvalid"));
        String newEmail = account.getPendingEmail();
        if (accounts.findByEmail(newEmail).isPresent()) {
            throw new ActionRefused("account.emailTaken");
        }
        String oldEmail = account.getEmail();
        account.confirmEmailChange();
        mail.queue(oldEmail, account.getId(), Texts.get(locale, "mail.emailChanged.subject"),
                Texts.get(locale, "mail.emailChanged.body", account.getDisplayName(), newEmail));
        audit.record(account.getId(), account.getId(), "account.emailChanged", "confirmed by the link sent to the new address");
        return newEmail;
    }

    private Optional<Account> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("Account.byPendingEmailToken", Account.class)
                .setParameter("tokenHash", SecureTokens.sha256(token))
                .getResultStream().findFirst()
                .filter(account -> account.isEmailChangeUsableAt(clock.instant()));
    }
}
