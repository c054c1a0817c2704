package org.alongside.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.alongside.platform.SharedCaches;
import org.alongside.web.RequestRateLimit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many "forgotten password" links may be asked for, per account and per client address, so
 * the form cannot flood someone's inbox. Its own count: asking for links never delays anyone's
 * sign-in (it once shared the sign-in throttle, and five anonymous requests locked a coordinator out).
 */
@ApplicationScoped
public class ResetRequestLimit {

    @Inject
    Clock clock;

    @Inject
    SharedCaches caches;

    @Inject
    @ConfigProperty(name = "portal.reset.requests-per-account-per-hour", defaultValue = "3")
    int perAccountPerHour;

    @Inject
    @ConfigProperty(name = "portal.reset.requests-per-address-per-hour", defaultValue = "10")
    int perAddressPerHour;

    private RequestRateLimit perAccount;
    private RequestRateLimit perAddress;

    @PostConstruct
    void createLimits() {
        Duration hour = Duration.ofHours(1);
        perAccount = new RequestRateLimit(caches.fromCreation("alongside.reset.per-account", hour), clock, perAccountPerHour, hour);
        perAddress = new RequestRateLimit(caches.fromCreation("alongside.reset.per-address", hour), clock, perAddressPerHour, hour);
    }

    /** Counts a request and says whether a link may be sent. Both counts move either way: each is a try. */
    public boolean tryAcquire(String email, String clientAddress) {
        boolean address = perAddress.tryAcquire(clientAddress);
        boolean account = perAccount.tryAcquire(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
        return address && account;
    }
}
