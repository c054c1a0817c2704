package org.alongside.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * Defects found by trying the portal as each role (issue 18), in the browser, as the demo trainee
 * and trainer (a database of its own with the demo accounts, pom.xml execution "browser-defects"):
 * a released grade and a reset-link request end at an address of their own (redirect after
 * POST), the trainer's queue speaks to staff, a trainee on the course has no certificate,
 * directory or support links yet, and the too-many-requests page opened directly answers 429.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TraineeDefectsBrowserIT {

    private static final String TRAINEE = "trainee@alongside.example";
    private static final String TRAINER = "trainer@alongside.example";
    private static final String PASSWORD = "demo-password-for-tests";
    private static final String MODULE = "values-and-principles";

    private static Browser browser;
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
            baseUrl = new URL("http", "127.0.0.1", deployedAt.getPort(), deployedAt.getPath()).toString();
            browser = new Browser(baseUrl);
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void aTraineeOnTheCourseHasNoCertificateDirectoryOrSupportLinksYet() throws Exception {
        signIn(TRAINEE);
        browser.open("/trainee/home.xhtml");
        String menu = browser.findAll(".site-nav").get(0).getText();
        assertThat(menu).contains("Practice").doesNotContain("My certificate", "Directory profile", "People I support");
        assertThat(browser.findAll("[id='navMyCertificate'], [id='navDirectoryProfile'], [id='navSupportOffers']")).isEmpty();
        browser.screenshots("defects-trainee-menu");
    }

    @Test
    @Order(2)
    void aReleasedGradeIsShownAtTheSubmissionsOwnAddress() throws Exception {
        browser.open("/trainee/agreement.xhtml");
        if (!browser.findAll("[id='agreement:acknowledge']").isEmpty()) {
            browser.click("agreement:acknowledge");
        }
        browser.open("/trainee/reflection.xhtml?module=" + MODULE);
        browser.type("writing:text", "Mutuality means we meet as equals: I listen first, and I offer choice rather than advice.");
        browser.click("writing:submit");
        assertThat(browser.messages()).contains("Version 1 is with your trainer");
        browser.click("signOutForm:signOut");

        signIn(TRAINER);
        browser.open("/trainer/queue.xhtml");
        // Staff wording: the count of reflections waiting is not the trainee's "With your trainer".
        String counts = browser.findAll(".status-counts").get(0).getText();
        assertThat(counts).contains("To grade", "Needs revision", "Accepted").doesNotContain("With your trainer");
        browser.screenshots("defects-trainer-queue");
        browser.clickFirst("a[href*='grade.xhtml?submission=']");
        String gradingPage = browser.path();
        assertThat(gradingPage).matches("/trainer/grade\\.xhtml\\?submission=\\d+");

        browser.findAll("input[type='radio'][id^='grade:criteria:'][id$=':level:1']").forEach(level -> level.click());
        browser.type("grade:feedback", "A warm start: say a little more about how you would offer choice.");
        browser.click("grade:saveDraft");
        assertThat(browser.path()).as("a saved draft: redirect after POST").isEqualTo(gradingPage);
        assertThat(browser.messages()).contains("saved");

        browser.find("grade:outcome:0").click();
        browser.click("grade:release");
        // Redirect after POST: the answer is the submission's own address, which Back, Forward and a bookmark open again.
        assertThat(browser.path()).isEqualTo(gradingPage);
        assertThat(redirectsToThisPage()).isEqualTo(1);
        assertThat(browser.messages()).contains("The grade is released.");
        assertThat(browser.findAll("[id='grade:release']")).as("released: nothing left to release").isEmpty();
        browser.assertAccessible();
        browser.screenshots("defects-grade-released");
        browser.open(gradingPage);
        assertThat(browser.text()).contains("A warm start: say a little more");
        browser.click("signOutForm:signOut");
    }

    @Test
    @Order(3)
    void askingForAResetLinkEndsAtThePagesOwnAddress() throws Exception {
        browser.forgetSession();
        browser.open("/forgot-password.xhtml");
        browser.type("forgot:email", "nobody-here@example.org");
        browser.click("forgot:submit");
        assertThat(browser.path()).isEqualTo("/forgot-password.xhtml");
        assertThat(redirectsToThisPage()).as("the post was answered with a redirect, so a reload sends nothing again").isEqualTo(1);
        assertThat(browser.messages()).contains("If that address has an account");
        browser.open("/forgot-password.xhtml");
        assertThat(browser.findAll("[id='forgot:email']")).as("opened again: the form, not the answer").hasSize(1);
    }

    @Test
    @Order(4)
    void theTooManyRequestsPageOpenedDirectlyAnswers429() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl).resolve("/error/too-many-requests.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(429);
    }

    /** How many redirects led to the page shown (the browser's own navigation timing). */
    private static long redirectsToThisPage() {
        return ((Number) browser.script("return performance.getEntriesByType('navigation')[0].redirectCount")).longValue();
    }

    private static void signIn(String email) {
        browser.open("/sign-in.xhtml");
        browser.type("signin:email", email);
        browser.type("signin:password", PASSWORD);
        browser.click("signin:submit");
    }
}
