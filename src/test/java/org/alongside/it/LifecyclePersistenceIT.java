package org.alongside.it;

import org.alongside.platform.ActionRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alongside.identity.Account;
import org.alongside.identity.AccountDetailsService;
import org.alongside.identity.AccountService;
import org.alongside.identity.PasswordResetService;
import org.alongside.identity.Role;
import org.alongside.identity.StaffService;
import org.alongside.platform.AuditEntry;
import org.alongside.platform.AuditTrail;
import org.alongside.platform.mail.MailService;
import org.alongside.platform.mail.OutboxMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Sessions end when access ends. People sign in through the real form (steps run as a client,
 * each with its own cookies), their accounts are changed inside the server, and the next request
 * of each old session is answered as signed out. The database is new for each run, so the
 * addresses below are free.
 */
@SharedPortal
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifecyclePersistenceIT {

    private static final String PASSWORD = "a calm green river";
    private static final String NEW_PASSWORD = "a slow brown canal";
    private static final String SWITCHED_OFF = "lifecycle-off@it.example";
    private static final String REROLED = "lifecycle-roles@it.example";
    private static final String RESET = "lifecycle-reset@it.example";
    private static final String CHANGER = "lifecycle-changer@it.example";
    private static final String GUESSED = "lifecycle-guessed@it.example";
    private static final String FORGETFUL = "lifecycle-forgetful@it.example";

    /** The client side's signed-in sessions, kept from one client step to the next. */
    private static final Map<String, HttpClient> SESSIONS = new HashMap<>();

    @Inject
    AccountService accounts;

    @Inject
    StaffService staff;

    @Inject
    PasswordResetService resets;

    @Inject
    AccountDetailsService details;

    @Inject
    MailService mail;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @ArquillianResource
    URL deployedAt;

    @Test
    @Order(1)
    void peopleHaveAccounts() {
        accounts.create(GUESSED, "Gus Guessed", PASSWORD, EnumSet.of(Role.TRAINER));
        accounts.create(FORGETFUL, "Fern Forgetful", PASSWORD, EnumSet.of(Role.TRAINER));
        accounts.create(SWITCHED_OFF, "Olive Off", PASSWORD, EnumSet.of(Role.TRAINER));
        accounts.create(REROLED, "Rory Roles", PASSWORD, EnumSet.of(Role.TRAINER));
        accounts.create(RESET, "Rhea Reset", PASSWORD, EnumSet.of(Role.TRAINEE));
        accounts.create(CHANGER, "Cass Changer", PASSWORD, EnumSet.of(Role.TRAINEE));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theySignInAndAPasswordChangeKeepsOnlyTheSessionThatMadeIt() throws Exception {
        for (String email : List.of(SWITCHED_OFF, REROLED, RESET)) {
            SESSIONS.put(email, signIn(email, PASSWORD));
            assertSignedIn(SESSIONS.get(email), email);
        }
        HttpClient here = signIn(CHANGER, PASSWORD);
        HttpClient elsewhere = signIn(CHANGER, PASSWORD);
        assertSignedIn(elsewhere, CHANGER);

        String page = get(here, "/account/password.xhtml").body();
        String form = "change=change&change%3Acurrent=" + PortalHttp.encode(PASSWORD) + "&change%3Apassword=" + PortalHttp.encode(NEW_PASSWORD)
                + "&change%3Aconfirmation=" + PortalHttp.encode(NEW_PASSWORD) + "&change%3Asubmit=&" + PortalHttp.formState(page);
        HttpResponse<String> changed = post(here, "/account/password.xhtml", form, false);
        assertEquals(200, changed.statusCode());
        assertTrue(changed.body().contains("Your password has been changed."), changed.body());

        assertSignedIn(here, CHANGER);
        assertSignedOut(elsewhere);
    }

    @Test
    @Order(3)
    void anAdministratorSwitchesOneOffAndChangesAnothersRolesAndAPasswordIsReset() {
        long admin = id("admin@alongside.example");
        assertRefused("staff.notAdministrator", () -> staff.setActive(id(REROLED), id(SWITCHED_OFF), false));
        assertRefused("staff.notYourself", () -> staff.setActive(admin, admin, false));
        assertRefused("staff.rolesNotYourself", () -> staff.changeRoles(admin, admin, EnumSet.of(Role.TRAINER)));
        assertRefused("staff.notStaff", () -> staff.changeRoles(admin, id(RESET), EnumSet.of(Role.TRAINER)));

        staff.setActive(admin, id(SWITCHED_OFF), false);
        staff.changeRoles(admin, id(REROLED), EnumSet.of(Role.COORDINATOR));
        assertEquals(EnumSet.of(Role.COORDINATOR), accounts.findByEmail(REROLED).orElseThrow().getRoles());

        resets.requestReset(RESET, Locale.ENGLISH);
        OutboxMessage resetMail = newestMailTo(RESET);
        String token = token(resetMail.getBody());
        assertFalse(resetMail.getShownBody().contains(token), "the outbox never shows a live link");
        assertTrue(resetMail.getShownBody().contains("it is not shown in the outbox"), resetMail.getShownBody());
        resets.resetPassword(token, NEW_PASSWORD);

        assertEquals(List.of("account.switchedOff"), actions(SWITCHED_OFF, "account.switched"));
        AuditEntry roles = audit.about(id(REROLED)).stream().filter(e -> e.getAction().equals("account.rolesChanged")).findFirst().orElseThrow();
        assertEquals("TRAINER -> COORDINATOR", roles.getDetail());
        assertEquals(List.of("account.signedIn"), actions(REROLED, "account.signedIn"), "each sign-in is audited");
    }

    @Test
    @Order(4)
    @RunAsClient
    void theirOpenSessionsAreSignedOutAtTheirNextRequest() throws Exception {
        assertSignedOut(SESSIONS.get(SWITCHED_OFF));

        // An Ajax request gets a Faces redirect to the sign-in page, which the browser follows.
        HttpResponse<String> ajax = post(SESSIONS.get(REROLED), "/account/password.xhtml",
                "jakarta.faces.partial.ajax=true&jakarta.faces.source=name%3Asubmit&name=name", true);
        assertEquals(200, ajax.statusCode());
        assertTrue(ajax.body().contains("<redirect url=\"") && ajax.body().contains("sign-in.xhtml\""), ajax.body());
        assertSignedOut(SESSIONS.get(REROLED));

        assertSignedOut(SESSIONS.get(RESET));

        // The switched-off account cannot sign in again; the others can, with what changed.
        HttpResponse<String> refused = signInResponse(newClient(), SWITCHED_OFF, PASSWORD);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("The e-mail address or password is not right."));
        assertSignedIn(signIn(RESET, NEW_PASSWORD), RESET);
        assertSignedIn(signIn(REROLED, PASSWORD), REROLED);
    }

    @Test
    @Order(5)
    void aFailedSignInIsAuditedAgainstTheAccountItNamed() {
        assertEquals(List.of("account.signInFailed"), actions(SWITCHED_OFF, "account.signInFailed"));
    }

    @Test
    @Order(6)
    @RunAsClient
    void twentyParallelWrongPasswordsGetOnlyTheFreeFiveChecked() throws Exception {
        List<HttpClient> clients = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            HttpClient client = newClient();
            clients.add(client);
            forms.add(PortalHttp.signInForm(get(client, "/sign-in.xhtml").body(), GUESSED, "wrong guess " + i));
        }
        // All twenty at once: each is its own session, as a script spraying guesses would be.
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(clients.get(i).sendAsync(postRequest("/sign-in.xhtml", forms.get(i)), HttpResponse.BodyHandlers.ofString()));
        }
        int checked = 0;
        int held = 0;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            String body = answer.get(60, TimeUnit.SECONDS).body();
            if (body.contains("The e-mail address or password is not right")) {
                checked++;
            } else if (body.contains("too many attempts to sign in")) {
                held++;
            }
        }
        assertEquals(5, checked, "the free tries for one account, however many arrive at once");
        assertEquals(15, held);
        // The owner, with the right password, waits like everyone else until the wait is over.
        assertTrue(signInResponse(newClient(), GUESSED, PASSWORD).body().contains("too many attempts to sign in"));
    }

    @Test
    @Order(7)
    void onlyTheCheckedTriesWereEvaluated() {
        assertEquals(5, actions(GUESSED, "account.signInFailed").size());
    }

    @Test
    @Order(8)
    @RunAsClient
    void forgottenPasswordRequestsNeverLockSignInAndAlwaysGetTheSameAnswer() throws Exception {
        HttpClient anonymous = newClient();
        for (int i = 0; i < 8; i++) {
            String page = get(anonymous, "/forgot-password.xhtml").body();
            String form = "forgot=forgot&forgot%3Aemail=" + PortalHttp.encode(FORGETFUL) + "&forgot%3Asubmit=&" + PortalHttp.formState(page);
            HttpResponse<String> answer = post(anonymous, "/forgot-password.xhtml", form, false);
            // Redirect after POST: the page's own address then says it once.
            assertEquals(302, answer.statusCode(), "request " + (i + 1));
            String told = PortalHttp.get(anonymous, URI.create(base()).resolve(answer.headers().firstValue("Location").orElseThrow()).toString()).body();
            assertTrue(told.contains("If that address has an account, we have sent it a link"), "request " + (i + 1));
        }
        assertSignedIn(signIn(FORGETFUL, PASSWORD), FORGETFUL);
    }

    @Test
    @Order(9)
    void resetLinksAreLimitedPerAccount() {
        assertEquals(3, mail.newestFirst(0, 500).stream().filter(m -> m.getRecipient().equals(FORGETFUL)).count(),
                "three links an hour, the rest held back without a different answer");
    }

    @Test
    void aNewAddressTakesEffectOnlyOnceItsLinkIsOpened() {
        String oldEmail = unique("ena");
        String newEmail = unique("ena-new");
        long id = accounts.create(oldEmail, "Ena Email", PASSWORD, EnumSet.of(Role.TRAINEE)).getId();
        assertRefused("password.currentWrong", () -> details.requestEmailChange(id, "not my password", newEmail, Locale.ENGLISH));
        assertRefused("account.email.same", () -> details.requestEmailChange(id, PASSWORD, oldEmail.toUpperCase(Locale.ROOT), Locale.ENGLISH));
        assertRefused("account.emailTaken", () -> details.requestEmailChange(id, PASSWORD, RESET, Locale.ENGLISH));

        details.requestEmailChange(id, PASSWORD, newEmail, Locale.ENGLISH);
        assertEquals(oldEmail, accounts.find(id).orElseThrow().getEmail(), "nothing changes before the link is opened");
        assertTrue(accounts.findByEmail(newEmail).isEmpty());
        assertTrue(accounts.verifyCredentials(oldEmail, PASSWORD).isPresent());
        long epoch = accounts.sessionState(id).orElseThrow().sessionEpoch();

        OutboxMessage confirmation = newestMailTo(newEmail);
        String token = token(confirmation.getBody());
        assertFalse(confirmation.getShownBody().contains(token));
        assertEquals(Optional.of(newEmail), details.pendingAddress(token));
        assertTrue(details.pendingAddress("not-the-token").isEmpty());

        assertEquals(newEmail, details.confirmEmailChange(token, Locale.ENGLISH));
        assertEquals(newEmail, accounts.find(id).orElseThrow().getEmail());
        assertTrue(accounts.verifyCredentials(newEmail, PASSWORD).isPresent());
        assertTrue(accounts.verifyCredentials(oldEmail, PASSWORD).isEmpty());
        assertEquals(epoch + 1, accounts.sessionState(id).orElseThrow().sessionEpoch(), "sessions under the old address end");
        assertEquals("Your Alongside e-mail address has changed", newestMailTo(oldEmail).getSubject(), "the old address is told");
        assertRefused("account.email.linkInvalid", () -> details.confirmEmailChange(token, Locale.ENGLISH));
        assertEquals(List.of("account.emailChanged", "account.emailChangeRequested"), actions(newEmail, "account.email"));
    }

    @Test
    void anErasedAccountHasNoSessionState() throws Exception {
        long id = accounts.create(unique("gone"), "Gone", PASSWORD, EnumSet.of(Role.TRAINEE)).getId();
        assertTrue(accounts.sessionState(id).orElseThrow().active());
        transaction.begin();
        em.remove(em.find(Account.class, id));
        transaction.commit();
        assertTrue(accounts.sessionState(id).isEmpty(), "the mechanism then treats its sessions as signed out");
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    private List<String> actions(String email, String prefix) {
        return audit.about(id(email)).stream().map(AuditEntry::getAction).filter(a -> a.startsWith(prefix)).toList();
    }

    private OutboxMessage newestMailTo(String email) {
        return mail.newestFirst(0, 100).stream().filter(m -> m.getRecipient().equals(email)).findFirst().orElseThrow();
    }

    private static String token(String body) {
        Matcher link = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
        assertTrue(link.find(), body);
        return link.group(1);
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static void assertRefused(String messageKey, Runnable action) {
        ActionRefused refused = assertThrows(ActionRefused.class, action::run);
        assertEquals(messageKey, refused.messageKey());
    }

    // The client side: the portal over HTTP, as a browser without JavaScript would use it.

    private String base() throws Exception {
        return PortalHttp.base(deployedAt);
    }

    private static HttpClient newClient() {
        return PortalHttp.newSession();
    }

    /** Signs in through the form, and with a second factor when the person has one or must set one up. */
    private HttpClient signIn(String email, String password) throws Exception {
        HttpClient client = newClient();
        SecondFactorClient.finish(client, base(), signInResponse(client, email, password), email);
        return client;
    }

    private HttpResponse<String> signInResponse(HttpClient client, String email, String password) throws Exception {
        return post(client, "/sign-in.xhtml", PortalHttp.signInForm(get(client, "/sign-in.xhtml").body(), email, password), false);
    }

    private void assertSignedIn(HttpClient client, String email) throws Exception {
        HttpResponse<String> page = get(client, "/account/password.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("You are signed in as " + email), email + " is signed in");
    }

    /** The account page answers with the sign-in form and says why. */
    private void assertSignedOut(HttpClient client) throws Exception {
        HttpResponse<String> page = get(client, "/account/password.xhtml");
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("You are signed in as"), "the old session is signed out");
        assertTrue(page.body().contains("id=\"signin\""), "the sign-in form is shown");
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return PortalHttp.get(client, base() + path);
    }

    private HttpRequest postRequest(String path, String form) throws Exception {
        return PortalHttp.postRequest(base() + path, form, false);
    }

    private HttpResponse<String> post(HttpClient client, String path, String form, boolean ajax) throws Exception {
        return PortalHttp.post(client, base() + path, form, ajax);
    }

}
