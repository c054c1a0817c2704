package org.alongside.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * What every browser test class shares, in the spirit of OmniFaces' own browser tests: the one
 * portal of the run (the whole WAR, deployed once for every {@link SharedPortal} class of the
 * failsafe execution), one headless Chromium and one SMTP server (GreenMail) for the whole JVM,
 * cookies forgotten before each test, the one wait timeout, and the ways a person signs in and
 * out. A class builds the people and groups it needs with a {@link PortalFixture} of its own, so
 * it runs alone or in any order, and each test signs in afresh.
 */
@SharedPortal
@RunAsClient
@ExtendWith(PortalBrowserTestBase.OneBrowserPerRun.class)
abstract class PortalBrowserTestBase {

    /** The one timeout of every wait (a page, an ajax update, a text, a mail): generous, for a busy machine. */
    static final Duration WAIT = Duration.ofSeconds(60);

    static Browser browser;
    static String baseUrl;

    /**
     * Sessions of staff with a second factor, left open rather than signed out (see {@link #signIn}):
     * an authenticator gives only a code or two each 30 seconds.
     */
    private static final Map<String, Set<Cookie>> KEPT_SESSIONS = new ConcurrentHashMap<>();
    private static String signedInAs;

    @ArquillianResource
    URL deployedAt;

    @BeforeEach
    void freshBrowser() throws Exception {
        if (browser == null) {
            // Arquillian reports the machine's own address; the browser talks to loopback only.
            baseUrl = new URL("http", "127.0.0.1", deployedAt.getPort(), deployedAt.getPath()).toString();
            browser = new Browser(baseUrl, WAIT);
        }
        browser.forgetSession();
        signedInAs = null;
    }

    /**
     * Starts the SMTP server before the first class and stops it, and the browser, after the last;
     * photographs the page a failed test ended on (target/screenshots/failed-…).
     */
    static final class OneBrowserPerRun implements BeforeAllCallback, AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext context) throws Exception {
            if (context.getExecutionException().isPresent() && browser != null) {
                browser.screenshots("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            }
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(OneBrowserPerRun.class, key -> {
                SmtpInbox.start();
                AutoCloseable endOfRun = () -> {
                    if (browser != null) {
                        browser.close();
                    }
                    SmtpInbox.stop();
                };
                return endOfRun;
            });
        }
    }

    /**
     * Signs in with e-mail and password, and the second factor when the portal asks. Staff with a
     * second factor come back to the session they left (a tab kept open) instead.
     */
    static void signIn(String email, String password) {
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

    /** Signs out (staff with a second factor: keeps the session for {@link #signIn}) and forgets the cookies. */
    static void signOut() {
        if (signedInAs != null && SecondFactorClient.hasSecondFactor(signedInAs) && browser.sessionCookie() != null) {
            KEPT_SESSIONS.put(signedInAs, browser.sessionCookies());
        } else if (!browser.findAll("[id='signOutForm:signOut']").isEmpty()) {
            browser.click("signOutForm:signOut");
        }
        signedInAs = null;
        browser.forgetSession();
    }

    /**
     * The step after the password, as a person with an authenticator app takes it: the code page
     * gets a code computed from the secret; a person who must set up a second factor first does
     * so with the secret the setup page shows.
     */
    static void finishSecondFactor(String email) {
        if (browser.path().startsWith("/sign-in-code.xhtml")) {
            browser.type("code:value", SecondFactorClient.nextCode(email));
            browser.click("code:submit");
        } else if (browser.path().startsWith("/account/second-factor.xhtml")) {
            enrolSecondFactor(email);
            browser.click("continue");
        }
    }

    /** Sets up the second factor on the setup page, reading the secret typed out there; returns the recovery codes shown. */
    static List<String> enrolSecondFactor(String email) {
        SecondFactorClient.remember(email, browser.find("secret").getText());
        browser.type("setup:code", SecondFactorClient.nextCode(email));
        browser.click("setup:submit");
        assertThat(browser.messages()).contains("Your second factor is on");
        return browser.findAll("#recoveryCodeList code").stream().map(WebElement::getText).toList();
    }

    /** On the administrator's staff page: adds a staff member with the role whose checkbox is given. */
    static void createStaff(String name, String email, String roleCheckbox) {
        browser.type("staffForm:displayName", name);
        browser.type("staffForm:email", email);
        browser.clickLabel(roleCheckbox);
        browser.click("staffForm:create");
        assertThat(browser.messages()).contains(name + " can now set their password");
    }

    /** Opens a password link from an e-mail and chooses the password. */
    static void choosePassword(String link, String password) {
        browser.open(link);
        browser.assertAccessible();
        browser.type("reset:password", password);
        browser.type("reset:confirmation", password);
        browser.click("reset:submit");
        assertThat(browser.messages()).contains("Your password is saved");
    }

    /** Waits for the message to arrive over SMTP and returns its link, pointed at this test's server. */
    static String linkFromMailTo(String recipient, String subjectStart) throws Exception {
        Matcher link = Pattern.compile("https?://[^/\\s]+(/\\S+)").matcher(mailTo(recipient, subjectStart));
        assertThat(link.find()).as("a link in the mail to " + recipient).isTrue();
        return link.group(1);
    }

    /** Waits for the message to arrive over SMTP and returns its text. */
    static String mailTo(String recipient, String subjectStart) throws Exception {
        return SmtpInbox.awaitMail(recipient, subjectStart, WAIT);
    }

    /** A GET beside the browser, as the browser's session when {@code cookies} (its {@code Cookie} header) is given. */
    static HttpResponse<String> get(String path, String cookies) throws Exception {
        return send(path, cookies, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> getBytes(String path, String cookies) throws Exception {
        return send(path, cookies, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> send(String path, String cookies, HttpResponse.BodyHandler<T> body) throws Exception {
        // Paths taken from the page's links carry the context path; the base URL has it already.
        String contextPath = URI.create(baseUrl).getPath().replaceFirst("/$", "");
        String local = !contextPath.isEmpty() && path.startsWith(contextPath + "/") ? path.substring(contextPath.length()) : path;
        // The base URL ends with a slash: without taking it off, "/error/x" would be asked for as "//error/x".
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl.replaceFirst("/$", "") + local)).GET();
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(request.build(), body);
    }

    /** The trainee's course progress bar on their home page, in per cent. */
    static int courseProgress() {
        return ((Number) browser.script("return document.querySelector('.course-summary progress').value")).intValue();
    }

    /** A module's progress bar in the home page's list, in per cent. */
    static int moduleProgress(String moduleId) {
        return ((Number) browser.script("return document.querySelector(\".module-list a[href*='module=\" + arguments[0] + \"']\")"
                + ".closest('li').querySelector('progress').value", moduleId)).intValue();
    }

    static void assertNoStackTrace(String body) {
        assertThat(body).doesNotContainPattern("\\bat (org|java|jakarta|com)\\.[\\w.$]+\\(").doesNotContain("Caused by:");
    }
}
