package org.alongside.identity;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * "Forgot password" and first-password links. A link works once, for a limited time, and asking
 * for a new one cancels the old ones. Whether or not the address has an account, the person who
 * asked sees the same answer.
 */
@ApplicationScoped
@Transactional
public class PasswordResetService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    MailService mail;

    @Inject
    PortalLinks links;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.password-reset.valid-minutes", defaultValue = "60")
    long resetValidMinutes;

    @Inject
    @ConfigProperty(name = "portal.welcome-link.valid-days", defaultValue = "7")
    long welcomeValidDays;

    public void requestReset(String email, Locale locale) {
        accounts.findByEmail(email).filter(Account::isActive).ifPresent(account -> {
            String link = newLink(account, Duration.ofMinutes(resetValidMinutes));
            mail.queueSecret(account.getEmail(), account.getId(),
                    Texts.get(locale, "mail.reset.subject"),
                    Texts.get(locale, "mail.reset.body", account.getDisplayName(), link, resetValidMinutes), List.of(link));
        });
    }

    /** Sends a new staff member the link to choose their first password. */
    public void sendWelcome(Account account, Locale locale) {
        String link = newLink(account, Duration.ofDays(welcomeValidDays));
        mail.queueSecret(account.getEmail(), account.getId(),
                Texts.get(locale, "mail.welcome.subject"),
                Texts.get(locale, "mail.welcome.body", account.getDisplayName(), link, welcomeValidDays), List.of(link));
    }

    /** Whether a link can still be used, so the page can say so before anyone types a password. */
    public boolean isUsable(String token) {
        return find(token).filter(r -> r.isUsableAt(clock.instant())).isPresent();
    }

    /** Sets the new password and spends the link; returns the account's e-mail for the sign-in form. */
    public String resetPassword(String token, String newPassword) {
        PasswordReset reset = find(token).filter(r -> r.isUsableAt(clock.instant()))
                .orElseThrow(() -> new ActionRefused("reset.linkInvalid"));
        // Setting the password ends every session of the account: whoever asked may not be the only one signed in.
        accounts.setPassword(reset.getAccount(), newPassword);
        reset.markUsed(clock.instant());
        audit.record(null, reset.getAccount().getId(), "account.passwordReset", "by a link sent to the account's address");
        return reset.getAccount().getEmail();
    }

    private String newLink(Account account, Duration validFor) {
        Instant now = clock.instant();
        em.createNamedQuery("PasswordReset.openForAccount", PasswordReset.class)
                .setParameter("account", account)
                .getResultList()
                .forEach(old -> old.markUsed(now));
        String token = SecureTokens.newLinkToken();
        em.persist(new PasswordReset(account, SecureTokens.sha256(token), now, now.plus(validFor)));
        return links.to("/reset-password.xhtml?token=" + token);
    }

    private Optional<PasswordReset> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("PasswordReset.byTokenHash", PasswordReset.class)
                .setParameter("tokenHash", SecureTokens.sha256(token))
                .getResultStream().findFirst();
    }
}
