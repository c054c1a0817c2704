package org.alongside.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.alongside.course.Course;
import org.alongside.course.CourseLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;

/**
 * Clicks through the real pages as each role, on a portal that starts with an empty database:
 * first administrator, staff, invitation, sign-in, sign-out, password reset by e-mail (through a
 * real SMTP server, GreenMail), 403s and error pages. Every page visited is checked with axe-core.
 * The methods run in order because each builds on the accounts the previous ones created.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {

    private static final String SETUP_TOKEN = System.getenv("PORTAL_SETUP_TOKEN");
    private static final int SMTP_PORT = Integer.parseInt(System.getProperty("it.smtp.port", "53025"));
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String ADMIN = "ada-" + RUN + "@example.org";
    private static final String COORDINATOR = "cora-" + RUN + "@example.org";
    private static final String TRAINER = "theo-" + RUN + "@example.org";
    private static final String TRAINEE = "tam-" + RUN + "@example.org";
    private static final String TRAINEE_MOVED = "tam-moved-" + RUN + "@example.org";
    private static final String PASSWORD = "kettle on the windowsill";
    /** The trainer's password after they reset it by e-mail (test 8). */
    private static final String TRAINER_RESET_PASSWORD = "a new kettle on the hob";
    /** The trainee's password after they change it themselves (test 12). */
    private static final String CHANGED_PASSWORD = "the kettle is boiling again";
    private static final String GROUP = "Tuesday group " + RUN;
    private static final String DAY_ONE_MODULE = "values-and-principles";
    /** The group's days after the coordinator edits them (test 20): four days in a row, all past, so every day can be attended. */
    private static final LocalDate GROUP_DAY_ONE = LocalDate.now(ZoneId.of("Europe/London")).minusDays(10);
    private static final String GROUP_PLACE = "Room 4, 12 High Street";
    private static final String GROUP_LINK = "https://meet.example.org/tuesday-group";
    private static final String DAY_TWO_MODULE = "connection-and-listening";
    private static final Course COURSE = CourseLoader.load(Path.of("courses", "peer-supporter")).course().orElseThrow();
    private static final int MODULES = COURSE.modules().size();

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static Browser browser;
    /** Sessions of staff with a second factor, left open rather than signed out (see signIn). */
    private static final Map<String, Set<Cookie>> KEPT_SESSIONS = new HashMap<>();
    private static String signedInAs;
    private static String baseUrl;

    @ArquillianResource
    URL deployedAt;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/alongside.war"));
    }

    @BeforeEach
    void startBrowser() throws Exception {
        if (browser == null) {
            // Arquillian reports the machine's own address; the browser talks to loopback only.
            URL local = new URL("http", "127.0.0.1", deployedAt.getPort(), deployedAt.getPath());
            baseUrl = local.toString();
            browser = new Browser(baseUrl);
        }
        browser.forgetSession();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theFirstAdministratorIsCreatedWithTheOneTimeSetupLink() throws Exception {
        browser.open("/setup.xhtml?token=not-the-token");
        assertThat(browser.text()).contains("This setup link is not valid");
        browser.assertAccessible();

        browser.open("/setup.xhtml?token=" + SETUP_TOKEN);
        browser.type("setup:displayName", "Ada Admin");
        browser.type("setup:email", ADMIN);
        browser.type("setup:password", "password1234");
        browser.type("setup:confirmation", "password1234");
        browser.click("setup:submit");
        assertThat(browser.messages()).contains("on a list of passwords that people use a lot");
        assertThat(browser.value("setup:displayName")).isEqualTo("Ada Admin");
        assertThat(browser.value("setup:email")).isEqualTo(ADMIN);
        assertThat(browser.value("setup:password")).isEmpty();
        browser.assertAccessible();

        browser.type("setup:password", PASSWORD);
        browser.type("setup:confirmation", PASSWORD);
        browser.click("setup:submit");
        assertThat(browser.path()).startsWith("/sign-in.xhtml");
        assertThat(browser.messages()).contains("The administrator account is ready");
        assertThat(browser.value("signin:email")).isEqualTo(ADMIN);

        browser.open("/setup.xhtml?token=" + SETUP_TOKEN);
        assertThat(browser.text()).contains("This setup link is not valid");
    }

    @Test
    @Order(2)
    void signingInByKeyboardChangesTheSessionIdAndLandsOnTheRolesHome() throws Exception {
        browser.open("/sign-in.xhtml");
        browser.assertAccessible();
        browser.screenshots("sign-in");
        String before = browser.sessionId();
        assertThat(before).isNotNull();

        // By keyboard alone: the first Tab stop skips to the content, then the form is filled and sent.
        browser.pressTab();
        assertThat(browser.focusedText()).isEqualTo("Skip to main content");
        browser.tabTo("signin:email");
        browser.typeThenPress(ADMIN, Keys.TAB);
        assertThat(browser.focusedId()).isEqualTo("signin:password");
        browser.typeThenPress(PASSWORD, Keys.ENTER);

        // An administrator must set up a second factor before anything else opens.
        assertThat(browser.path()).isEqualTo("/account/second-factor.xhtml");
        finishSecondFactor(ADMIN);
        assertThat(browser.path()).isEqualTo("/admin/home.xhtml");
        assertThat(browser.title()).isEqualTo("Administration");
        assertThat(browser.cookieHeader()).isNotNull().isNotEqualTo(before);
        assertThat(browser.sessionCookie().isHttpOnly()).isTrue();
        assertThat(browser.sessionCookie().getSameSite()).isEqualToIgnoringCase("Lax");
        browser.assertAccessible();
        browser.screenshots("admin-home");
    }

    @Test
    @Order(3)
    void anAdministratorCreatesStaffWhoChooseTheirOwnPasswords() throws Exception {
        signIn(ADMIN, PASSWORD);
        browser.open("/admin/staff.xhtml");
        browser.assertAccessible();
        createStaff("Cora Coordinator", COORDINATOR, "staffForm:roles:1");
        createStaff("Theo Trainer", TRAINER, "staffForm:roles:0");
        assertThat(browser.text()).contains(COORDINATOR, TRAINER);
        browser.assertAccessible();

        String coordinatorLink = linkFromMailTo(COORDINATOR, "Your Alongside account is ready");
        String trainerLink = linkFromMailTo(TRAINER, "Your Alongside account is ready");

        // Delivered mail stays listed in the outbox, without its text (it held a password link).
        // The SMTP server has the messages a moment before the outbox records them as sent.
        long deadline = System.currentTimeMillis() + 15_000;
        do {
            browser.open("/admin/outbox.xhtml");
        } while (browser.text().contains("Waiting to send") && System.currentTimeMillis() < deadline);
        assertThat(browser.text()).contains("E-mail is sent through the mail server", COORDINATOR, TRAINER, "Sent")
                .doesNotContain(coordinatorLink);
        browser.assertAccessible();

        signOut();
        choosePassword(coordinatorLink);
        coordinatorSetsUpASecondFactorThenSignsInWithACode();
        assertThat(browser.path()).isEqualTo("/coordinator/home.xhtml");
        browser.assertAccessible();
        browser.screenshots("coordinator-home");

        signOut();
        choosePassword(trainerLink);
        signIn(TRAINER, PASSWORD);
        assertThat(browser.path()).isEqualTo("/trainer/home.xhtml");
        browser.assertAccessible();
        browser.screenshots("trainer-home");
        signOut();
    }

    @Test
    @Order(4)
    void aCoordinatorCreatesAGroupAndInvitesATraineeWhoJoinsOnce() throws Exception {
        signIn(COORDINATOR, PASSWORD);
        browser.open("/coordinator/invitations.xhtml");
        assertThat(browser.text()).contains("Create a group first");
        browser.assertAccessible();

        // A group whose days start next Monday; the coordinator opens day 1 early so the trainee can begin today.
        browser.open("/coordinator/cohorts.xhtml");
        assertThat(browser.text()).contains("No training groups yet.");
        browser.assertAccessible();
        browser.click("cohortForm:create");
        assertThat(browser.messages()).contains("Please give the group a name.");
        browser.type("cohortForm:name", GROUP);
        browser.click("cohortForm:create");
        assertThat(browser.messages()).contains("The group " + GROUP + " is ready");
        assertThat(browser.title()).isEqualTo(GROUP);
        assertThat(browser.text()).contains("Opens on its date", "No trainees have joined yet");
        browser.assertAccessible();
        browser.click("days:dayTable:0:openEarly");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Day 1 is now open to the group.");
        assertThat(browser.text()).contains("Opened early on");
        browser.screenshots("coordinator-cohort");

        browser.clickFirst("a[href*='invitations.xhtml?cohort=']");
        browser.assertAccessible();
        assertThat(browser.find("invite:cohort").getDomProperty("value")).isNotEmpty();
        // Choosing the group again updates the places left in place: no error page (an inline script
        // in the ajax answer once broke every ajax drop-down under the Content-Security-Policy).
        browser.select("invite:cohort", GROUP);
        assertThat(browser.path()).startsWith("/coordinator/invitations.xhtml");
        assertThat(browser.text()).doesNotContain("Something went wrong");
        assertThat(browser.find("invite:cohort").getDomProperty("value")).isNotEmpty();
        browser.type("invite:email", TRAINEE);
        browser.click("invite:create");
        assertThat(browser.messages()).contains("Invitation to " + GROUP + " created and e-mailed to " + TRAINEE);
        String code = browser.find("issuedCode").getText();
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        browser.assertAccessible();
        browser.screenshots("coordinator-invitations");
        signOut();

        String joinLink = linkFromMailTo(TRAINEE, "You are invited");
        assertThat(joinLink).contains("code=" + code);
        browser.open(joinLink);
        assertThat(browser.value("join:code")).isEqualTo(code);
        browser.assertAccessible();

        // An over-long name is refused with a clear message, and everything else typed is kept.
        browser.type("join:displayName", "T".repeat(150));
        browser.type("join:email", TRAINEE);
        browser.type("join:password", PASSWORD);
        browser.type("join:confirmation", PASSWORD);
        browser.click("join:submit");
        assertThat(browser.messages()).contains("Please keep the name under 100 characters.");
        assertThat(browser.value("join:email")).isEqualTo(TRAINEE);
        assertThat(browser.value("join:code")).isEqualTo(code);
        browser.assertAccessible();

        browser.type("join:displayName", "Tam Trainee");
        browser.type("join:password", PASSWORD);
        browser.type("join:confirmation", PASSWORD);
        browser.click("join:submit");
        assertThat(browser.messages()).contains("Your account is ready");
        signIn(TRAINEE, PASSWORD);
        assertThat(browser.path()).isEqualTo("/trainee/home.xhtml");
        browser.assertAccessible();
        browser.screenshots("trainee-home");
        signOut();

        browser.open(joinLink);
        browser.type("join:displayName", "Someone Else");
        browser.type("join:email", "someone-" + RUN + "@example.org");
        browser.type("join:password", PASSWORD);
        browser.type("join:confirmation", PASSWORD);
        browser.click("join:submit");
        assertThat(browser.messages()).contains("This invitation has already been used");
        assertThat(browser.value("join:displayName")).isEqualTo("Someone Else");
    }

    @Test
    @Order(5)
    void pagesOfOtherRolesAnswer403OnTheServer() throws Exception {
        signIn(TRAINEE, PASSWORD);
        for (String path : new String[] {"/coordinator/home.xhtml", "/coordinator/invitations.xhtml", "/coordinator/cohorts.xhtml",
                "/coordinator/cohort.xhtml?id=1", "/trainer/home.xhtml",
                "/admin/home.xhtml", "/admin/staff.xhtml", "/admin/outbox.xhtml"}) {
            HttpResponse<String> response = get(path, browser.cookieHeader());
            assertThat(response.statusCode()).as(path + " answered " + response.headers().map() + ": "
                    + response.body().replaceAll("(?s).*<title>([^<]*)</title>.*", "$1")).isEqualTo(403);
            assertThat(response.body()).contains("This page is not for your account");
            assertNoStackTrace(response.body());
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(get("/trainee/home.xhtml", browser.cookieHeader()).statusCode()).isEqualTo(200);

        browser.open("/admin/staff.xhtml");
        assertThat(browser.title()).isEqualTo("This page is not for your account");
        assertThat(browser.text()).doesNotContain("Add a staff member");
        browser.assertAccessible();
        signOut();
    }

    @Test
    @Order(6)
    void aWrongPasswordSaysSoAndKeepsTheEmail() throws Exception {
        browser.open("/sign-in.xhtml");
        browser.type("signin:email", TRAINER);
        browser.type("signin:password", "not my password at all");
        browser.click("signin:submit");

        assertThat(browser.path()).startsWith("/sign-in.xhtml");
        assertThat(browser.messages()).contains("The e-mail address or password is not right");
        assertThat(browser.value("signin:email")).isEqualTo(TRAINER);
        assertThat(browser.value("signin:password")).isEmpty();
        browser.assertAccessible();
        browser.screenshots("sign-in-wrong-password");

        browser.type("signin:email", "");
        browser.click("signin:submit");
        assertThat(browser.messages()).contains("Please enter your e-mail address.");
    }

    @Test
    @Order(7)
    void repeatedFailuresAreThrottled() throws Exception {
        String target = "nobody-" + RUN + "@example.org";
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
    @Order(8)
    void forgottenPasswordsAreResetByAOneTimeLink() throws Exception {
        int mailBefore = MAIL.getReceivedMessages().length;
        browser.open("/forgot-password.xhtml");
        browser.assertAccessible();
        browser.type("forgot:email", "no-such-person-" + RUN + "@example.org");
        browser.click("forgot:submit");
        String unknownAnswer = browser.messages();

        browser.open("/forgot-password.xhtml");
        browser.type("forgot:email", TRAINER.toUpperCase());
        browser.click("forgot:submit");
        assertThat(browser.messages()).isEqualTo(unknownAnswer).contains("If that address has an account");

        String resetLink = linkFromMailTo(TRAINER, "Choose a new password");
        assertThat(MAIL.getReceivedMessages()).hasSize(mailBefore + 1);

        browser.open(resetLink);
        browser.assertAccessible();
        browser.type("reset:password", TRAINER_RESET_PASSWORD);
        browser.type("reset:confirmation", "a new kettle on the hob!");
        browser.click("reset:submit");
        assertThat(browser.messages()).contains("The two passwords are not the same");
        browser.type("reset:password", TRAINER_RESET_PASSWORD);
        browser.type("reset:confirmation", TRAINER_RESET_PASSWORD);
        browser.click("reset:submit");
        assertThat(browser.messages()).contains("Your password is saved");

        signIn(TRAINER, TRAINER_RESET_PASSWORD);
        assertThat(browser.path()).isEqualTo("/trainer/home.xhtml");
        signOut();

        browser.open(resetLink);
        assertThat(browser.text()).contains("This link has expired or has already been used");
        browser.assertAccessible();
    }

    @Test
    @Order(9)
    void signingOutEndsTheSessionOnTheServer() throws Exception {
        signIn(TRAINEE, PASSWORD);
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
    @Order(10)
    void helpIsOneClickAwayAndErrorsShowNoStackTraces() throws Exception {
        browser.open("/index.xhtml");
        browser.assertAccessible();
        browser.screenshots("index");
        browser.click("helpNow");
        assertThat(browser.path()).isEqualTo("/help.xhtml");
        assertThat(browser.text()).contains("Samaritans", "116 123", "NHS 111", "SHOUT", "999");
        browser.assertAccessible();
        browser.screenshots("help");

        browser.open("/no-such-page.xhtml");
        assertThat(browser.title()).isEqualTo("We could not find that page");
        browser.assertAccessible();
        assertThat(get("/no-such-page.xhtml", null).statusCode()).isEqualTo(404);

        // A tampered form: a made-up view state is refused with a friendly page, not a stack trace.
        HttpResponse<String> tampered = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build().send(HttpRequest.newBuilder(URI.create(baseUrl + "/sign-in.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("signin=signin&signin%3Aemail=x%40example.org&signin%3Apassword=x"
                        + "&signin%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode("-123:456", StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tampered.body()).containsAnyOf("This page timed out", "Something went wrong on our side");
        assertNoStackTrace(tampered.body());
    }

    @Test
    @Order(11)
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> protectedPage = get("/admin/home.xhtml", null);
        assertThat(protectedPage.body()).contains("id=\"signin\"").doesNotContain("Staff accounts");
        assertThat(protectedPage.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        HttpResponse<String> response = get("/sign-in.xhtml", null);

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .anyMatch(policy -> policy.contains("frame-ancestors 'none'"))
                .anyMatch(policy -> policy.contains("script-src") && policy.contains("nonce-"));
        assertThat(response.body()).doesNotContainPattern("\\son[a-z]+=\"").doesNotContain("jsessionid");
    }

    @Test
    @Order(12)
    void aSignedInPersonChangesTheirOwnPassword() throws Exception {
        signIn(TRAINEE, PASSWORD);
        browser.open("/account/password.xhtml");
        assertThat(browser.text()).contains("You are signed in as " + TRAINEE);
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
        signIn(TRAINEE, CHANGED_PASSWORD);
        assertThat(browser.path()).isEqualTo("/trainee/home.xhtml");
    }

    @Test
    @Order(13)
    void administratorsSeeWhichCourseVersionIsLive() throws Exception {
        signIn(ADMIN, PASSWORD);
        browser.open("/admin/courses.xhtml");
        assertThat(browser.text()).contains("Peer Supporter training",
                "Trainees are taught version " + COURSE.version() + ": " + COURSE.days().size() + " days, " + MODULES + " modules, "
                        + COURSE.modules().values().stream().mapToInt(module -> module.lessons().size()).sum() + " lessons.",
                "The course files have no problems.");
        browser.assertAccessible();
        browser.screenshots("admin-courses");
        browser.click("recheckForm:recheck");
        assertThat(browser.messages()).contains("The course files have been checked again.");

        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl).resolve("/health/ready")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"courses\"", "\"peer-supporter\":\"" + COURSE.version() + "\"", "\"database\"");
    }

    @Test
    @Order(14)
    void aTraineeWorksThroughAModuleAtTheirOwnPace() throws Exception {
        Course course = CourseLoader.load(Path.of("courses", "peer-supporter")).course().orElseThrow();
        Course.Module module = course.module(DAY_ONE_MODULE).orElseThrow();
        signIn(TRAINEE, CHANGED_PASSWORD);

        assertThat(browser.path()).isEqualTo("/trainee/home.xhtml");
        assertThat(browser.text()).contains(course.title(), "0 of " + MODULES + " modules complete", "Day 1: " + course.days().get(0).title(),
                "Opens on");
        assertThat(courseProgress()).isZero();
        browser.assertAccessible();
        browser.screenshots("trainee-course-home");

        // The group agreement comes first: a module's address is refused on the server until it is agreed.
        assertThat(browser.text()).contains("First step: your group agreement");
        browser.open("/trainee/module.xhtml?module=" + DAY_ONE_MODULE);
        assertThat(browser.path()).isEqualTo("/trainee/agreement.xhtml");
        browser.open("/trainee/home.xhtml");
        browser.click("toAgreement");
        assertThat(browser.title()).isEqualTo("Group agreement");
        assertThat(browser.text()).contains("What is shared in the group stays in the group", "It is fine to pass");
        browser.assertAccessible();
        browser.screenshots("trainee-agreement");
        browser.click("agreement:acknowledge");
        assertThat(browser.path()).isEqualTo("/trainee/home.xhtml");
        assertThat(browser.messages()).contains("Your course is open to you.");
        assertThat(browser.text()).doesNotContain("First step: your group agreement");

        browser.clickFirst(".module-list a[href*='module=" + DAY_ONE_MODULE + "']");
        assertThat(browser.title()).isEqualTo(module.title());
        browser.assertAccessible();
        browser.click("start");
        Course.Lesson first = module.lessons().get(0);
        assertThat(browser.title()).isEqualTo(first.title());
        assertThat(browser.text()).contains("Lesson 1 of " + module.lessons().size(), "min to read");
        browser.assertAccessible();
        browser.screenshots("trainee-lesson");

        // Part-way down the lesson, the trainee takes a break; coming back puts them where they were.
        browser.script("window.scrollTo(0, document.getElementById('lessonText').offsetHeight / 2)");
        browser.script("window.dispatchEvent(new Event('scroll'))");
        String kept = browser.value("lessonForm:position");
        assertThat(Integer.parseInt(kept)).isBetween(10, 95);
        browser.click("lessonForm:takeBreak");
        assertThat(browser.path()).isEqualTo("/trainee/break.xhtml");
        assertThat(browser.text()).contains("Your place is saved", "Breathe in slowly");
        browser.assertAccessible();
        browser.screenshots("trainee-break");

        signOut();
        signIn(TRAINEE, CHANGED_PASSWORD);
        assertThat(browser.text()).contains("Continue where you left off: " + first.title());
        browser.click("continue");
        assertThat(browser.title()).isEqualTo(first.title());
        assertThat(browser.find("lessonText").getDomAttribute("data-resume-position")).isEqualTo(kept);
        assertThat(((Number) browser.script("return window.scrollY")).intValue()).isPositive();

        browser.click("lessonForm:markDone");
        assertThat(browser.title()).isEqualTo(module.lessons().get(1).title());
        assertThat(browser.findAll("#doneBadge")).isEmpty();
        browser.open("/trainee/home.xhtml");
        int afterOneLesson = courseProgress();
        assertThat(afterOneLesson).isPositive();
        assertThat(moduleProgress(DAY_ONE_MODULE)).isEqualTo(100 / (module.lessons().size() + 2));

        // The knowledge check: nothing answered is refused kindly, a wrong go is explained, then a pass.
        browser.open("/trainee/check.xhtml?module=" + DAY_ONE_MODULE);
        browser.assertAccessible();
        String firstOrder = shownOptionOrder();
        browser.click("check:submit");
        assertThat(browser.messages()).contains("Please answer every question.");
        assertThat(shownOptionOrder()).as("the same attempt keeps its order").isEqualTo(firstOrder);
        answer(module, false);
        browser.click("check:submit");
        assertThat(browser.text()).contains("0 of " + module.knowledgeCheck().questions().size() + " right", "Not yet this time",
                module.knowledgeCheck().questions().get(0).options().get(0).explanation());
        browser.assertAccessible();
        browser.screenshots("trainee-check-not-yet");
        browser.click("tryAgain");
        assertThat(shownOptionOrder()).as("a new attempt shuffles the options afresh").isNotEqualTo(firstOrder);
        answer(module, true);
        browser.click("check:submit");
        int questions = module.knowledgeCheck().questions().size();
        assertThat(browser.text()).contains(questions + " of " + questions + " right", "Well done: you passed");
        assertThat(browser.find("moduleProgressLabel").getText()).isEqualTo("Your progress in this module");
        browser.assertAccessible();
        browser.screenshots("trainee-check-passed");
        // The result has its own address (redirect after the post): it opens again, and Back asks nothing.
        String result = browser.path();
        assertThat(result).contains("attempt=");
        browser.open(result);
        assertThat(browser.text()).contains(questions + " of " + questions + " right");
        browser.click("backToModule");
        assertThat(browser.text()).contains("You have passed this knowledge check.");
        browser.open("/trainee/home.xhtml");
        assertThat(courseProgress()).isGreaterThan(afterOneLesson);
        assertThat(moduleProgress(DAY_ONE_MODULE)).isEqualTo(200 / (module.lessons().size() + 2));

        // A day that has not opened yet, typed into the address bar, is refused with a friendly page.
        String locked = course.module(DAY_TWO_MODULE).orElseThrow().lessons().get(0).id();
        browser.open("/trainee/lesson.xhtml?module=" + DAY_TWO_MODULE + "&lesson=" + locked);
        assertThat(browser.path()).startsWith("/trainee/not-open.xhtml");
        assertThat(browser.title()).isEqualTo("Not open yet");
        assertThat(browser.text()).contains("is part of day 2, which opens on");
        browser.assertAccessible();
        browser.open("/trainee/check.xhtml?module=" + DAY_TWO_MODULE);
        assertThat(browser.path()).startsWith("/trainee/not-open.xhtml");
        assertThat(get("/trainee/lesson.xhtml?module=" + DAY_ONE_MODULE + "&lesson=no-such-lesson", browser.cookieHeader()).statusCode())
                .isEqualTo(404);
        signOut();
    }

    @Test
    @Order(15)
    void aReflectionIsWrittenSafelyGradedRevisedAndAccepted() throws Exception {
        Course course = CourseLoader.load(Path.of("courses", "peer-supporter")).course().orElseThrow();
        Course.Module module = course.module(DAY_ONE_MODULE).orElseThrow();

        // The coordinator makes Theo one of the group's trainers.
        signIn(COORDINATOR, PASSWORD);
        browser.open("/coordinator/cohorts.xhtml");
        browser.clickFirst("a[href*='cohort.xhtml?id=']");
        assertThat(browser.text()).contains("No trainers assigned yet.");
        browser.select("trainers:trainer", "Theo Trainer");
        browser.click("trainers:assign");
        assertThat(browser.messages()).contains("The trainer can now grade this group's reflections.");
        browser.assertAccessible();
        signOut();

        // The trainee finishes the module's lessons, then writes; the draft outlives the session.
        signIn(TRAINEE, CHANGED_PASSWORD);
        for (Course.Lesson lesson : module.lessons()) {
            browser.open("/trainee/lesson.xhtml?module=" + DAY_ONE_MODULE + "&lesson=" + lesson.id());
            browser.click("lessonForm:markDone");
        }
        browser.open("/trainee/reflection.xhtml?module=" + DAY_ONE_MODULE);
        assertThat(browser.text()).contains(module.reflection().prompt()).doesNotContain("What you have handed in");
        browser.assertAccessible();
        String unsafe = "When I was very unwell I weighed 45 kg, and a friend sat with me every evening.";
        browser.type("writing:text", unsafe);
        awaitSaved();
        signOut();
        signIn(TRAINEE, CHANGED_PASSWORD);
        browser.open("/trainee/reflection.xhtml?module=" + DAY_ONE_MODULE);
        assertThat(browser.value("writing:text")).isEqualTo(unsafe);

        browser.click("writing:submit");
        assertThat(browser.messages()).contains("please look at the highlighted words");
        assertThat(browser.findAll("mark.safe-sharing-flag")).singleElement().satisfies(mark -> assertThat(mark.getText()).isEqualTo("45 kg"));
        assertThat(browser.text()).doesNotContain("What you have handed in");
        browser.assertAccessible();
        browser.screenshots("trainee-reflection-warning");
        String safe = "When I was very unwell, a friend sat with me every evening and listened. That was mutuality: we were equals.";
        browser.type("writing:text", safe);
        browser.click("writing:recheck");
        assertThat(browser.messages()).contains("Version 1 is with your trainer");
        assertThat(browser.text()).contains("With your trainer");
        // The module page and home say where the reflection stands, not "write your reflection" or "started".
        browser.open("/trainee/module.xhtml?module=" + DAY_ONE_MODULE);
        assertThat(browser.find("reflectionStage").getText()).startsWith("You have handed in your reflection.");
        assertThat(browser.find("writeReflection").getText()).isEqualTo("Read what you handed in");
        browser.open("/trainee/home.xhtml");
        assertThat(browser.text()).contains("Reflection with your trainer");
        signOut();
        assertThat(linkFromMailTo(TRAINER, "A reflection is waiting")).contains("/trainer/grade.xhtml?submission=");

        // The trainer asks for a revision.
        signIn(TRAINER, TRAINER_RESET_PASSWORD);
        browser.open("/trainer/queue.xhtml");
        assertThat(browser.text()).contains("Tam Trainee", module.title(), GROUP);
        browser.assertAccessible();
        browser.screenshots("trainer-queue");
        // Every filter updates the list in place.
        browser.select("queue:status", "Needs revision");
        assertThat(browser.path()).isEqualTo("/trainer/queue.xhtml");
        assertThat(browser.text()).doesNotContain("Tam Trainee");
        browser.select("queue:status", "With your trainer");
        browser.select("queue:cohort", GROUP);
        browser.select("queue:module", module.title());
        assertThat(browser.path()).isEqualTo("/trainer/queue.xhtml");
        assertThat(browser.text()).contains("Tam Trainee", module.title());
        browser.clickFirst("a[href*='grade.xhtml?submission=']");
        assertThat(browser.text()).contains(safe);
        browser.assertAccessible();
        grade(module, 1, 0, "A warm start. Say a little more about how you would offer choice.");
        browser.click("grade:release");
        assertThat(browser.messages()).contains("The grade is released.");
        browser.screenshots("trainer-grading");
        signOut();

        // The trainee reads the feedback and revises; the trainer accepts; the module is complete.
        assertThat(linkFromMailTo(TRAINEE, "Feedback on your reflection")).contains("/trainee/reflection.xhtml?module=" + DAY_ONE_MODULE);
        signIn(TRAINEE, CHANGED_PASSWORD);
        browser.open("/trainee/reflection.xhtml?module=" + DAY_ONE_MODULE);
        assertThat(browser.text()).contains("Needs revision", "A warm start.");
        browser.assertAccessible();
        browser.screenshots("trainee-feedback");
        // Markup typed into a reflection is kept as text and never reaches a page as HTML.
        browser.type("writing:text", safe + " I would offer choice by asking what they would like to talk about. <b>Choice</b>");
        browser.click("writing:submit");
        assertThat(browser.messages()).contains("Version 2 is with your trainer");
        signOut();

        signIn(TRAINER, TRAINER_RESET_PASSWORD);
        browser.open("/trainer/queue.xhtml");
        browser.clickFirst("a[href*='grade.xhtml?submission=']");
        assertThat(browser.text()).contains("Earlier versions", "A warm start.", "<b>Choice</b>");
        assertThat(browser.findAll("#submissionBody b")).isEmpty();
        assertThat(get("/trainer/grade.xhtml?submission=987654321", browser.cookieHeader()).statusCode()).isEqualTo(404);
        grade(module, 2, 1, "Clear, safe and thoughtful.");
        browser.click("grade:release");
        assertThat(browser.messages()).contains("The grade is released.");
        signOut();

        signIn(TRAINEE, CHANGED_PASSWORD);
        assertThat(browser.text()).contains("1 of " + MODULES + " modules complete");
        assertThat(moduleProgress(DAY_ONE_MODULE)).isEqualTo(100);
        signOut();
    }

    @Test
    @Order(20)
    void aCoordinatorEditsTheGroupsDaysPlacesAndCapacity() throws Exception {
        signIn(COORDINATOR, PASSWORD);
        browser.open("/coordinator/cohorts.xhtml");
        browser.clickFirst("a[href*='cohort.xhtml?id=']");
        assertThat(browser.title()).isEqualTo(GROUP);
        assertThat(browser.find("courseVersions").getText()).matches("Created with version \\S+ of the course; version \\S+ is taught now\\.");
        assertThat(browser.text()).contains("No capacity set");
        browser.click("toEdit");
        assertThat(browser.title()).isEqualTo("Edit the group");
        browser.assertAccessible();

        // Days out of order are refused next to the day, and everything typed stays.
        setDate(0, GROUP_DAY_ONE.plusDays(1));
        setDate(1, GROUP_DAY_ONE);
        setDate(2, GROUP_DAY_ONE.plusDays(2));
        setDate(3, GROUP_DAY_ONE.plusDays(3));
        browser.type("edit:days:0:place", GROUP_PLACE);
        browser.type("edit:days:1:link", GROUP_LINK);
        browser.type("edit:capacity", "10");
        browser.click("edit:save");
        assertThat(browser.messages()).contains("Day 2 is before day 1. Please put the days in order.");
        assertThat(browser.text()).contains("Day 2 is before day 1");
        assertThat(browser.value("edit:capacity")).isEqualTo("10");
        assertThat(browser.value("edit:days:0:place")).isEqualTo(GROUP_PLACE);
        assertThat(browser.value("edit:days:1:date")).isEqualTo(GROUP_DAY_ONE.toString());
        browser.assertAccessible();

        // A capacity of 0 is refused too; then the edit goes through.
        setDate(0, GROUP_DAY_ONE);
        setDate(1, GROUP_DAY_ONE.plusDays(1));
        browser.type("edit:capacity", "0");
        browser.click("edit:save");
        assertThat(browser.messages()).contains("The capacity must be at least 1");
        assertThat(browser.value("edit:days:1:link")).isEqualTo(GROUP_LINK);
        assertThat(browser.value("edit:days:0:date")).isEqualTo(GROUP_DAY_ONE.toString());
        browser.screenshots("coordinator-cohort-edit");
        browser.type("edit:capacity", "10");
        browser.click("edit:save");
        assertThat(browser.messages()).contains("The group's details are saved.");
        assertThat(browser.title()).isEqualTo(GROUP);
        assertThat(browser.text()).contains(GROUP_PLACE, "Capacity: 10 trainees (9 places left).");
        assertThat(browser.findAll("a[href='" + GROUP_LINK + "']")).hasSize(1);
        browser.assertAccessible();
        browser.screenshots("coordinator-cohort-details");
        signOut();
    }

    @Test
    @Order(21)
    void theGroupsTrainerMarksTheTraineePresentOnEveryDay() throws Exception {
        signIn(TRAINER, TRAINER_RESET_PASSWORD);
        assertThat(browser.text()).contains("Your groups", GROUP);
        browser.assertAccessible();
        browser.clickFirst("a[href*='attendance.xhtml?cohort=']");
        String cohortId = browser.path().replaceAll(".*cohort=(\\d+).*", "$1");
        assertThat(browser.title()).isEqualTo("Attendance");
        assertThat(browser.text()).contains("Day 4:", "Tam Trainee", "Not marked yet");
        browser.assertAccessible();
        browser.screenshots("staff-attendance");
        browser.script("document.getElementById('register').scrollIntoView()");
        browser.screenshots("staff-attendance-register");
        for (int day = 1; day <= 4; day++) {
            browser.open("/staff/attendance.xhtml?cohort=" + cohortId + "&day=" + day);
            browser.find("register:lines:0:status:0").click();
            browser.click("register:save");
            assertThat(browser.messages()).contains("Attendance for day " + day + " is saved.");
        }
        browser.open("/staff/attendance.xhtml?cohort=" + cohortId + "&day=1");
        assertThat(browser.find("register:lines:0:status:0").isSelected()).isTrue();
        assertThat(browser.text()).doesNotContain("Not marked yet");
        assertThat(get("/staff/attendance.xhtml?cohort=987654321", browser.cookieHeader()).statusCode()).isEqualTo(404);
        assertThat(get("/staff/cohort-export?cohort=987654321&what=table", browser.cookieHeader()).statusCode()).isEqualTo(404);
        signOut();
    }

    @Test
    @Order(22)
    void theOverviewShowsEachTraineesModulesAttendanceAndAChartAndExportsThem() throws Exception {
        signIn(COORDINATOR, PASSWORD);
        browser.open("/coordinator/cohorts.xhtml");
        browser.clickFirst("a[href*='cohort.xhtml?id=']");
        browser.click("toOverview");
        assertThat(browser.title()).isEqualTo("Progress overview");
        assertThat(browser.findAll("#overviewTable tbody tr")).hasSize(1);
        String row = browser.findAll("#overviewTable tbody tr").get(0).getText();
        assertThat(row).contains("Tam Trainee", "Complete", "Not started", "4 of 4");
        assertThat(browser.findAll("#overviewTable a[href*='/coordinator/trainee.xhtml?id=']")).hasSize(1);
        assertThat(browser.find("chart").getText()).contains("1 complete, 0 in progress, 0 not started",
                "0 complete, 0 in progress, 1 not started");
        browser.assertAccessible();
        browser.screenshots("staff-overview");
        browser.script("document.getElementById('chartHeading').scrollIntoView()");
        browser.screenshots("staff-overview-chart");

        String tableLink = browser.find("downloadTable").getDomAttribute("href");
        HttpResponse<String> table = get(tableLink, browser.cookieHeader());
        assertThat(table.statusCode()).isEqualTo(200);
        assertThat(table.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"cohort-");
        assertThat(table.body()).startsWith("Trainee,Account id,").contains("Tam Trainee,", ",Complete,", ",4/4");
        HttpResponse<String> chart = get(browser.find("downloadChart").getDomAttribute("href"), browser.cookieHeader());
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.body()).startsWith("Module,Complete,In progress,Not started").contains(",1,0,0");
        assertThat(get(tableLink, null).body()).doesNotContain("Tam Trainee");
        signOut();
    }

    @Test
    @Order(23)
    void theTraineeDownloadsTheirGroupsCourseDaysAsACalendar() throws Exception {
        signIn(TRAINEE, CHANGED_PASSWORD);
        String link = browser.find("calendar").getDomAttribute("href");
        assertThat(link).endsWith("/account/cohort-calendar");
        HttpResponse<String> ics = get(link, browser.cookieHeader());
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        List<VEvent> days = calendar.getComponents("VEVENT");
        assertThat(days).hasSize(4);
        assertThat(days.get(0).getProperty("DTSTART").orElseThrow().getValue()).isEqualTo(GROUP_DAY_ONE.toString().replace("-", ""));
        assertThat(days.get(0).getProperty("LOCATION").orElseThrow().getValue()).isEqualTo(GROUP_PLACE);
        assertThat(days.get(1).getProperty("URL").orElseThrow().getValue()).isEqualTo(GROUP_LINK);
        assertThat(days.get(3).getProperty("DTSTART").orElseThrow().getValue()).isEqualTo(GROUP_DAY_ONE.plusDays(3).toString().replace("-", ""));
        // Staff name a group; a trainee gets only their own, whatever they ask for.
        HttpResponse<String> asked = get(link + "?cohort=987654321", browser.cookieHeader());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains(days.get(0).getProperty("UID").orElseThrow().getValue());
        browser.open("/trainee/agreement.xhtml");
        assertThat(browser.text()).contains("You have agreed to this.");
        browser.assertAccessible();
        signOut();
    }

    /** Sets a date field of the cohort edit form (the browser's date picker takes typing by locale, the value does not). */
    private void setDate(int dayIndex, LocalDate date) {
        browser.script("document.getElementById(arguments[0]).value = arguments[1]", "edit:days:" + dayIndex + ":date", date.toString());
    }

    @Test
    @Order(24)
    void theGroupsTrainerRecordsObservedPracticeAndTheTraineeReadsAndReflectsOnIt() throws Exception {
        List<Course.Practice> firstThree = COURSE.practicesInOrder().subList(0, COURSE.observedPracticeRequired());
        signIn(TRAINER, TRAINER_RESET_PASSWORD);
        browser.clickFirst("a[href*='/staff/practice.xhtml?cohort=']");
        assertThat(browser.title()).isEqualTo("Observed practice");
        assertThat(browser.text()).contains("Tam Trainee", "Not observed yet", firstThree.get(0).title());
        browser.assertAccessible();
        browser.screenshots("staff-practice-grid");
        String grid = browser.path();
        for (Course.Practice rolePlay : firstThree) {
            browser.open(grid);
            browser.clickFirst("a[href*='observe.xhtml?trainee='][href$='practice=" + rolePlay.id() + "']");
            assertThat(browser.text()).contains("Observed practice of Tam Trainee", rolePlay.checklist().get(0).text());
            // Sign-off needs every item shown: one item still "not yet" is refused, and what was typed stays.
            for (int item = 0; item < rolePlay.checklist().size() - 1; item++) {
                browser.find("observe:items:" + item + ":shown:0").click();
            }
            browser.type("observe:items:0:comment", "Calm, clear and kind.");
            browser.click("observe:signOff");
            browser.clickFirst(".ui-confirmdialog-yes");
            assertThat(browser.messages()).contains("Every item must be shown before you sign off.");
            assertThat(browser.value("observe:items:0:comment")).isEqualTo("Calm, clear and kind.");
            browser.find("observe:items:" + (rolePlay.checklist().size() - 1) + ":shown:0").click();
            browser.click("observe:signOff");
            browser.clickFirst(".ui-confirmdialog-yes");
            assertThat(browser.messages()).contains("Signed off. It now counts towards certification.");
        }
        browser.assertAccessible();
        browser.screenshots("staff-observe-signed-off");
        browser.open(grid);
        assertThat(browser.findAll("#practiceTable td.status--COMPLETE")).hasSize(firstThree.size());
        signOut();

        signIn(TRAINEE, CHANGED_PASSWORD);
        browser.click("navPractice");
        assertThat(browser.text()).contains(firstThree.size() + " of " + COURSE.observedPracticeRequired() + " role plays signed off",
                "Observed by Theo Trainer", "Calm, clear and kind.");
        browser.type("records:list:0:reflection", "I learnt to slow down and let the silence do some of the work.");
        browser.click("records:list:0:saveReflection");
        assertThat(browser.messages()).contains("Your reflection is saved.");
        // The practice log is kept as written; words the group leaves out get a gentle notice, not a refusal.
        browser.type("log:practised", "Reflecting back");
        browser.type("log:learnt", "After a night of 8 pints I still turned up, and short reflections kept the focus on them.");
        browser.click("log:add");
        assertThat(browser.messages()).contains("Added to your practice log.");
        assertThat(browser.findAll(".safe-sharing--notice")).isNotEmpty();
        assertThat(browser.text()).contains("Reflecting back");
        browser.assertAccessible();
        browser.screenshots("trainee-practice");
        signOut();
    }

    @Test
    @Order(25)
    void aStrugglingTraineeIsOfferedABreakHelpAndAWordWithTheirTrainerBeforeAModuleWithAContentNote() throws Exception {
        Course.Module withNote = COURSE.modulesInOrder().stream().filter(module -> module.contentNote() != null).findFirst().orElseThrow();
        signIn(TRAINEE, CHANGED_PASSWORD);
        browser.open("/trainee/module.xhtml?module=" + withNote.id());
        assertThat(browser.text()).contains("how are you right now?", "Only you see this");
        browser.assertAccessible();
        browser.clickFirst("[id$=':2:feel']");
        assertThat(browser.text()).contains("This module can wait");
        assertThat(browser.findAll("#strugglingOptions a[href*='break.xhtml']")).hasSize(1);
        assertThat(browser.findAll("#strugglingOptions a[href*='help.xhtml']")).hasSize(1);
        browser.assertAccessible();
        browser.screenshots("trainee-wellbeing-struggling");
        int mailBefore = MAIL.getReceivedMessages().length;
        browser.clickFirst("[id$='tellTrainer']");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Your trainer has been asked to get in touch with you.");
        assertThat(mailTo(TRAINER, "A trainee would like a word")).contains("Tam Trainee");
        assertThat(MAIL.getReceivedMessages()).hasSize(mailBefore + 1);
        // Nobody else hears about it: the answer lives only in this sign-in, and is asked afresh after signing in again.
        signOut();
        signIn(TRAINEE, CHANGED_PASSWORD);
        browser.open("/trainee/module.xhtml?module=" + withNote.id());
        assertThat(browser.findAll("[id$=':0:feel']")).hasSize(1);
        signOut();
    }

    @Test
    @Order(30)
    void aTrainerRecordsSupervisionForTheirTraineeAndSignsItOff() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        signIn(TRAINER, TRAINER_RESET_PASSWORD);
        browser.click("navStaffSupervision");
        assertThat(browser.path()).startsWith("/staff/supervision.xhtml");
        assertThat(browser.text()).contains("Tam Trainee", GROUP, "None signed off since", "Not met yet");
        browser.assertAccessible();
        browser.type("people:search", "nobody like this");
        browser.click("people:find");
        assertThat(browser.text()).contains("Nobody matches that search.").doesNotContain("Tam Trainee");
        browser.type("people:search", "tam");
        browser.click("people:find");
        assertThat(browser.text()).contains("Tam Trainee");
        browser.screenshots("staff-supervision");

        browser.clickFirst("a[href*='supervision-person.xhtml?person=']");
        assertThat(browser.title()).isEqualTo("Supervision: Tam Trainee");
        assertThat(browser.text()).contains("No sessions recorded yet.");
        assertThat(browser.value("session:date")).isEqualTo(today.toString());
        browser.assertAccessible();

        // A date in the future is refused and everything typed stays.
        fillSession(today.plusDays(1), "60", "Video call", "We talked about listening without fixing.");
        browser.click("session:save");
        assertThat(browser.messages()).contains("The date cannot be in the future.");
        assertThat(browser.value("session:date")).isEqualTo(today.plusDays(1).toString());
        assertThat(browser.value("session:minutes")).isEqualTo("60");
        assertThat(browser.value("session:note")).isEqualTo("We talked about listening without fixing.");
        browser.assertAccessible();

        // So is a session of no length.
        browser.script("document.getElementById('session:date').value = arguments[0]", today.minusDays(30).toString());
        browser.type("session:minutes", "0");
        browser.click("session:save");
        assertThat(browser.messages()).contains("A session needs to last at least 1 minute.");
        assertThat(browser.value("session:minutes")).isEqualTo("0");
        assertThat(browser.text()).contains("No sessions recorded yet.");

        // Three sessions in the last six months; the first is changed before it is signed off.
        browser.type("session:minutes", "45");
        browser.click("session:save");
        assertThat(browser.messages()).contains("The session is recorded.");
        browser.click("sessions:list:0:edit");
        assertThat(browser.value("session:minutes")).isEqualTo("45");
        browser.type("session:minutes", "50");
        browser.click("session:save");
        assertThat(browser.messages()).contains("Your changes are saved.");
        assertThat(browser.text()).contains("50 minutes, Video call, with Theo Trainer.");
        fillSession(today.minusDays(20), "60", "In person", "Second session: boundaries.");
        browser.click("session:save");
        fillSession(today.minusDays(10), "30", "Phone call", "Third session: looking after yourself.");
        browser.click("session:save");
        assertThat(browser.findAll("[id$=':signOff']")).hasSize(3);

        for (int remaining = 3; remaining > 0; remaining--) {
            browser.clickFirst("[id$=':signOff']");
            browser.clickFirst(".ui-confirmdialog-yes");
            assertThat(browser.messages()).contains("The session is signed off and now counts.");
            assertThat(browser.findAll("[id$=':signOff']")).hasSize(remaining - 1);
        }
        assertThat(browser.findAll("[id$=':edit']")).isEmpty();
        assertThat(browser.text()).contains("3 signed off since", "Requirement met");
        browser.assertAccessible();
        browser.script("window.scrollTo(0, 0)");
        browser.screenshots("staff-supervision-person");
        signOut();
    }

    @Test
    @Order(31)
    void theTraineeReadsTheirSupervisionAndAddsAReflection() throws Exception {
        signIn(TRAINEE, CHANGED_PASSWORD);
        browser.click("navTraineeSupervision");
        assertThat(browser.title()).isEqualTo("My supervision");
        assertThat(browser.text()).contains("3 signed off since", "Requirement met", "Third session: looking after yourself.",
                "Second session: boundaries.", "We talked about listening without fixing.", "with Theo Trainer");
        browser.assertAccessible();

        // Too long: refused, and nothing typed is lost.
        String tooLong = "a".repeat(4001);
        browser.script("document.getElementById('sessions:list:0:text').value = arguments[0]", tooLong);
        assertThat(browser.value("sessions:list:0:text")).hasSize(4001);
        browser.click("sessions:list:0:save");
        assertThat(browser.messages()).contains("can be up to 4000 characters");
        assertThat(browser.value("sessions:list:0:text")).hasSize(4001);

        String reflection = "I noticed I wanted to fix things. Slowing down helped.";
        browser.type("sessions:list:0:text", reflection);
        browser.click("sessions:list:0:save");
        assertThat(browser.messages()).contains("Your reflection is saved.");
        browser.open("/trainee/supervision.xhtml");
        assertThat(browser.value("sessions:list:0:text")).isEqualTo(reflection);
        browser.assertAccessible();
        browser.script("window.scrollTo(0, 0)");
        browser.screenshots("trainee-supervision");

        for (String path : new String[] {"/staff/supervision.xhtml", "/staff/supervision-person.xhtml?person=1"}) {
            HttpResponse<String> response = get(path, browser.cookieHeader());
            assertThat(response.statusCode()).as(path + " answered " + response.headers().map() + ": "
                    + response.body().replaceAll("(?s).*<title>([^<]*)</title>.*", "$1")).isEqualTo(403);
            assertThat(response.body()).doesNotContain("looking after yourself");
        }
        signOut();
    }

    @Test
    @Order(32)
    void aCoordinatorSeesEverySessionAndThePersonsReflection() throws Exception {
        signIn(COORDINATOR, PASSWORD);
        browser.click("navStaffSupervision");
        assertThat(browser.text()).contains("Tam Trainee", "3 signed off since");
        browser.clickFirst("a[href*='supervision-person.xhtml?person=']");
        assertThat(browser.text()).contains("Third session: looking after yourself.", "Second session: boundaries.",
                "I noticed I wanted to fix things.", "with Theo Trainer");
        browser.assertAccessible();
        assertThat(get("/staff/supervision-person.xhtml?person=987654321", browser.cookieHeader()).statusCode()).isEqualTo(404);
        signOut();
    }

    /** Fills the record-a-session form; the date goes in as the date input's value, whatever the browser's locale. */
    private void fillSession(LocalDate date, String minutes, String format, String note) {
        browser.script("document.getElementById('session:date').value = arguments[0]", date.toString());
        browser.type("session:minutes", minutes);
        browser.select("session:format", format);
        browser.type("session:note", note);
    }

    @Test
    @Order(40)
    void aTraineeFinishesTheCourseAndTheTrainerAcceptsEveryReflection() throws Exception {
        Course course = CourseLoader.load(Path.of("courses", "peer-supporter")).course().orElseThrow();

        // Before the course is done, the trainee's certificate page shows where they stand.
        signIn(TRAINEE, CHANGED_PASSWORD);
        browser.open("/trainee/certificate.xhtml");
        assertThat(browser.text()).contains("Where you are", "1 of " + MODULES + " modules complete", "Not yet");
        browser.assertAccessible();
        browser.screenshots("trainee-certificate-not-yet");

        List<Course.Module> rest = course.days().stream().flatMap(day -> day.moduleIds().stream())
                .filter(id -> !id.equals(DAY_ONE_MODULE)).map(id -> course.module(id).orElseThrow()).toList();
        for (Course.Module module : rest) {
            for (Course.Lesson lesson : module.lessons()) {
                browser.open("/trainee/lesson.xhtml?module=" + module.id() + "&lesson=" + lesson.id());
                browser.click("lessonForm:markDone");
            }
            browser.open("/trainee/check.xhtml?module=" + module.id());
            answer(module, true);
            browser.click("check:submit");
            assertThat(browser.text()).as(module.id()).contains("Well done: you passed");
            browser.open("/trainee/reflection.xhtml?module=" + module.id());
            browser.type("writing:text", "What stayed with me is how much listening matters. I would ask the person what they want"
                    + " from our time together, offer choice, and look after myself afterwards by talking it over in supervision.");
            browser.click("writing:submit");
            assertThat(browser.messages()).as(module.id()).contains("Version 1 is with your trainer");
        }
        signOut();

        signIn(TRAINER, TRAINER_RESET_PASSWORD);
        for (int graded = 0; graded < rest.size(); graded++) {
            browser.open("/trainer/queue.xhtml");
            browser.clickFirst("a[href*='grade.xhtml?submission=']");
            for (var level : browser.findAll("[id^='grade:criteria:'][id$=':level:2']")) {
                level.click();
            }
            browser.type("grade:feedback", "Thoughtful and safe.");
            browser.find("grade:outcome:1").click();
            browser.click("grade:release");
            assertThat(browser.messages()).contains("The grade is released.");
        }
        signOut();

        signIn(TRAINEE, CHANGED_PASSWORD);
        assertThat(browser.text()).contains(MODULES + " of " + MODULES + " modules complete", "You have finished every module of the course.")
                .doesNotContain("Continue where you left off");
        assertThat(courseProgress()).isEqualTo(100);
        signOut();
    }

    @Test
    @Order(41)
    void aCoordinatorCertifiesAnEligibleTraineeAnyoneCanVerifyItAndARevocationShowsAtOnce() throws Exception {
        signIn(COORDINATOR, PASSWORD);
        browser.open("/coordinator/certificates.xhtml");
        assertThat(browser.text()).contains("No certificates have been issued yet.");
        browser.assertAccessible();
        browser.open("/coordinator/cohorts.xhtml");
        browser.clickFirst("a[href*='cohort.xhtml?id=']");
        browser.clickFirst("#members a[href*='trainee.xhtml?id=']");
        String traineePage = browser.path();
        assertThat(traineePage).matches("/coordinator/trainee\\.xhtml\\?id=\\d+");
        assertThat(browser.title()).isEqualTo("Tam Trainee");
        assertThat(browser.text()).contains(MODULES + " of " + MODULES + " modules complete", "Every rule holds: ready to certify.")
                .doesNotContain("Not yet");
        assertThat(browser.findAll(".eligibility__rule--met")).as("modules, days, supervision, observed practice").hasSize(4);
        browser.assertAccessible();
        browser.screenshots("coordinator-eligibility");

        browser.click("certify:certifyButton");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Please write a decision note.");
        browser.type("certify:note", "Tam's practice and supervision show safe, warm, boundaried support.");
        browser.click("certify:certifyButton");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Certificate issued to Tam Trainee.");
        assertThat(browser.text()).contains("Valid", "Issued", "Tam's practice and supervision");
        assertThat(browser.findAll("[id='certify:certifyButton']")).isEmpty();
        browser.assertAccessible();
        browser.screenshots("coordinator-certified");

        // The PDF names the person and prints the verification address.
        String pdfPath = browser.findAll("a[id^='pdf-']").get(0).getDomAttribute("href");
        String verifyPath = browser.findAll("a[id^='verify-']").get(0).getDomAttribute("href");
        HttpResponse<byte[]> pdf = getBytes(pdfPath, browser.cookieHeader());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Tam Trainee", "Peer Supporter", verifyPath.substring(verifyPath.indexOf("/verify/")));
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 72), "png",
                    Path.of("target", "screenshots", "certificate-from-portal.png").toFile());
        }
        signOut();

        // A trainer can neither reach the certification page nor read someone's certificate.
        signIn(TRAINER, TRAINER_RESET_PASSWORD);
        assertThat(get(traineePage, browser.cookieHeader()).statusCode()).isEqualTo(403);
        assertThat(getBytes(pdfPath, browser.cookieHeader()).statusCode()).isEqualTo(404);
        signOut();

        // Anyone can check the certificate without signing in, and learns nothing else about Tam.
        browser.open(verifyPath.substring(verifyPath.indexOf("/verify/")));
        assertThat(browser.text()).contains("This certificate is real and valid.", "Tam Trainee", "Valid until")
                .doesNotContain(TRAINEE, "supervision", GROUP);
        browser.assertAccessible();
        browser.screenshots("public-verification-valid");
        HttpResponse<String> unknown = get("/verify/ABCD-EFGH-JKMN-PQRS-TVWX", null);
        HttpResponse<String> malformed = get("/verify/%27%20OR%201=1--%3Cscript%3Ealert(1)%3C%2Fscript%3E", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No certificate has this code.");
        // What was typed comes back in the code box to correct, as text only.
        assertThat(malformed.body()).contains("No certificate has this code.", "&lt;script&gt;").doesNotContain("<script>alert");

        // The coordinator revokes it; the public page says so straight away.
        signIn(COORDINATOR, PASSWORD);
        browser.open(traineePage);
        browser.click("revoke:revokeButton");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Please give the reason for revoking.");
        browser.type("revoke:reason", "Stepped back from peer support for now.");
        browser.click("revoke:revokeButton");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Certificate revoked.");
        assertThat(browser.text()).contains("Revoked", "Issued", "Stepped back from peer support for now.");
        assertThat(browser.findAll("a[id^='pdf-']")).isEmpty();
        assertThat(getBytes(pdfPath, browser.cookieHeader()).statusCode()).isEqualTo(404);
        browser.screenshots("coordinator-revoked");
        signOut();
        browser.open(verifyPath.substring(verifyPath.indexOf("/verify/")));
        assertThat(browser.text()).contains("This certificate has been revoked and is no longer valid.", "Revoked on");
        browser.assertAccessible();
        browser.screenshots("public-verification-revoked");
    }

    @Test
    @Order(50)
    void aCoordinatorCertifiesTamAgainAndKeepsTheAreasOfLivedExperience() throws Exception {
        // Tam's certificate was revoked in test 41; the directory needs a valid one, so the coordinator certifies again.
        signIn(COORDINATOR, PASSWORD);
        browser.open("/coordinator/cohorts.xhtml");
        browser.clickFirst("a[href*='cohort.xhtml?id=']");
        browser.clickFirst("#members a[href*='trainee.xhtml?id=']");
        browser.type("certify:note", "Back in peer support after a break; supervision is up to date.");
        browser.click("certify:certifyButton");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Certificate issued to Tam Trainee.");

        browser.open("/coordinator/areas.xhtml");
        assertThat(browser.text()).contains("Bereavement", "Psychosis", "Hearing voices");
        browser.assertAccessible();
        browser.type("addArea:newName", "Loneliness");
        browser.click("addArea:add");
        assertThat(browser.messages()).contains("Added \"Loneliness\".");
        browser.type("addArea:newName", "  loneliness ");
        browser.click("addArea:add");
        assertThat(browser.messages()).contains("There is already an area called \"loneliness\".");
        assertThat(browser.value("addArea:newName")).isEqualTo("  loneliness ");
        int row = areaRow("Loneliness");
        browser.type("areaList:areas:" + row + ":name", "Loneliness and isolation");
        browser.click("areaList:areas:" + row + ":rename");
        assertThat(browser.messages()).contains("Renamed to \"Loneliness and isolation\".");
        browser.click("areaList:areas:" + areaRow("Self-harm") + ":retire");
        assertThat(browser.messages()).contains("Retired \"Self-harm\".");
        assertThat(browser.text()).contains("Retired");
        browser.assertAccessible();
        browser.screenshots("coordinator-areas");
        signOut();

        // A trainee cannot reach the coordinators' list.
        signIn(TRAINEE, CHANGED_PASSWORD);
        assertThat(get("/coordinator/areas.xhtml", browser.cookieHeader()).statusCode()).isEqualTo(403);
        signOut();
    }

    @Test
    @Order(51)
    void aSupporterBuildsAProfileIsStoppedBySafeSharingFixesItConsentsAndPublishes() throws Exception {
        signIn(TRAINEE, CHANGED_PASSWORD);
        browser.open("/trainee/certificate.xhtml");
        browser.click("toDirectoryProfile");
        assertThat(browser.path()).startsWith("/trainee/directory-profile.xhtml");
        assertThat(browser.value("profile:displayName")).isEqualTo("Tam Trainee");
        assertThat(browser.text()).doesNotContain("Self-harm");
        browser.assertAccessible();

        browser.type("profile:displayName", "");
        browser.click("profile:save");
        assertThat(browser.messages()).contains("Please write the name you would like to show.");

        browser.type("profile:displayName", "Tam");
        browser.type("profile:pronouns", "they/them");
        String unsafe = "When I was very unwell I weighed 45 kg, and a friend sat with me every evening. <b>Tea</b> helps.";
        browser.type("profile:bio", unsafe);
        tick("profile:areas", "Bereavement");
        tick("profile:areas", "Loneliness and isolation");
        tick("profile:formats", "Phone");
        tick("profile:formats", "Video call");
        tick("profile:languages", "British Sign Language");
        tick("profile:availability", "Weekends");
        browser.select("profile:region", "Wales");
        browser.select("profile:capacity", "3");
        browser.click("profile:showBIO");
        browser.click("profile:showAREAS");
        // Availability stays private: it is never shown or matched by a filter.
        browser.click("profile:showAVAILABILITY");
        browser.click("profile:save");
        assertThat(browser.messages()).contains("Your profile is saved, but it cannot be published");
        assertThat(browser.findAll("mark.safe-sharing-flag")).singleElement().satisfies(mark -> assertThat(mark.getText()).isEqualTo("45 kg"));
        assertThat(browser.find("statusLine").getText()).contains("Not published");

        browser.click("listing:publish");
        assertThat(browser.messages()).contains("Please tick the statement to show that you agree to it.");
        browser.click("listing:consent");
        browser.click("listing:publish");
        assertThat(browser.messages()).contains("Your profile cannot be published yet");
        assertThat(browser.find("statusLine").getText()).contains("Not published");
        browser.assertAccessible();
        browser.screenshots("directory-profile-flagged");

        String safe = "When I was very unwell, a friend sat with me every evening and listened. <b>Tea</b> helps.";
        browser.type("profile:bio", safe);
        browser.click("profile:save");
        assertThat(browser.messages()).contains("Your profile is saved. It is not in the directory until you publish it.");
        assertThat(browser.findAll("mark.safe-sharing-flag")).isEmpty();
        assertThat(browser.find("preview").getText()).contains("Tam", "they/them", "Wales", "Phone, Video call", "British Sign Language",
                "Bereavement", "Loneliness and isolation", "<b>Tea</b> helps.").doesNotContain("Weekends");
        browser.click("listing:consent");
        browser.click("listing:publish");
        assertThat(browser.messages()).contains("Your profile is in the directory now.");
        assertThat(browser.find("statusLine").getText()).contains("Published");
        assertThat(browser.text()).contains("You agreed to the statement (version 2026-11)");

        // Once listed, a flagged bio is not saved: the typed text stays to correct.
        browser.type("profile:bio", unsafe);
        browser.click("profile:save");
        assertThat(browser.messages()).contains("Nothing was saved");
        assertThat(browser.value("profile:bio")).isEqualTo(unsafe);
        browser.open("/trainee/directory-profile.xhtml");
        assertThat(browser.value("profile:bio")).isEqualTo(safe);
        browser.assertAccessible();
        browser.screenshots("directory-profile-editor");
        signOut();
    }

    @Test
    @Order(52)
    void aMemberOfThePublicFindsTheSupporterByFilterAndTextAndOpensTheirProfile() throws Exception {
        browser.open("/directory");
        assertThat(browser.title()).isEqualTo("Find a peer supporter");
        assertThat(browser.text()).contains("1 supporter found", "Tam", "This is not a crisis service", "Samaritans");
        browser.assertAccessible();
        browser.screenshots("directory");

        browser.select("format", "Phone");
        browser.select("language", "British Sign Language");
        browser.select("availability", "Weekends");
        browser.type("q", "friend");
        browser.click("search");
        // Tam keeps availability private, so filtering on it never finds them.
        assertThat(browser.path()).startsWith("/directory?").contains("format=PHONE", "availability=WEEKENDS", "q=friend");
        assertThat(browser.text()).contains("No one matches this search right now.");
        browser.assertAccessible();

        browser.select("availability", "Any");
        browser.click("search");
        assertThat(browser.text()).contains("1 supporter found", "Tam", "they/them", "Wales", "Bereavement");
        assertThat(browser.value("q")).isEqualTo("friend");
        String bookmark = browser.path();
        browser.open(bookmark);
        assertThat(browser.text()).contains("1 supporter found");

        browser.clickFirst(".directory-card__name a");
        assertThat(browser.path()).matches("/directory/supporter\\.xhtml\\?id=\\d+");
        assertThat(browser.title()).isEqualTo("Tam");
        assertThat(browser.text()).contains("they/them", "Wales", "Phone, Video call", "British Sign Language", "Loneliness and isolation",
                "<b>Tea</b> helps.", "This is not a crisis service").doesNotContain("Weekends", TRAINEE, "Tam Trainee");
        assertThat(browser.findAll(".directory-bio b")).isEmpty();
        assertThat(browser.find("askForSupport").getDomAttribute("href")).matches(".*/directory/request\\.xhtml\\?supporter=\\d+");
        HttpResponse<String> page = get(browser.path(), null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        browser.assertAccessible();
        browser.screenshots("directory-supporter");
    }

    @Test
    @Order(53)
    void theDirectoryAnswersBadInputPlainly() throws Exception {
        browser.open("/directory?area=abc&format=CARRIER_PIGEON&language=Klingon&region=%3Cb%3EMars%3C%2Fb%3E&page=99999999999999999999");
        assertThat(browser.messages()).contains("We do not know the area \"abc\"", "We do not know the way of meeting \"CARRIER_PIGEON\"",
                "We do not know the language \"Klingon\"", "We do not know the region \"<b>Mars</b>\"",
                "\"99999999999999999999\" is not a page number, so here is the first page.");
        assertThat(browser.text()).contains("1 supporter found", "Tam");
        browser.assertAccessible();

        browser.open("/directory?page=7");
        assertThat(browser.messages()).contains("There is no page 7: the results end at page 1. Here it is.");
        assertThat(browser.text()).contains("Tam");

        browser.open("/directory?q=" + URLEncoder.encode("%' OR 1=1 --", StandardCharsets.UTF_8));
        assertThat(browser.text()).contains("No supporters found", "No one matches this search right now.");
        assertThat(browser.value("q")).isEqualTo("%' OR 1=1 --");
        browser.open("/directory?q=%25");
        assertThat(browser.text()).contains("No supporters found");
        browser.open("/directory?q=" + URLEncoder.encode("<b>Tea</b>", StandardCharsets.UTF_8));
        assertThat(browser.text()).contains("1 supporter found");

        for (String id : List.of("abc", "99999999999999999999", "-1", "0")) {
            HttpResponse<String> missing = get("/directory/supporter.xhtml?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8), null);
            assertThat(missing.statusCode()).as(id).isEqualTo(404);
            assertThat(missing.body()).contains("We could not find that page");
            assertNoStackTrace(missing.body());
        }
    }

    @Test
    @Order(54)
    void pausingUnpublishingAndWithdrawingConsentTakeTheSupporterOutAtOnce() throws Exception {
        browser.open("/directory");
        browser.clickFirst(".directory-card__name a");
        String profilePage = browser.path();

        signIn(TRAINEE, CHANGED_PASSWORD);
        browser.open("/trainee/directory-profile.xhtml");
        browser.click("listing:pause");
        assertThat(browser.messages()).contains("Your profile is paused.");
        assertThat(browser.find("statusLine").getText()).contains("Paused");
        assertThat(get(profilePage, null).statusCode()).isEqualTo(404);
        assertThat(get("/directory", null).body()).contains("No supporters are listed right now.");
        browser.click("listing:resume");
        assertThat(browser.messages()).contains("Welcome back.");
        assertThat(get(profilePage, null).statusCode()).isEqualTo(200);

        browser.click("listing:unpublish");
        assertThat(browser.messages()).contains("Your profile has left the directory.");
        assertThat(get(profilePage, null).statusCode()).isEqualTo(404);

        browser.click("listing:withdraw");
        assertThat(browser.messages()).contains("Your consent is withdrawn");
        assertThat(browser.find("statusLine").getText()).contains("Consent withdrawn");
        assertThat(get(profilePage, null).statusCode()).isEqualTo(404);
        browser.assertAccessible();

        // Tam publishes again with a fresh consent, and is listed for the requests that follow.
        browser.click("listing:consent");
        browser.click("listing:publish");
        assertThat(browser.messages()).contains("Your profile is in the directory now.");
        assertThat(get(profilePage, null).statusCode()).isEqualTo(200);
        signOut();
    }

    /** The member of the public who asks Tam for support (tests 55-58); they have no account. */
    private static final String REQUESTER = "robin-" + RUN + "@example.org";

    @Test
    @Order(55)
    void aMemberOfThePublicAsksTamForSupportAndTheRequestGoesToTheCoordinators() throws Exception {
        browser.open("/directory");
        browser.clickFirst(".directory-card__name a");
        browser.clickFirst("#askForSupport");
        assertThat(browser.path()).matches("/directory/request\\.xhtml\\?supporter=\\d+");
        assertThat(browser.title()).isEqualTo("Ask for peer support");
        assertThat(browser.text()).contains("You are asking for support from Tam.", "not straight to the supporter",
                "This is not a crisis service", "Samaritans").doesNotContain(TRAINEE, "Tam Trainee");
        browser.assertAccessible();
        browser.screenshots("request-form");

        // A mistyped address and no consent: each is said plainly, and everything typed stays.
        browser.type("request:displayName", "Robin");
        browser.type("request:email", "robin at home");
        browser.select("request:area", "Bereavement");
        browser.select("request:format", "Phone");
        browser.select("request:language", "British Sign Language");
        browser.select("request:region", "Wales");
        browser.type("request:note", "Evenings are best for me.");
        browser.click("request:send");
        assertThat(browser.messages()).contains("That does not look like an e-mail address.");
        assertThat(browser.value("request:displayName")).isEqualTo("Robin");
        assertThat(browser.value("request:note")).isEqualTo("Evenings are best for me.");
        browser.assertAccessible();
        browser.type("request:email", REQUESTER);
        browser.click("request:send");
        assertThat(browser.messages()).contains("Please tick the box to agree");
        assertThat(browser.value("request:email")).isEqualTo(REQUESTER);
        assertThat(browser.value("request:region")).isEqualTo("Wales");

        browser.find("request:consent").click();
        browser.click("request:send");
        assertThat(browser.text()).contains("Thank you. Your request is with our coordinators.", "Samaritans");
        browser.assertAccessible();

        // The coordinators hear that a request is waiting, and nothing about who sent it; Tam hears nothing yet.
        String mail = mailTo(COORDINATOR, "A new request for peer support is waiting");
        assertThat(mail).contains("/coordinator/support-request.xhtml?id=").doesNotContain("Robin", REQUESTER, "Evenings");
        assertThat(MAIL.getReceivedMessages()).noneMatch(m -> recipientIs(m, TRAINEE) && subject(m).startsWith("You have been offered"));
    }

    @Test
    @Order(56)
    void theCoordinatorFindsTheRequestInTheQueueAndOffersItToTheBestFit() throws Exception {
        signIn(COORDINATOR, PASSWORD);
        browser.open("/coordinator/support-requests.xhtml?status=MATCHED");
        assertThat(browser.text()).contains("No supports are under way.");
        browser.assertAccessible();
        browser.open("/coordinator/support-requests.xhtml");
        assertThat(browser.title()).isEqualTo("Support requests");
        assertThat(browser.text()).contains("Waiting (1)", "Robin", "Tam", "Bereavement", "Phone", "British Sign Language", "Wales");
        browser.assertAccessible();
        browser.screenshots("support-queue");

        browser.clickFirst("a[href*='support-request.xhtml?id=']");
        String requestPage = browser.path();
        assertThat(browser.title()).isEqualTo("Request from Robin");
        assertThat(browser.text()).contains(REQUESTER, "Evenings are best for me.", "They asked for this supporter",
                "Shared lived experience", "Speaks their language", "Offers how they want to meet", "Same area", "3 of 3", "Current");
        browser.assertAccessible();
        browser.screenshots("matching");

        browser.click("candidates:ranked:0:offer");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Offered to Tam. They have been told by e-mail.");
        assertThat(browser.text()).contains("Waiting for an answer", "This request is not waiting for a supporter");
        browser.assertAccessible();
        signOut();

        // Tam cannot open the coordinators' pages.
        signIn(TRAINEE, CHANGED_PASSWORD);
        assertThat(get(requestPage, browser.cookieHeader()).statusCode()).isEqualTo(403);
        assertThat(get("/coordinator/support-requests.xhtml", browser.cookieHeader()).statusCode()).isEqualTo(403);
        signOut();
    }

    @Test
    @Order(57)
    void tamIsToldByEmailAndAcceptsOnTheirSupportPage() throws Exception {
        String link = linkFromMailTo(TRAINEE, "You have been offered someone to support");
        assertThat(link).isEqualTo("/trainee/support.xhtml");
        assertThat(mailTo(TRAINEE, "You have been offered someone to support")).doesNotContain("Robin", REQUESTER);
        signIn(TRAINEE, CHANGED_PASSWORD);
        browser.open(link);
        assertThat(browser.title()).isEqualTo("People I support");
        assertThat(browser.text()).contains("Robin", "Waiting for an answer", "Bereavement", "Evenings are best for me.")
                .doesNotContain(REQUESTER);
        browser.assertAccessible();
        browser.screenshots("trainee-support");

        browser.click("support:offers:0:accept");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Thank you. They have been told by e-mail");
        assertThat(browser.text()).contains("Accepted", REQUESTER, "End support");
        browser.assertAccessible();
        signOut();
    }

    @Test
    @Order(58)
    void theRequesterHearsWhatHappensNextAndTheCoordinatorSeesTheMatch() throws Exception {
        String mail = mailTo(REQUESTER, "A peer supporter has agreed to support you");
        assertThat(mail).contains("Hello Robin", "Tam has agreed to be your peer supporter", "What happens next", "Samaritans")
                .doesNotContain(TRAINEE, "Tam Trainee", "http");

        signIn(COORDINATOR, PASSWORD);
        browser.open("/coordinator/support-requests.xhtml?status=MATCHED");
        assertThat(browser.text()).contains("Matched (1)", "Robin");
        browser.clickFirst("a[href*='support-request.xhtml?id=']");
        assertThat(browser.text()).contains("Matched", "Accepted", "End support");
        browser.assertAccessible();
        signOut();
    }

    /** Ticks the checkbox of a group (a selectManyCheckbox) by the words of its label. */
    private void tick(String groupId, String label) {
        browser.findAll("[id='" + groupId + "'] label").stream().filter(l -> l.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No choice '" + label + "' in " + groupId)).click();
    }

    /** The row number of an area on the coordinators' list. */
    private int areaRow(String name) {
        List<String> names = browser.findAll(".area-list__name input").stream().map(input -> input.getDomProperty("value")).toList();
        assertThat(names).contains(name);
        return names.indexOf(name);
    }

    /** Chooses the same level for every criterion (by position), an outcome (by position), and writes feedback. */
    private void grade(Course.Module module, int level, int outcome, String feedback) {
        for (int criterion = 0; criterion < module.reflection().rubric().size(); criterion++) {
            browser.find("grade:criteria:" + criterion + ":level:" + level).click();
        }
        browser.type("grade:feedback", feedback);
        browser.find("grade:outcome:" + outcome).click();
    }

    /** Waits for the autosave that follows typing to report the time it saved. */
    private void awaitSaved() {
        browser.awaitText("writing:status", "Saved ");
    }

    private int courseProgress() {
        return ((Number) browser.script("return document.querySelector('.course-summary progress').value")).intValue();
    }

    private int moduleProgress(String moduleId) {
        return ((Number) browser.script("return document.querySelector(\".module-list a[href*='module=\" + arguments[0] + \"']\")"
                + ".closest('li').querySelector('progress').value", moduleId)).intValue();
    }

    /** Answers every question of the module's check, all right or all wrong, by clicking the options by their ids. */
    private void answer(Course.Module module, boolean right) {
        List<Course.Question> questions = module.knowledgeCheck().questions();
        for (int q = 0; q < questions.size(); q++) {
            Course.Question question = questions.get(q);
            for (Course.Option option : question.options()) {
                if (right ? option.correct() : !option.correct()) {
                    browser.findAll("input[name^='check:q:" + q + ":'][value='" + option.id() + "']").get(0).click();
                    if (question.type() == Course.QuestionType.SINGLE) {
                        break;
                    }
                }
            }
        }
    }

    /** The option ids of the check on the page, in the order they are shown. */
    private String shownOptionOrder() {
        return (String) browser.script("return Array.from(document.querySelectorAll('#check input[type=radio], #check input[type=checkbox]'))"
                + ".map(input => input.value).join(' ')");
    }

    private static void assertNoStackTrace(String body) {
        assertThat(body).doesNotContainPattern("\\bat (org|java|jakarta|com)\\.[\\w.$]+\\(").doesNotContain("Caused by:");
    }

    @Test
    @Order(59)
    void theRecordsKeptTheAuditTrailAndThePrivacyNoticeCanBeReadAndChecked() throws Exception {
        signIn(ADMIN, PASSWORD);
        browser.open("/admin/retention.xhtml");
        assertThat(browser.title()).isEqualTo("Keeping records");
        browser.assertAccessible();
        browser.screenshots("admin-retention");
        browser.click("chain:check");
        assertThat(browser.text()).contains("The audit trail is intact");
        signOut();

        signIn(COORDINATOR, PASSWORD);
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
    @Order(60)
    void aTraineeDownloadsTheirDataAndFindsTheirReflectionInIt() throws Exception {
        signIn(TRAINEE, CHANGED_PASSWORD);
        browser.open("/account/my-data.xhtml");
        browser.assertAccessible();
        browser.screenshots("account-my-data");
        HttpResponse<String> file = get("/account/my-data.json", browser.cookieHeader());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("\"format\"", "What stayed with me is how much listening matters", TRAINEE)
                .doesNotContain("password_hash", PASSWORD, CHANGED_PASSWORD);
        browser.click("readable");
        assertThat(browser.text()).contains("What stayed with me is how much listening matters");
        browser.assertAccessible();
        browser.screenshots("account-my-data-report");
        signOut();
    }

    @Test
    @Order(61)
    void aSwitchedOffTrainersOpenTabGetsTheSignInPageAtItsNextClick() throws Exception {
        signIn(TRAINER, TRAINER_RESET_PASSWORD);
        browser.open("/trainer/queue.xhtml");
        Set<Cookie> trainersTab = browser.sessionCookies();

        browser.forgetSession();
        signIn(ADMIN, PASSWORD);
        browser.open("/admin/staff.xhtml");
        browser.type("lookup:email", TRAINER);
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
        signIn(TRAINER, TRAINER_RESET_PASSWORD);
        assertThat(browser.messages()).contains("The e-mail address or password is not right");
    }

    @Test
    @Order(62)
    void aTraineeRenamesThemselvesAndMovesToANewAddressOnceTheyOpenTheLinkSentThere() throws Exception {
        signIn(TRAINEE, CHANGED_PASSWORD);
        browser.open("/account/password.xhtml");
        browser.type("name:displayName", "Tam T");
        browser.click("name:submit");
        assertThat(browser.messages()).contains("Your name has been saved.");
        assertThat(browser.findAll(".site-account__label").get(0).getText()).isEqualTo("Tam T");

        browser.type("emailChange:email", TRAINEE_MOVED);
        browser.type("emailChange:emailPassword", CHANGED_PASSWORD);
        browser.click("emailChange:submit");
        assertThat(browser.messages()).contains("We have sent a link to " + TRAINEE_MOVED);
        assertThat(browser.find("pendingEmail").getText()).contains(TRAINEE_MOVED);
        signOut();

        browser.open(linkFromMailTo(TRAINEE_MOVED, "Confirm your new e-mail address"));
        assertThat(browser.text()).contains("Use " + TRAINEE_MOVED + " to sign in to Alongside from now on?");
        browser.assertAccessible();
        browser.screenshots("confirm-email");
        browser.click("confirm:submit");
        assertThat(browser.messages()).contains("Your e-mail address is now " + TRAINEE_MOVED);
        assertThat(mailTo(TRAINEE, "Your Alongside e-mail address has changed")).contains(TRAINEE_MOVED);

        signIn(TRAINEE, CHANGED_PASSWORD);
        assertThat(browser.messages()).contains("The e-mail address or password is not right");
        signIn(TRAINEE_MOVED, CHANGED_PASSWORD);
        assertThat(browser.findAll(".site-account__label").get(0).getText()).isEqualTo("Tam T");
    }

    @Test
    @Order(63)
    void aCoordinatorErasesAnAccountAndThePersonCanNoLongerSignIn() throws Exception {
        signIn(TRAINEE_MOVED, CHANGED_PASSWORD);
        browser.open("/account/my-data.xhtml");
        browser.type("requestErasure:reason", "I am moving on, thank you for everything.");
        browser.click("requestErasure:ask");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Your request is with a coordinator.");
        signOut();

        signIn(COORDINATOR, PASSWORD);
        browser.open("/account/erasure-requests.xhtml");
        assertThat(browser.text()).contains("Tam T", "I am moving on");
        browser.assertAccessible();
        browser.screenshots("erasure-requests");
        browser.clickFirst("[id$=':review']");
        assertThat(browser.find("email").getText()).isEqualTo(TRAINEE_MOVED);
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

        assertThat(mailTo(TRAINEE_MOVED, "Your Alongside account has been erased")).isNotBlank();
        signIn(TRAINEE_MOVED, CHANGED_PASSWORD);
        assertThat(browser.messages()).contains("The e-mail address or password is not right");
    }

    private void signIn(String email, String password) {
        // Staff with a second factor come back to the session they left (a tab kept open), as the
        // authenticator gives only a code or two each 30 seconds; anyone else signs in afresh.
        Set<Cookie> kept = KEPT_SESSIONS.remove(email);
        if (kept != null) {
            browser.resumeSession(kept);
            browser.open("/account/password.xhtml");
            if (browser.text().contains("You are signed in as " + email)) {
                signedInAs = email;
                return;
            }
        }
        browser.open("/sign-in.xhtml");
        browser.type("signin:email", email);
        browser.type("signin:password", password);
        browser.click("signin:submit");
        finishSecondFactor(email);
        signedInAs = email;
    }

    /**
     * The step after the password, as a person with an authenticator app takes it: the code
     * page gets a code computed from the secret; a person who must set up a second factor first
     * does so with the secret the setup page shows.
     */
    private void finishSecondFactor(String email) {
        if (browser.path().startsWith("/sign-in-code.xhtml")) {
            browser.type("code:value", SecondFactorClient.nextCode(email));
            browser.click("code:submit");
        } else if (browser.path().startsWith("/account/second-factor.xhtml")) {
            enrolSecondFactor(email);
            browser.click("continue");
        }
    }

    /** Sets up the second factor on the setup page, reading the secret typed out there; returns the recovery codes shown. */
    private List<String> enrolSecondFactor(String email) {
        SecondFactorClient.remember(email, browser.find("secret").getText());
        browser.type("setup:code", SecondFactorClient.nextCode(email));
        browser.click("setup:submit");
        assertThat(browser.messages()).contains("Your second factor is on");
        return browser.findAll("#recoveryCodeList code").stream().map(org.openqa.selenium.WebElement::getText).toList();
    }

    /**
     * A coordinator's first sign-in: the setup page comes first, and nothing else opens; the
     * coordinator scans (here: reads) the secret, confirms a first code, keeps the recovery codes,
     * signs out, and signs in again with password and code.
     */
    private void coordinatorSetsUpASecondFactorThenSignsInWithACode() throws Exception {
        browser.open("/sign-in.xhtml");
        browser.type("signin:email", COORDINATOR);
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
        List<String> recoveryCodes = enrolSecondFactor(COORDINATOR);
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        browser.assertAccessible();
        browser.screenshots("second-factor-recovery-codes");
        browser.click("continue");
        assertThat(browser.path()).isEqualTo("/coordinator/cohorts.xhtml");

        signOut();
        browser.open("/sign-in.xhtml");
        browser.type("signin:email", COORDINATOR);
        browser.type("signin:password", PASSWORD);
        browser.click("signin:submit");
        assertThat(browser.path()).isEqualTo("/sign-in-code.xhtml");
        browser.assertAccessible();
        browser.screenshots("sign-in-code");
        browser.type("code:value", "123 456");
        browser.click("code:submit");
        assertThat(browser.messages()).contains("That code is not right");
        browser.type("code:value", SecondFactorClient.nextCode(COORDINATOR));
        browser.click("code:submit");
        assertThat(browser.path()).isEqualTo("/coordinator/home.xhtml");

        browser.open("/account/second-factor.xhtml");
        assertThat(browser.text()).contains("Your second factor is on", "Recovery codes not yet used: 10");
        assertThat(browser.findAll("[id='manage:remove']")).as("a coordinator cannot turn it off").isEmpty();
        browser.assertAccessible();
        browser.screenshots("second-factor-manage");
        browser.open("/coordinator/home.xhtml");
    }

    private void signOut() {
        if (signedInAs != null && SecondFactorClient.hasSecondFactor(signedInAs) && browser.sessionCookie() != null) {
            KEPT_SESSIONS.put(signedInAs, browser.sessionCookies());
        } else if (!browser.findAll("[id='signOutForm:signOut']").isEmpty()) {
            browser.click("signOutForm:signOut");
        }
        signedInAs = null;
        browser.forgetSession();
    }

    private void createStaff(String name, String email, String roleCheckbox) {
        browser.type("staffForm:displayName", name);
        browser.type("staffForm:email", email);
        browser.clickLabel(roleCheckbox);
        browser.click("staffForm:create");
        assertThat(browser.messages()).contains(name + " can now set their password");
    }

    private void choosePassword(String link) {
        browser.open(link);
        browser.assertAccessible();
        browser.type("reset:password", PASSWORD);
        browser.type("reset:confirmation", PASSWORD);
        browser.click("reset:submit");
        assertThat(browser.messages()).contains("Your password is saved");
    }

    /** Waits for the message to arrive over SMTP and returns its link, pointed at this test's server. */
    private static String linkFromMailTo(String recipient, String subjectStart) throws Exception {
        Matcher link = Pattern.compile("https?://[^/\\s]+(/\\S+)").matcher(mailTo(recipient, subjectStart));
        assertThat(link.find()).as("a link in the mail to " + recipient).isTrue();
        return link.group(1);
    }

    /** Waits for the message to arrive over SMTP (on GreenMail's own wait for each new mail) and returns its text. */
    private static String mailTo(String recipient, String subjectStart) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            MimeMessage[] received = MAIL.getReceivedMessages();
            for (MimeMessage message : received) {
                if (recipientIs(message, recipient) && subject(message).startsWith(subjectStart)) {
                    return message.getContent().toString();
                }
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0 || !MAIL.waitForIncomingEmail(left, received.length + 1)) {
                throw new AssertionError("No mail '" + subjectStart + "' reached " + recipient);
            }
        }
    }

    private static boolean recipientIs(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GET beside the browser, as the browser's session when {@code cookies} (its {@code Cookie} header) is given. */
    private static HttpResponse<String> get(String path, String cookies) throws Exception {
        return send(path, cookies, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> getBytes(String path, String cookies) throws Exception {
        return send(path, cookies, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> send(String path, String cookies, HttpResponse.BodyHandler<T> body) throws Exception {
        // Paths taken from the page's links carry the context path; the base URL has it already.
        String contextPath = URI.create(baseUrl).getPath().replaceFirst("/$", "");
        String local = !contextPath.isEmpty() && path.startsWith(contextPath + "/") ? path.substring(contextPath.length()) : path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + local)).GET();
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(request.build(), body);
    }
}
