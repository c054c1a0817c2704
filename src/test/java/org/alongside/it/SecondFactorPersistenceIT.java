package org.alongside.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alongside.identity.AccountService;
import org.alongside.identity.Role;
import org.alongside.identity.SecondFactorService;
import org.alongside.identity.StaffService;
import org.alongside.platform.AuditEntry;
import org.alongside.platform.AuditTrail;
import org.alongside.privacy.PersonalDataExport;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The second factor over HTTP, as a browser without JavaScript would use it: a coordinator
 * without one reaches nothing but the setup page (and help, privacy) until it is set up; after
 * that a sign-in needs a code, a code works once, a recovery code works once, five wrong codes
 * drop the half-done sign-in, and an administrator's reset ends the person's sessions and asks
 * for a new setup. The database is new for each run, so the addresses below are free.
 */
@SharedPortal
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecondFactorPersistenceIT {

    private static final String PASSWORD = "a quiet amber meadow";
    private static final String COORDINATOR = "second-factor-coordinator@it.example";
    private static final String GUESSED = "second-factor-guessed@it.example";
    private static final String TRAINER = "second-factor-trainer@it.example";
    /** Sets up a second factor of their own, so this test spends no code the others used (two per half minute). */
    private static final String RECOVERER = "second-factor-recoverer@it.example";

    /** Pages with personal data a coordinator reaches once set up, and GET paths behind the same rule. */
    private static final List<String> PERSONAL_PAGES = List.of("/coordinator/home.xhtml", "/coordinator/cohorts.xhtml",
            "/coordinator/invitations.xhtml", "/coordinator/support-requests.xhtml", "/staff/supervision.xhtml",
            "/account/erasure-requests.xhtml", "/account/my-data.xhtml", "/account/my-data.json", "/account/password.xhtml",
            "/directory/index.xhtml");

    private static final Map<String, HttpClient> SESSIONS = new HashMap<>();

    @Inject
    AccountService accounts;

    @Inject
    StaffService staff;

    @Inject
    SecondFactorService secondFactors;

    @Inject
    AuditTrail audit;

    @Inject
    PersonalDataExport export;

    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL deployedAt;

    @Test
    @Order(1)
    void aCoordinatorAndATrainerHaveAccounts() {
        accounts.create(COORDINATOR, "Sena Second", PASSWORD, EnumSet.of(Role.COORDINATOR));
        accounts.create(GUESSED, "Gus Guessed", PASSWORD, EnumSet.of(Role.COORDINATOR));
        accounts.create(TRAINER, "Tara Trainer", PASSWORD, EnumSet.of(Role.TRAINER));
        accounts.create(RECOVERER, "Rory Recoverer", PASSWORD, EnumSet.of(Role.COORDINATOR));
    }

    @Test
    @Order(2)
    @RunAsClient
    void aCoordinatorWithoutASecondFactorReachesOnlyTheSetupPageUntilItIsSetUp() throws Exception {
        HttpClient client = newClient();
        assertEquals(302, passwordStep(client, COORDINATOR, PASSWORD).statusCode(), "the password is right: signed in, to set up");
        for (String path : PERSONAL_PAGES) {
            HttpResponse<String> page = get(client, path);
            assertEquals(302, page.statusCode(), path);
            assertTrue(page.headers().firstValue("Location").orElse("").endsWith("/account/second-factor.xhtml"), path);
        }
        HttpResponse<String> ajax = post(client, "/coordinator/cohorts.xhtml", "jakarta.faces.partial.ajax=true", true);
        assertTrue(ajax.body().contains("<redirect url=\"") && ajax.body().contains("second-factor.xhtml\""), ajax.body());
        HttpResponse<String> form = post(client, "/coordinator/cohorts.xhtml", "cohortForm=cohortForm", false);
        assertEquals(302, form.statusCode(), "a form posted to a coordinator page is refused too");
        assertEquals(200, get(client, "/help.xhtml").statusCode());
        assertEquals(200, get(client, "/privacy.xhtml").statusCode());
        HttpResponse<String> setup = get(client, "/account/second-factor.xhtml");
        assertEquals(200, setup.statusCode());
        assertTrue(setup.body().contains("Your role lets you see other people") && setup.body().contains("data:image/svg+xml;base64,"),
                "the setup page says why, with the QR code as an inline image");

        // A wrong first code does not turn it on.
        HttpResponse<String> wrong = post(client, "/account/second-factor.xhtml",
                "setup=setup&setup%3Acode=000000&setup%3Asubmit=&" + PortalHttp.formState(setup.body()), false);
        assertTrue(wrong.body().contains("That code is not right"), wrong.body());
        assertEquals(302, get(client, "/coordinator/home.xhtml").statusCode(), "still only the setup page");

        SecondFactorClient.enrol(client, base(), COORDINATOR);
        HttpResponse<String> home = get(client, "/coordinator/home.xhtml");
        assertEquals(200, home.statusCode(), "set up: the coordinator's pages open");
        assertFalse(home.body().contains("id=\"signin\""));
        SESSIONS.put(COORDINATOR, client);
    }

    @Test
    @Order(3)
    @RunAsClient
    void nowASignInNeedsACodeAndTheSameCodeWorksOnce() throws Exception {
        HttpClient client = newClient();
        HttpResponse<String> password = passwordStep(client, COORDINATOR, PASSWORD);
        assertEquals(302, password.statusCode());
        assertTrue(password.headers().firstValue("Location").orElse("").contains("/sign-in-code.xhtml"));
        HttpResponse<String> before = get(client, "/coordinator/home.xhtml");
        assertTrue(before.body().contains("id=\"signin\""), "nothing is signed in before the code");

        String code = SecondFactorClient.nextCode(COORDINATOR);
        assertEquals(302, SecondFactorClient.enterCode(client, base(), COORDINATOR, code).statusCode());
        assertEquals(200, get(client, "/coordinator/home.xhtml").statusCode());

        HttpClient replay = newClient();
        passwordStep(replay, COORDINATOR, PASSWORD);
        HttpResponse<String> again = SecondFactorClient.enterCode(replay, base(), COORDINATOR, code);
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("That code is not right, or it was already used"), again.body());
        assertEquals(302, SecondFactorClient.enterCode(replay, base(), COORDINATOR, SecondFactorClient.nextCode(COORDINATOR)).statusCode(),
                "the next code works");
    }

    @Test
    @Order(4)
    @RunAsClient
    void aRecoveryCodeWorksOnce() throws Exception {
        HttpClient setup = newClient();
        SecondFactorClient.finish(setup, base(), passwordStep(setup, RECOVERER, PASSWORD), RECOVERER);
        String recovery = SecondFactorClient.recoveryCodes(RECOVERER).orElseThrow().get(0);
        HttpClient first = newClient();
        passwordStep(first, RECOVERER, PASSWORD);
        HttpResponse<String> used = SecondFactorClient.enterCode(first, base(), RECOVERER, recovery.toLowerCase(java.util.Locale.ROOT));
        assertEquals(302, used.statusCode(), "a recovery code, however typed, signs in");
        HttpResponse<String> home = get(first, "/coordinator/home.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Recovery codes left: 9"), home.body());

        HttpClient second = newClient();
        passwordStep(second, RECOVERER, PASSWORD);
        HttpResponse<String> again = SecondFactorClient.enterCode(second, base(), RECOVERER, recovery);
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("That code is not right"), "the same recovery code is refused the second time");
        assertEquals(302, SecondFactorClient.enterCode(second, base(), RECOVERER, SecondFactorClient.nextCode(RECOVERER)).statusCode());
    }

    @Test
    @Order(5)
    @RunAsClient
    void fiveWrongCodesDropTheHalfDoneSignInAndThePasswordStepThenWaits() throws Exception {
        HttpClient setup = newClient();
        SecondFactorClient.finish(setup, base(), passwordStep(setup, GUESSED, PASSWORD), GUESSED);

        HttpClient guesser = newClient();
        passwordStep(guesser, GUESSED, PASSWORD);
        for (int i = 1; i < 5; i++) {
            HttpResponse<String> wrong = SecondFactorClient.enterCode(guesser, base(), GUESSED, "00000" + i);
            assertEquals(200, wrong.statusCode());
            assertTrue(wrong.body().contains("That code is not right"), "wrong code " + i);
        }
        HttpResponse<String> fifth = SecondFactorClient.enterCode(guesser, base(), GUESSED, "000005");
        assertEquals(302, fifth.statusCode(), "the fifth wrong code sends the person back to the password");
        assertTrue(fifth.headers().firstValue("Location").orElse("").contains("/sign-in.xhtml"));
        assertTrue(get(guesser, "/sign-in-code.xhtml").body().contains("This page is for the code asked for after your password"));
        HttpResponse<String> throttled = passwordStep(guesser, GUESSED, PASSWORD);
        assertEquals(200, throttled.statusCode());
        assertTrue(throttled.body().contains("too many attempts"), "wrong codes count for the sign-in throttle: " + throttled.body());
    }

    @Test
    @Order(6)
    @RunAsClient
    void aTrainerWithoutASecondFactorSignsInWithThePasswordAlone() throws Exception {
        HttpClient client = newClient();
        HttpResponse<String> password = passwordStep(client, TRAINER, PASSWORD);
        assertEquals(302, password.statusCode());
        assertTrue(password.headers().firstValue("Location").orElse("").endsWith("/trainer/home.xhtml"));
        assertEquals(200, get(client, "/trainer/home.xhtml").statusCode());
        assertEquals(200, get(client, "/account/second-factor.xhtml").statusCode(), "a trainer may set one up");
    }

    @Test
    @Order(7)
    void enrolmentRecoveryAndFailuresAreAuditedAndTheExportSaysOnlyWhen() {
        long id = id(COORDINATOR);
        List<String> actions = audit.about(id).stream().map(AuditEntry::getAction).filter(a -> a.startsWith("secondFactor.")).toList();
        assertTrue(actions.containsAll(List.of("secondFactor.enrolled", "secondFactor.codeFailed")), actions.toString());
        assertTrue(audit.about(id(RECOVERER)).stream().anyMatch(e -> "secondFactor.recoveryCodeUsed".equals(e.getAction())));
        assertTrue(audit.about(id(GUESSED)).stream().anyMatch(e -> "secondFactor.signInDropped".equals(e.getAction())));

        String json = export.json(id);
        assertTrue(json.contains("\"secondFactor\"") && json.contains("confirmed_at"), json);
        String stored = (String) em.createNativeQuery("SELECT secret FROM second_factor WHERE account_id = ?").setParameter(1, id).getSingleResult();
        assertTrue(stored.startsWith("v1:"), "the secret is stored encrypted");
        assertFalse(json.contains(stored.substring(3, 20)), "the export never holds the secret");
        assertFalse(json.contains("code_hash"), json);
    }

    @Test
    @Order(8)
    void anAdministratorResetsTheSecondFactorAndTheSessionsEnd() {
        long admin = id("admin@alongside.example");
        long id = id(COORDINATOR);
        long epoch = accounts.sessionState(id).orElseThrow().sessionEpoch();
        staff.resetSecondFactor(admin, id);
        assertTrue(secondFactors.confirmed(id).isEmpty());
        assertEquals(0, secondFactors.unusedRecoveryCodes(id));
        assertNotEquals(epoch, accounts.sessionState(id).orElseThrow().sessionEpoch(), "the person's sessions end");
        assertTrue(audit.about(id).stream().anyMatch(e -> "secondFactor.reset".equals(e.getAction()) && Long.valueOf(admin).equals(e.getActorId())));
    }

    @Test
    @Order(9)
    @RunAsClient
    void afterTheResetTheOldSessionIsSignedOutAndTheNextSignInSetsItUpAgain() throws Exception {
        HttpResponse<String> old = get(SESSIONS.get(COORDINATOR), "/coordinator/home.xhtml");
        assertTrue(old.body().contains("id=\"signin\""), "the session from before the reset is signed out");
        SecondFactorClient.forget(COORDINATOR);
        HttpClient client = newClient();
        HttpResponse<String> password = passwordStep(client, COORDINATOR, PASSWORD);
        assertFalse(password.headers().firstValue("Location").orElse("").contains("/sign-in-code.xhtml"), "no code: there is no second factor");
        assertEquals(302, get(client, "/coordinator/home.xhtml").statusCode(), "set it up again first");
        SecondFactorClient.enrol(client, base(), COORDINATOR);
        assertEquals(200, get(client, "/coordinator/home.xhtml").statusCode());
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    // The client side.

    private String base() throws Exception {
        return PortalHttp.base(deployedAt);
    }

    private static HttpClient newClient() {
        return PortalHttp.newSession();
    }

    private HttpResponse<String> passwordStep(HttpClient client, String email, String password) throws Exception {
        return post(client, "/sign-in.xhtml", PortalHttp.signInForm(get(client, "/sign-in.xhtml").body(), email, password), false);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return PortalHttp.get(client, base() + path);
    }

    private HttpResponse<String> post(HttpClient client, String path, String form, boolean ajax) throws Exception {
        return PortalHttp.post(client, base() + path, form, ajax);
    }
}
