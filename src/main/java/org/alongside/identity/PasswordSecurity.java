package org.alongside.identity;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured password hasher and policy, shared by every flow that sets or checks a password. */
@ApplicationScoped
public class PasswordSecurity {

    @Inject
    @ConfigProperty(name = "portal.password.pbkdf2-iterations", defaultValue = "600000")
    int iterations;

    @Inject
    SignInThrottle throttle;

    private volatile PasswordHasher hasher;
    private volatile PasswordPolicy policy;
    private volatile String decoyHash;

    public String hash(String password) {
        return hasher().hash(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return hasher().verify(password.toCharArray(), storedHash);
    }

    /**
     * The signed-in person's current password, before a change to their account; limited as
     * sign-in is, per account.
     *
     * @throws ActionRefused when they must wait, or the password is not right
     */
    public void requireCurrent(Account account, String currentPassword) {
        if (!throttle.tryCurrentPassword(account.getEmail()).isZero()) {
            throw new ActionRefused("password.currentThrottled");
        }
        if (currentPassword == null || !verify(currentPassword, account.getPasswordHash())) {
            throw new ActionRefused("password.currentWrong");
        }
        throttle.currentPasswordSucceeded(account.getEmail());
    }

    public boolean needsRehash(String storedHash) {
        return hasher().needsRehash(storedHash);
    }

    /**
     * Spends the same time as a real check when no account matches, so response times do not tell
     * an attacker which e-mail addresses have accounts.
     */
    public void verifyDecoy(String password) {
        if (decoyHash == null) {
            decoyHash = hash("decoy-password-never-used");
        }
        hasher().verify(password.toCharArray(), decoyHash);
    }

    public List<PasswordPolicy.Problem> check(String password, String... personalWords) {
        PasswordPolicy current = policy;
        if (current == null) {
            current = new PasswordPolicy(CommonPasswords.shipped());
            policy = current;
        }
        return current.check(password, personalWords);
    }

    private PasswordHasher hasher() {
        PasswordHasher current = hasher;
        if (current == null) {
            current = new PasswordHasher(iterations);
            hasher = current;
        }
        return current;
    }
}
