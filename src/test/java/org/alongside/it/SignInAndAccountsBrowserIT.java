package org.alongside.it;

import static org.alongside.it.PortalFixture.DAY_ONE_MODULE;
import static org.alongside.it.PortalFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;

/**
 * Sign-in and accounts in the browser: the first administrator's one-time setup link, signing in
 * by keyboard, staff who choose their own passwords and set up a second factor, wrong passwords
 * and throttling, a forgotten password reset by e-mail (through GreenMail), signing out, changing
 * one's own password, name and address, an account switched off or erased, the audit trail and
 * a person's own data.
 */
class SignInAndAccountsBrowserIT extends PortalBrowserTestBase {

    private static final PortalFixture FIXTURE = new PortalFixture(SignInAndAccountsBrowserIT.class);
    /** A trainer's password after they reset it by e-mail. */
    private static final String RESET_PASSWORD = "a new kettle on the hob";
    /** A trainee's password after they change it themselves. */
    private static final String CHANGED_PASSWORD = "the kettle is boiling again";

    @Test
    void theFirstAdministratorIsCreatedWithTheOneTimeSetupLink() throws Exception {
        browser.open("/setup.xhtml?token=not-the-token");
        assertThat(browser.text()).contains("This setup link is not valid");
        browser.assertAccessible();

        // The first administrator is made with the link once per run (PortalFixture checks the page as it goes).
        PortalFixture.administrator();
        browser.forgetSession();
        browser.open("/setup.xhtml?token=" + PortalFixture.SETUP_TOKEN);
        assertThat(browser.text()).contains("This setup link is not valid");
    }

    @Test
    void signingInByKeyboardChangesTheSessionIdAndLandsOnTheRolesHome() throws Exception {
        String admin = FIXTURE.staff("ada", "Ada Admin", "staffForm:roles:2");
        browser.open("/sign-in.xhtml");
        browser.assertAccessible();
        browser.screenshots("sign-in");
        String before = browser.sessionId();
        assertThat(before).isNotNull();

        // By keyboard alone: the first Tab stop skips to the content, then the form is filled and sent.
        browser.pressTab();
        assertThat(browser.focusedText()).isEqualTo("Skip to main content");
        browser.tabTo("signin:email");
        browser.typeThenPress(admin, Keys.TAB);
        assertThat(browser.focusedId()).isEqualTo("signin:password");
        browser.typeThenPress(PASSWORD, Keys.ENTER);

        // An administrator must set up a second factor before anything else opens.
        assertThat(browser.path()).isEqualTo("/account/second-factor.xhtml");
        finishSecondFactor(admin);
        assertThat(browser.path()).isEqualTo("/admin/home.xhtml");
        assertThat(browser.title()).isEqualTo("Administration");
        assertThat(browser.cookieHeader()).isNotNull().isNotEqualTo(before);
        assertThat(browser.sessionCookie().isHttpOnly()).isTrue();
        assertThat(browser.sessionCookie().getSameSite()).isEqualToIgnoringCase("Lax");
        browser.assertAccessible();
        browser.screenshots("admin-home");
    }

    @Test
    void anAdministratorCreatesStaffWhoChooseTheirOwnPasswords() throws Exception {
        String coordinator = FIXTURE.email("cora");
        String trainer = FIXTURE.email("theo");
        signIn(PortalFixture.administrator(), PASSWORD);
        browser.open("/admin/staff.xhtml");
        browser.assertAccessible();
        createStaff("Cora Coordinator", coordinator, "staffForm:roles:1");
        createStaff("Theo Trainer", trainer, "staffForm:roles:0");
        assertThat(browser.text()).contains(coordinator, trainer);
        browser.assertAccessible();

        String coordinatorLink = linkFromMailTo(coordinator, "Your Alongside account is ready");
        String trainerLink = linkFromMailTo(trainer, "Your Alongside account is ready");

        // Delivered mail stays listed in the outbox, without its text (it held a password link).
        // The SMTP server has the messages a moment before the outbox records them as sent.
        browser.openUntil("/admin/outbox.xhtml", text -> !text.contains("Waiting to send"));
        assertThat(browser.text()).contains("E-mail is sent through the mail server", coordinator, trainer, "Sent")
                .doesNotContain(coordinatorLink);
        browser.assertAccessible();

        signOut();
        choosePassword(coordinatorLink, PASSWORD);
        coordinatorSetsUpASecondFactorThenSignsInWithACode(coordinator);
        assertThat(browser.path()).isEqualTo("/coordinator/home.xhtml");
        browser.assertAccessible();
        browser.screenshots("coordinator-home");

        signOut();
        choosePassword(trainerLink, PASSWORD);
        signIn(trainer, PASSWORD);
        assertThat(browser.path()).isEqualTo("/trainer/home.xhtml");
        browser.assertAccessible();
        browser.screenshots("trainer-home");
        signOut();
    }

    /**
     * A coordinator's first sign-in: the setup page comes first, and nothing else opens; the
     * coordinator scans (here: reads) the secret, confirms a first code, keeps the recovery codes,
     * signs out, and signs in again with password and code.
     */
    private static void coordinatorSetsUpASecondFactorThenSignsInWithACode(String coordinator) throws Exception {
        browser.open("/sign-in.xhtml");
        browser.type("signin:email", coordinator);
        browser.type("signin:password", PASSWORD);
        browser.click("signin:submit");
        assertThat(browser.path()).isEqualTo("/account/second-factor.xhtml");
        assertThat(browser.text()).contains("Your role lets you see other people", "scan this QR code");
        assertThat(browser.find("qrCode").getDomAttribute("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(browser.find("qrCode").getDomProperty("naturalWidth")).as("the CSP lets the inline QR code show").isNotEqualTo("0");
        browser.assertAccessible();
        browser.screenshots("second-factor-setup");
        browser.open("/coordinator/cohorts.xhtml");
        assertThat(browser.path()).as("nothing else opens before the setup").isEqualTo("/account/second-factor.xhtml");

        browser.type("setup:code", "000000");
        browser.click("setup:submit");
        assertThat(browser.messages()).contains("That code is not right");
        List<String> recoveryCodes = enrolSecondFactor(coordinator);
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        browser.assertAccessible();
        browser.screenshots("second-factor-recovery-codes");
        browser.click("continue");
        assertThat(browser.path()).isEqualTo("/coordinator/cohorts.xhtml");

        browser.click("signOutForm:signOut");
        browser.forgetSession();
        browser.open("/sign-in.xhtml");
        browser.type("signin:email", coordinator);
        browser.type("signin:password", PASSWORD);
        browser.click("signin:submit");
        assertThat(browser.path()).isEqualTo("/sign-in-code.xhtml");
        browser.assertAccessible();
        browser.screenshots("sign-in-code");
        browser.type("code:value", "123 456");
        browser.click("code:submit");
        assertThat(browser.messages()).contains("That code is not right");
        browser.type("code:value", SecondFactorClient.nextCode(coordinator));
        browser.click("code:submit");
        assertThat(browser.path()).isEqualTo("/coordinator/home.xhtml");

        browser.open("/account/second-factor.xhtml");
        assertThat(browser.text()).contains("Your second factor is on", "Recovery codes not yet used: 10");
        assertThat(browser.findAll("[id='manage:remove']")).as("a coordinator cannot turn it off").isEmpty();
        browser.assertAccessible();
        browser.screenshots("second-factor-manage");
        browser.open("/coordinator/home.xhtml");
    }

    @Test
    void aWrongPasswordSaysSoAndKeepsTheEmail() throws Exception {
        String trainer = FIXTURE.staff("sam", "Sam Trainer", "staffForm:roles:0");
        browser.open("/sign-in.xhtml");
        browser.type("signin:email", trainer);
        browser.type("signin:password", "not my password at all");
        browser.click("signin:submit");

        assertThat(browser.path()).startsWith("/sign-in.xhtml");
        assertThat(browser.messages()).contains("The e-mail address or password is not right");
        assertThat(browser.value("signin:email")).isEqualTo(trainer);
        assertThat(browser.value("signin:password")).isEmpty();
        browser.assertAccessible();
        browser.screenshots("sign-in-wrong-password");

        browser.type("signin:email", "");
        browser.click("signin:submit");
        assertThat(browser.messages()).contains("Please enter your e-mail address.");
    }

    @Test
    void repeatedFailuresAreThrottled() throws Exception {
        String target = FIXTURE.email("nobody");
        for (int attempt = 0; attempt < 5; attempt++) {
            browser.open("/sign-in.xhtml");
            browser.type("signin:email", target);
            browser.type("signin:password", "guess number " + attempt);
            browser.click("signin:submit");
            assertThat(browser.messages()).contains("The e-mail address or password is not right");
        }
        browser.type("signin:password", "one more guess");
        browser.click("signin:submit");
        assertThat(browser.messages()).contains("There have been too many attempts to sign in");
    }

    @Test
    void forgottenPasswordsAreResetByAOneTimeLink() throws Exception {
        String trainer = FIXTURE.staff("theo-reset", "Theo Trainer", "staffForm:roles:0");
        String unknown = FIXTURE.email("no-such-person");
        Predicate<SmtpInbox.Mail> toEither = mail -> mail.recipient().equalsIgnoreCase(trainer) || mail.recipient().equalsIgnoreCase(unknown);
        long mailBefore = SmtpInbox.count(toEither);
        browser.open("/forgot-password.xhtml");
        browser.assertAccessible();
        browser.type("forgot:email", unknown);
        browser.click("forgot:submit");
        String unknownAnswer = browser.messages();

        browser.open("/forgot-password.xhtml");
        browser.type("forgot:email", trainer.toUpperCase());
        browser.click("forgot:submit");
        assertThat(browser.messages()).isEqualTo(unknownAnswer).contains("If that address has an account");

        String resetLink = linkFromMailTo(trainer, "Choose a new password");
        assertThat(SmtpInbox.count(toEither)).as("one mail, to the trainer only")
                .isEqualTo(mailBefore + 1);

        browser.open(resetLink);
        browser.assertAccessible();
        browser.type("reset:password", RESET_PASSWORD);
        browser.type("reset:confirmation", "a new kettle on the hob!");
        browser.click("reset:submit");
        assertThat(browser.messages()).contains("The two passwords are not the same");
        browser.type("reset:password", RESET_PASSWORD);
        browser.type("reset:confirmation", RESET_PASSWORD);
        browser.click("reset:submit");
        assertThat(browser.messages()).contains("Your password is saved");

        signIn(trainer, RESET_PASSWORD);
        assertThat(browser.path()).isEqualTo("/trainer/home.xhtml");
        signOut();

        browser.open(resetLink);
        assertThat(browser.text()).contains("This link has expired or has already been used");
        browser.assertAccessible();
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() throws Exception {
        String trainee = FIXTURE.group("accounts").trainee("tam-out", "Tam Trainee");
        signIn(trainee, PASSWORD);
        String signedInSession = browser.cookieHeader();
        browser.click("signOutForm:signOut");

        assertThat(browser.path()).startsWith("/sign-in.xhtml");
        assertThat(browser.text()).contains("You have signed out");
        HttpResponse<String> replay = get("/trainee/home.xhtml", signedInSession);
        assertThat(replay.body()).contains("id=\"signin\"").doesNotContain("Your course");
        browser.open("/trainee/home.xhtml");
        assertThat(browser.title()).isEqualTo("Sign in");
    }

    @Test
    void aSignedInPersonChangesTheirOwnPassword() throws Exception {
        String trainee = FIXTURE.group("accounts").trainee("tam-password", "Tam Trainee");
        signIn(trainee, PASSWORD);
        browser.open("/account/password.xhtml");
        assertThat(browser.text()).contains("You are signed in as " + trainee);
        browser.assertAccessible();

        browser.type("change:current", "not my current password");
        browser.type("change:password", CHANGED_PASSWORD);
        browser.type("change:confirmation", CHANGED_PASSWORD);
        browser.click("change:submit");
        assertThat(browser.messages()).contains("Your current password is not right");

        browser.type("change:current", PASSWORD);
        browser.type("change:password", CHANGED_PASSWORD);
        browser.type("change:confirmation", CHANGED_PASSWORD);
        browser.click("change:submit");
        assertThat(browser.messages()).contains("Your password has been changed.");
        browser.assertAccessible();

        signOut();
        signIn(trainee, CHANGED_PASSWORD);
        assertThat(browser.path()).isEqualTo("/trainee/home.xhtml");
    }

    @Test
    void theRecordsKeptTheAuditTrailAndThePrivacyNoticeCanBeReadAndChecked() throws Exception {
        FIXTURE.group("accounts").trainee("tam-audited", "Tam Trainee");
        signIn(PortalFixture.administrator(), PASSWORD);
        browser.open("/admin/retention.xhtml");
        assertThat(browser.title()).isEqualTo("Keeping records");
        browser.assertAccessible();
        browser.screenshots("admin-retention");
        browser.click("chain:check");
        assertThat(browser.text()).contains("The audit trail is intact");
        signOut();

        signIn(PortalFixture.coordinator(), PASSWORD);
        browser.open("/coordinator/audit.xhtml");
        browser.type("filter:person", "Tam");
        browser.click("filter:search");
        assertThat(browser.text()).contains("Tam Trainee");
        browser.assertAccessible();
        browser.screenshots("coordinator-audit");
        signOut();

        browser.open("/privacy.xhtml");
        assertThat(browser.title()).isEqualTo("Privacy notice");
        browser.assertAccessible();
        browser.screenshots("privacy");
    }

    @Test
    void aTraineeDownloadsTheirDataAndFindsTheirReflectionInIt() throws Exception {
        PortalFixture.Group group = FIXTURE.group("accounts");
        String trainee = group.agreedTrainee("tam-data", "Tam Trainee");
        group.reflectionHandedIn(trainee, DAY_ONE_MODULE);
        signIn(trainee, PASSWORD);
        browser.open("/account/my-data.xhtml");
        browser.assertAccessible();
        browser.screenshots("account-my-data");
        HttpResponse<String> file = get("/account/my-data.json", browser.cookieHeader());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("\"format\"", "What stayed with me is how much listening matters", trainee)
                .doesNotContain("password_hash", PASSWORD);
        browser.click("readable");
        assertThat(browser.text()).contains("What stayed with me is how much listening matters");
        browser.assertAccessible();
        browser.screenshots("account-my-data-report");
        signOut();
    }

    @Test
    void aSwitchedOffTrainersOpenTabGetsTheSignInPageAtItsNextClick() throws Exception {
        String trainer = FIXTURE.staff("theo-off", "Theo Trainer", "staffForm:roles:0");
        signIn(trainer, PASSWORD);
        browser.open("/trainer/queue.xhtml");
        Set<Cookie> trainersTab = browser.sessionCookies();

        browser.forgetSession();
        signIn(PortalFixture.administrator(), PASSWORD);
        browser.open("/admin/staff.xhtml");
        browser.type("lookup:email", trainer);
        browser.click("lookup:find");
        assertThat(browser.text()).contains("Theo Trainer");
        browser.assertAccessible();
        browser.clickFirst("#lookup\\:foundAccount button");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Theo Trainer can no longer sign in.");
        signOut();

        browser.resumeSession(trainersTab);
        browser.open("/trainer/queue.xhtml");
        assertThat(browser.text()).contains("You have been signed out").doesNotContain("Reflections to grade");
        assertThat(browser.findAll("#sessionEndedNotice")).hasSize(1);
        signIn(trainer, PASSWORD);
        assertThat(browser.messages()).contains("The e-mail address or password is not right");
    }

    @Test
    void aTraineeRenamesThemselvesAndMovesToANewAddressOnceTheyOpenTheLinkSentThere() throws Exception {
        String trainee = FIXTURE.group("accounts").trainee("tam-rename", "Tam Trainee");
        String moved = FIXTURE.email("tam-moved");
        signIn(trainee, PASSWORD);
        browser.open("/account/password.xhtml");
        browser.type("name:displayName", "Tam T");
        browser.click("name:submit");
        assertThat(browser.messages()).contains("Your name has been saved.");
        assertThat(browser.findAll(".site-account__label").get(0).getText()).isEqualTo("Tam T");

        browser.type("emailChange:email", moved);
        browser.type("emailChange:emailPassword", PASSWORD);
        browser.click("emailChange:submit");
        assertThat(browser.messages()).contains("We have sent a link to " + moved);
        assertThat(browser.find("pendingEmail").getText()).contains(moved);
        signOut();

        browser.open(linkFromMailTo(moved, "Confirm your new e-mail address"));
        assertThat(browser.text()).contains("Use " + moved + " to sign in to Alongside from now on?");
        browser.assertAccessible();
        browser.screenshots("confirm-email");
        browser.click("confirm:submit");
        assertThat(browser.messages()).contains("Your e-mail address is now " + moved);
        assertThat(mailTo(trainee, "Your Alongside e-mail address has changed")).contains(moved);

        signIn(trainee, PASSWORD);
        assertThat(browser.messages()).contains("The e-mail address or password is not right");
        signIn(moved, PASSWORD);
        assertThat(browser.findAll(".site-account__label").get(0).getText()).isEqualTo("Tam T");
    }

    @Test
    void aCoordinatorErasesAnAccountAndThePersonCanNoLongerSignIn() throws Exception {
        String trainee = FIXTURE.group("accounts").trainee("tam-erased", "Tam T");
        signIn(trainee, PASSWORD);
        browser.open("/account/my-data.xhtml");
        browser.type("requestErasure:reason", "I am moving on, thank you for everything.");
        browser.click("requestErasure:ask");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Your request is with a coordinator.");
        signOut();

        signIn(PortalFixture.coordinator(), PASSWORD);
        browser.open("/account/erasure-requests.xhtml");
        assertThat(browser.text()).contains("Tam T", "I am moving on");
        browser.assertAccessible();
        browser.screenshots("erasure-requests");
        browser.clickFirst("[id$=':review']");
        assertThat(browser.find("email").getText()).isEqualTo(trainee);
        browser.assertAccessible();
        browser.screenshots("erasure-request");
        // Declining needs the reason the person will read.
        browser.click("declineForm:decline");
        assertThat(browser.messages()).contains("Please write the reason the person will read.");
        browser.click("eraseForm:erase");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("The account is erased.");
        assertThat(browser.text()).doesNotContain("Tam T");
        signOut();

        assertThat(mailTo(trainee, "Your Alongside account has been erased")).isNotBlank();
        signIn(trainee, PASSWORD);
        assertThat(browser.messages()).contains("The e-mail address or password is not right");
    }

    @Test
    void askingForAResetLinkEndsAtThePagesOwnAddress() {
        browser.open("/forgot-password.xhtml");
        browser.type("forgot:email", FIXTURE.email("nobody-here"));
        browser.click("forgot:submit");
        assertThat(browser.path()).isEqualTo("/forgot-password.xhtml");
        assertThat(browser.redirectCount()).as("the post was answered with a redirect, so a reload sends nothing again").isEqualTo(1);
        assertThat(browser.messages()).contains("If that address has an account");
        browser.open("/forgot-password.xhtml");
        assertThat(browser.findAll("[id='forgot:email']")).as("opened again: the form, not the answer").hasSize(1);
    }
}
