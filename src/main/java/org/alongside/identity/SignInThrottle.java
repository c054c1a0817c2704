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
 * Failed sign-ins, counted per account and per client address. The counts live in this instance's
 * memory: in a cluster each instance throttles on its own, which still bounds guessing to a small
 * multiple of the single-instance rate.
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

    public Duration remainingWait(String email, String address) {
        Duration account = perAccount.remainingWait(accountKey(email));
        Duration client = perAddress.remainingWait(address);
        return account.compareTo(client) >= 0 ? account : client;
    }

    public void recordFailure(String email, String address) {
        perAccount.recordFailure(accountKey(email));
        perAddress.recordFailure(address);
        evictForgottenKeys();
    }

    /** Keeps memory bounded under a spray of addresses without scanning the maps on every failure. */
    private void evictForgottenKeys() {
        Instant now = clock.instant();
        if (Duration.between(lastEviction, now).compareTo(Duration.ofMinutes(1)) >= 0) {
            lastEviction = now;
            perAccount.evictExpired();
            perAddress.evictExpired();
        }
    }

    /** Clears the account's count; the address keeps its count, so one good password cannot launder a spray. */
    public void recordSuccess(String email) {
        perAccount.recordSuccess(accountKey(email));
    }

    private static String accountKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
