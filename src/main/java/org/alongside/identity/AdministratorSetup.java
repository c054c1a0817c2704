package org.alongside.identity;

import org.alongside.platform.ActionRefused;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.alongside.platform.PortalLinks;
import org.alongside.platform.SecureTokens;
import org.alongside.platform.SharedCaches;
import org.alongside.platform.SharedStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first way in. There is no default password: when the portal starts with no administrator,
 * it prints a one-time setup link to the log, and whoever can read the server's log creates the
 * first administrator with it. With {@code portal.demo=true} it instead seeds one account per role
 * for trying the portal, with a password that is printed once.
 *
 * <p>The setup token is shared by every instance (JCache on the data grid): the first instance to
 * start stores its token and the others use that one, so the link works whichever instance the
 * load balancer sends it to, and only once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class AdministratorSetup {

    private static final Logger LOG = Logger.getLogger(AdministratorSetup.class.getName());

    /** Demo accounts use the reserved {@code .example} domain, so no real mailbox can receive their mail. */
    public static final String DEMO_DOMAIN = "alongside.example";

    @Inject
    AccountService accounts;

    @Inject
    PortalLinks links;

    @Inject
    SharedCaches caches;

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "portal.demo.password")
    Optional<String> demoPassword;

    /** Extra demo trainees (trainee2@…, trainee3@…) for trying the portal with a group, and for the load benchmark. */
    @Inject
    @ConfigProperty(name = "portal.demo.trainees", defaultValue = "1")
    int demoTrainees;

    /** Lets automated installs (and tests) choose the setup token instead of reading it from the log. */
    @Inject
    @ConfigProperty(name = "portal.setup.token")
    Optional<String> configuredSetupToken;

    private static final String TOKEN_KEY = "setup-token";

    /** The one open setup token, if any; lives until the first administrator is made (or every instance restarts). */
    private SharedStore tokens;

    @PostConstruct
    void start() {
        tokens = caches.fromLastChange("alongside.setup", Duration.ofDays(3650));
        if (demo && accounts.count() == 0) {
            seedDemoAccounts();
        }
        if (!accounts.anyAdministrator()) {
            Optional<String> configured = configuredSetupToken.filter(t -> t.length() >= 20);
            // Every instance uses the first one's token, from the data grid.
            tokens.putIfAbsent(TOKEN_KEY, configured.orElseGet(SecureTokens::newLinkToken));
            String setupToken = tokens.get(TOKEN_KEY);
            Optional<String> generated = configured.isPresent() ? Optional.empty() : Optional.of(setupToken);
            LOG.warning(() -> setupNotice(links.to("/setup.xhtml?token="), generated));
        }
    }

    @Lock(LockType.READ)
    public boolean isSetupOpen(String token) {
        String setupToken = tokens.get(TOKEN_KEY);
        if (setupToken == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(setupToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /** Creates the first administrator and closes the setup link for good. */
    @Lock(LockType.WRITE)
    public Account createFirstAdministrator(String token, String email, String displayName, String password) {
        // Taking the token out is the claim: of two instances sent the link at once, one gets it.
        if (!isSetupOpen(token) || accounts.anyAdministrator() || !tokens.remove(TOKEN_KEY, token)) {
            throw new ActionRefused("setup.closed");
        }
        try {
            return accounts.create(email, displayName, password, EnumSet.of(Role.ADMIN));
        } catch (RuntimeException refused) {
            tokens.putIfAbsent(TOKEN_KEY, token);
            throw refused;
        }
    }

    private void seedDemoAccounts() {
        String password = demoPassword.filter(p -> !p.isBlank()).orElseGet(() -> SecureTokens.newHumanCode(4));
        accounts.create("admin@" + DEMO_DOMAIN, "Ada Admin", password, EnumSet.of(Role.ADMIN));
        accounts.create("coordinator@" + DEMO_DOMAIN, "Cora Coordinator", password, EnumSet.of(Role.COORDINATOR));
        accounts.create("trainer@" + DEMO_DOMAIN, "Theo Trainer", password, EnumSet.of(Role.TRAINER));
        accounts.create("trainee@" + DEMO_DOMAIN, "Tamsin Trainee", password, EnumSet.of(Role.TRAINEE));
        for (int n = 2; n <= demoTrainees; n++) {
            accounts.create("trainee" + n + "@" + DEMO_DOMAIN, "Demo Trainee " + n, password, EnumSet.of(Role.TRAINEE));
        }
        boolean configured = demoPassword.filter(p -> !p.isBlank()).isPresent();
        LOG.warning(() -> demoNotice(configured ? Optional.empty() : Optional.of(password)));
    }

    /**
     * What the log says about the setup link. A generated token is printed: reading the log is how
     * a fresh install gets in. A token given by configuration is a secret the operator already
     * holds, and logs are read, shipped and kept far more widely than configuration: the log only
     * says where it comes from.
     */
    static String setupNotice(String addressBeforeToken, Optional<String> generatedToken) {
        return "\n\n    No administrator exists yet. To create the first one, open\n    " + addressBeforeToken
                + generatedToken.map(token -> token + "\n    The link works once, until the portal restarts.\n")
                        .orElse("<token>\n    with the token from PORTAL_SETUP_TOKEN (portal.setup.token). The link works once.\n");
    }

    /** What the log says about the demo accounts: a generated password in full, a configured one not at all. */
    static String demoNotice(Optional<String> generatedPassword) {
        return "\n\n    Demo mode: sign in as admin@, coordinator@, trainer@ or trainee@" + DEMO_DOMAIN
                + "\n    Password for all four: "
                + generatedPassword.orElse("the one given in PORTAL_DEMO_PASSWORD (portal.demo.password)")
                + "\n    (demo accounts are for trying the portal; never enable portal.demo with real people's data)\n";
    }

    @Lock(LockType.READ)
    public boolean isDemo() {
        return demo;
    }
}
