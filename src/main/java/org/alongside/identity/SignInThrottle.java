package org.alongside.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.alongside.platform.SharedCaches;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password tries (sign-in, and the current-password check on the account page), counted per
 * account across all addresses and per client address. Each try is counted before the password
 * is checked ({@link LoginThrottle}), so parallel tries cannot slip past the free ones. The counts
 * are shared by every instance (JCache on Payara's data grid): tries sent to different instances
 * add up, so a load balancer does not multiply the free ones.
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    Clock clock;

    @Inject
    SharedCaches caches;

    @Inject
    @ConfigProperty(name = "portal.signin.free-attempts-per-account", defaultValue = "5")
    int freePerAccount;

    @Inject
    @ConfigProperty(name = "portal.signin.free-attempts-per-address", defaultValue = "20")
    int freePerAddress;

    private LoginThrottle perAccount;
    private LoginThrottle perAddress;

    @PostConstruct
    void init() {
        Duration window = Duration.ofHours(1);
        perAccount = new LoginThrottle(caches.fromLastChange("alongside.signin.per-account", window), clock,
                freePerAccount, Duration.ofSeconds(30), Duration.ofMinutes(15), window);
        perAddress = new LoginThrottle(caches.fromLastChange("alongside.signin.per-address", window), clock,
                freePerAddress, Duration.ofSeconds(30), Duration.ofMinutes(15), window);
    }

    /**
     * Counts a try for the account and the address, or says how long to wait (and counts nothing).
     * After a zero answer the caller checks the password and then calls {@link #succeeded} or
     * {@link #notCounted}; a wrong password needs no call, it is already counted.
     */
    public Duration tryAttempt(String email, String address) {
        Duration account = perAccount.tryAttempt(accountKey(email));
        if (!account.isZero()) {
            return account;
        }
        Duration client = perAddress.tryAttempt(address);
        if (!client.isZero()) {
            perAccount.refund(accountKey(email));
            return client;
        }
        return Duration.ZERO;
    }

    /**
     * The right password: the account starts afresh. The address only gets this one try back, so
     * one good password among many guesses from the same place does not launder them.
     */
    public void succeeded(String email, String address) {
        perAccount.succeeded(accountKey(email));
        perAddress.refund(address);
    }

    /**
     * A signed-in person's current password, asked before a change to the account: counted on the
     * account's own count only (the session already says who it is), so a session left open cannot
     * be used to guess the password any faster than the sign-in form allows.
     */
    public Duration tryCurrentPassword(String email) {
        return perAccount.tryAttempt(accountKey(email));
    }

    public void currentPasswordSucceeded(String email) {
        perAccount.succeeded(accountKey(email));
    }

    /**
     * The try was no guess: the database could not check the password, or the password was right
     * and the code page takes over (each code is a try of its own).
     */
    public void notCounted(String email, String address) {
        perAccount.refund(accountKey(email));
        perAddress.refund(address);
    }

    private static String accountKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
