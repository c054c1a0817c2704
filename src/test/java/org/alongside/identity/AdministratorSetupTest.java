package org.alongside.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.alongside.platform.InMemoryStore;
import org.alongside.platform.PortalLinks;
import org.alongside.platform.SharedCaches;
import org.alongside.platform.SharedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the first start writes to the log: generated secrets (the only way in), never configured ones. */
class AdministratorSetupTest {

    private static final String CONFIGURED_TOKEN = "configured-setup-token-0123456789";
    private static final String CONFIGURED_PASSWORD = "configured-demo-password";

    private final List<String> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger(AdministratorSetup.class.getName());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord entry) {
            logged.add(entry.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(handler);
    }

    @Test
    void aConfiguredSetupTokenIsNotLoggedButSaysWhereItComesFrom() {
        AdministratorSetup setup = setup(false, Optional.empty(), Optional.of(CONFIGURED_TOKEN));

        setup.start();

        assertThat(String.join("\n", logged)).doesNotContain(CONFIGURED_TOKEN)
                .contains("PORTAL_SETUP_TOKEN").contains("https://portal.example/setup.xhtml?token=<token>");
        assertThat(setup.isSetupOpen(CONFIGURED_TOKEN)).isTrue();
    }

    @Test
    void aGeneratedSetupTokenIsLoggedAsTheWholeLink() {
        AdministratorSetup setup = setup(false, Optional.empty(), Optional.empty());

        setup.start();

        String log = String.join("\n", logged);
        String token = log.replaceAll("(?s).*setup\\.xhtml\\?token=(\\S+).*", "$1");
        assertThat(token).hasSizeGreaterThanOrEqualTo(20);
        assertThat(setup.isSetupOpen(token)).isTrue();
    }

    @Test
    void aConfiguredDemoPasswordIsNotLogged() {
        FakeAccounts accounts = new FakeAccounts();
        AdministratorSetup setup = setup(accounts, true, Optional.of(CONFIGURED_PASSWORD), Optional.of(CONFIGURED_TOKEN));

        setup.start();

        assertThat(String.join("\n", logged)).doesNotContain(CONFIGURED_PASSWORD).contains("PORTAL_DEMO_PASSWORD");
        assertThat(accounts.passwords).containsOnly(CONFIGURED_PASSWORD);
    }

    @Test
    void aGeneratedDemoPasswordIsLogged() {
        FakeAccounts accounts = new FakeAccounts();
        AdministratorSetup setup = setup(accounts, true, Optional.empty(), Optional.of(CONFIGURED_TOKEN));

        setup.start();

        assertThat(accounts.passwords).hasSize(1);
        assertThat(String.join("\n", logged)).contains("Password for all four: " + accounts.passwords.iterator().next());
    }

    private static AdministratorSetup setup(boolean demo, Optional<String> demoPassword, Optional<String> token) {
        return setup(new FakeAccounts(), demo, demoPassword, token);
    }

    private static AdministratorSetup setup(FakeAccounts accounts, boolean demo, Optional<String> demoPassword,
                                            Optional<String> token) {
        AdministratorSetup setup = new AdministratorSetup();
        setup.accounts = accounts;
        setup.links = new PortalLinks() {
            @Override
            public String to(String pathAndQuery) {
                return "https://portal.example" + pathAndQuery;
            }
        };
        setup.demo = demo;
        setup.demoPassword = demoPassword;
        setup.demoTrainees = 1;
        setup.configuredSetupToken = token;
        // One instance's view of the data grid.
        setup.caches = new SharedCaches() {
            @Override
            public SharedStore fromLastChange(String name, Duration lifetime) {
                return new InMemoryStore();
            }
        };
        return setup;
    }

    /** An empty database: no accounts, no administrator; demo accounts are only counted, not stored. */
    private static final class FakeAccounts extends AccountService {
        final Set<String> passwords = new java.util.HashSet<>();

        @Override
        public long count() {
            return 0;
        }

        @Override
        public boolean anyAdministrator() {
            return false;
        }

        @Override
        public Account create(String email, String displayName, String password, Set<Role> roles) {
            passwords.add(password);
            return null;
        }
    }
}
