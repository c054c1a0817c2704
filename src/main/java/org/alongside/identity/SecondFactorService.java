package org.alongside.identity;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.alongside.platform.AuditTrail;
import org.alongside.platform.SecureTokens;
import org.apache.commons.codec.binary.Base32;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Second factors: setting one up (a secret to scan, confirmed by a first code), the recovery
 * codes, checking a code at sign-in, and taking one away. Every change and every wrong code is
 * audited; nobody, administrators included, is ever shown a secret after its setup.
 */
@ApplicationScoped
@Transactional
public class SecondFactorService {

    /** What a sign-in needs after the right password. */
    public enum Step {
        /** No second factor and none required: signed in. */
        NONE,
        /** A confirmed second factor: the code page comes first. */
        CODE,
        /** Required but not set up: signed in, but only to the setup page until it is done. */
        SETUP
    }

    /** What a code typed at sign-in turned out to be. */
    public enum Verdict {
        CODE, RECOVERY_CODE, WRONG;

        public boolean accepted() {
            return this != WRONG;
        }
    }

    /** A secret waiting for its first code: typed out, and as an {@code otpauth:} address for the QR code. */
    public record Enrolment(String secret, String uri) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ISSUER = "Alongside";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretBox box;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.second-factor.required-roles", defaultValue = "COORDINATOR,ADMIN")
    String requiredRoles;

    public boolean isRequired(Set<Role> roles) {
        return SecondFactorRule.requiredFor(roles, SecondFactorRule.parseRoles(requiredRoles));
    }

    public Step nextStep(Account account) {
        if (confirmed(account.getId()).isPresent()) {
            return Step.CODE;
        }
        return isRequired(account.getRoles()) ? Step.SETUP : Step.NONE;
    }

    /** The person's second factor once it has taken effect. */
    public Optional<SecondFactor> confirmed(long accountId) {
        return Optional.ofNullable(em.find(SecondFactor.class, accountId)).filter(SecondFactor::isConfirmed);
    }

    public long unusedRecoveryCodes(long accountId) {
        return em.createNamedQuery("RecoveryCode.unused", RecoveryCode.class).setParameter("account", accountId).getResultList().size();
    }

    /**
     * A new secret to scan, or the one already waiting for its first code (so reloading the page
     * shows the same QR code).
     *
     * @throws ActionRefused {@code secondFactor.alreadySetUp} when one is already in effect
     */
    public Enrolment startEnrolment(long accountId) {
        Account account = em.find(Account.class, accountId);
        SecondFactor factor = em.find(SecondFactor.class, accountId);
        if (factor != null && factor.isConfirmed()) {
            throw new ActionRefused("secondFactor.alreadySetUp");
        }
        byte[] secret;
        if (factor == null) {
            secret = new byte[SecondFactorRule.SECRET_BYTES];
            RANDOM.nextBytes(secret);
            em.persist(new SecondFactor(accountId, box.seal(accountId, secret), clock.instant()));
        } else {
            secret = box.open(accountId, factor.getSecret());
        }
        String typed = new Base32().encodeToString(secret).replace("=", "");
        String label = URLEncoder.encode(ISSUER + ":" + account.getEmail(), StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(typed, "otpauth://totp/" + label + "?secret=" + typed + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + SecondFactorRule.DIGITS + "&period=" + SecondFactorRule.TIME_STEP.getSeconds());
    }

    /**
     * The first code proves the authenticator works: the second factor takes effect, and the
     * person gets their recovery codes, shown this once.
     *
     * @throws ActionRefused {@code secondFactor.codeWrong} for a wrong or reused code,
     *                           {@code secondFactor.notStarted} when there is nothing to confirm
     */
    public List<String> confirmEnrolment(long accountId, String typed) {
        SecondFactor factor = em.find(SecondFactor.class, accountId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (factor == null || factor.isConfirmed()) {
            throw new ActionRefused("secondFactor.notStarted");
        }
        Instant now = clock.instant();
        OptionalLong step = SecondFactorRule.acceptedStep(box.open(accountId, factor.getSecret()), typed, now, factor.getLastUsedStep());
        if (step.isEmpty()) {
            throw ActionRefused.onField("code", "secondFactor.codeWrong");
        }
        factor.confirm(step.getAsLong(), now);
        audit.record(accountId, accountId, "secondFactor.enrolled", "");
        return replaceRecoveryCodes(accountId, now);
    }

    /** A new set of recovery codes; the old ones stop working. */
    public List<String> newRecoveryCodes(long accountId) {
        if (confirmed(accountId).isEmpty()) {
            throw new ActionRefused("secondFactor.notStarted");
        }
        audit.record(accountId, accountId, "secondFactor.recoveryCodesRenewed", "");
        return replaceRecoveryCodes(accountId, clock.instant());
    }

    /**
     * The person takes their own second factor away, which only people whose roles do not require
     * one may do (an administrator's reset is for a lost device).
     */
    public void remove(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (isRequired(account.getRoles())) {
            throw new ActionRefused("secondFactor.required");
        }
        if (delete(accountId)) {
            audit.record(accountId, accountId, "secondFactor.removed", "");
        }
    }

    /**
     * Takes the person's second factor away for an administrator (through {@link StaffService},
     * which checks who asks) and ends all their sessions; at their next sign-in they set it up again.
     */
    void reset(long adminId, long accountId) {
        delete(accountId);
        em.find(Account.class, accountId).endSessions();
        audit.record(adminId, accountId, "secondFactor.reset", "Second factor and recovery codes removed; sessions ended");
    }

    /**
     * Checks a code typed on the sign-in code page: the authenticator's code of a time step not
     * used before, or an unused recovery code, which is then used up. A wrong one is audited.
     */
    public Verdict verify(long accountId, String typed) {
        SecondFactor factor = em.find(SecondFactor.class, accountId);
        if (factor == null || !factor.isConfirmed()) {
            return Verdict.WRONG;
        }
        Instant now = clock.instant();
        if (SecondFactorRule.looksLikeRecoveryCode(typed)) {
            Optional<RecoveryCode> code = em.createNamedQuery("RecoveryCode.unusedByHash", RecoveryCode.class)
                    .setParameter("account", accountId).setParameter("hash", SecondFactorRule.recoveryCodeHash(typed))
                    .getResultStream().findFirst();
            if (code.isPresent()) {
                // @Version: two requests racing with the same code cannot both use it.
                code.get().use(now);
                audit.record(accountId, accountId, "secondFactor.recoveryCodeUsed", unusedRecoveryCodes(accountId) - 1 + " left");
                return Verdict.RECOVERY_CODE;
            }
        } else {
            OptionalLong step = SecondFactorRule.acceptedStep(box.open(accountId, factor.getSecret()), typed, now, factor.getLastUsedStep());
            if (step.isPresent()) {
                em.lock(factor, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                factor.used(step.getAsLong());
                return Verdict.CODE;
            }
        }
        audit.record(null, accountId, "secondFactor.codeFailed", "");
        return Verdict.WRONG;
    }

    /** Audits a half-done sign-in dropped after too many wrong codes. */
    public void recordDropped(long accountId) {
        audit.record(null, accountId, "secondFactor.signInDropped", SecondFactorRule.WRONG_CODES_ALLOWED + " wrong codes");
    }

    private List<String> replaceRecoveryCodes(long accountId, Instant now) {
        em.createNamedQuery("RecoveryCode.deleteAll").setParameter("account", accountId).executeUpdate();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < SecondFactorRule.RECOVERY_CODES; i++) {
            String code = SecureTokens.newHumanCode(SecondFactorRule.RECOVERY_CODE_GROUPS);
            codes.add(code);
            em.persist(new RecoveryCode(accountId, SecondFactorRule.recoveryCodeHash(code), now));
        }
        return codes;
    }

    private boolean delete(long accountId) {
        em.createNamedQuery("RecoveryCode.deleteAll").setParameter("account", accountId).executeUpdate();
        SecondFactor factor = em.find(SecondFactor.class, accountId);
        if (factor == null) {
            return false;
        }
        em.remove(factor);
        return true;
    }
}
