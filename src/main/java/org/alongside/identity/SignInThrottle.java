package org.alongside.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password tries (sign-in, and the current-password check on the account page), counted per
 * account across all addresses and per client address. Each try is counted before the password
 * is checked ({@link LoginThrottle}), so parallel tries cannot slip past the free ones. The counts
 * live in this instance's memory: in a cluster each instance throttles on its own, which still
 * bounds guessing to a small multiple of the single-instance rate.
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.signin.free-attempts-per-account", defaultValue = "5")
    int freePerAccount;

    @Inject
    @ConfigProperty(name = "portal.signin.free-attempts-per-address", defaultValue = "20")
    int freePerAddress;

    private LoginThrottle perAccount;
    private LoginThrottle perAddress;
    private volatile Instant lastEviction = Instant.EPOCH;

    @PostConstruct
    void init() {
        Duration window = Duration.ofHours(1);
        perAccount = new LoginThrottle(clock, freePerAccount, Duration.ofSeconds(30), Duration.ofMinutes(15), window);
        perAddress = new LoginThrottle(clock, freePerAddress, Duration.ofSeconds(30), Duration.ofMinutes(15), window);
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
        evictForgottenKeys();
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

    /** Keeps memory bounded under a spray of addresses without scanning the maps on every try. */
    private void evictForgottenKeys() {
        Instant now = clock.instant();
        if (Duration.between(lastEviction, now).compareTo(Duration.ofMinutes(1)) >= 0) {
            lastEviction = now;
            perAccount.evictExpired();
            perAddress.evictExpired();
        }
    }

    private static String accountKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
