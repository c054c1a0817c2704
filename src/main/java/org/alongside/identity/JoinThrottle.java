package org.alongside.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.alongside.platform.SharedCaches;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wrong invitation codes per client address, limited as password tries are ({@link LoginThrottle}):
 * a code is a key to an account, so guessing them is held to the same pace, counted across every
 * instance.
 */
@ApplicationScoped
public class JoinThrottle {

    @Inject
    Clock clock;

    @Inject
    SharedCaches caches;

    @Inject
    @ConfigProperty(name = "portal.join.free-attempts-per-address", defaultValue = "10")
    int freePerAddress;

    private LoginThrottle perAddress;

    @PostConstruct
    void init() {
        Duration window = Duration.ofHours(1);
        perAddress = new LoginThrottle(caches.fromLastChange("alongside.join.per-address", window), clock,
                freePerAddress, Duration.ofSeconds(30), Duration.ofMinutes(15), window);
    }

    /** Counts a try from the address, or says how long it must wait (see {@link LoginThrottle#tryAttempt}). */
    public Duration tryAttempt(String address) {
        return perAddress.tryAttempt(address);
    }

    /** The code was a real one (whether or not the account could be made): the try does not count. */
    public void codeWasReal(String address) {
        perAddress.refund(address);
    }
}
