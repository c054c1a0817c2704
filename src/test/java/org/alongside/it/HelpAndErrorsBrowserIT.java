package org.alongside.it;

import static org.alongside.it.PortalFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Help and errors: help is one click away, a missing page, a tampered form and another role's
 * page each get a friendly answer with no stack trace, and every response carries the security
 * headers.
 */
class HelpAndErrorsBrowserIT extends PortalBrowserTestBase {

    private static final PortalFixture FIXTURE = new PortalFixture(HelpAndErrorsBrowserIT.class);

    @Test
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
        HttpResponse<String> tampered = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create(baseUrl + "/sign-in.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("signin=signin&signin%3Aemail=x%40example.org&signin%3Apassword=x"
                                + "&signin%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode("-123:456", StandardCharsets.UTF_8)))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tampered.body()).containsAnyOf("This page timed out", "Something went wrong on our side");
        assertNoStackTrace(tampered.body());
    }

    @Test
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
    void pagesOfOtherRolesAnswer403OnTheServer() throws Exception {
        String trainee = FIXTURE.group("errors").trainee("tam", "Tam Trainee");
        signIn(trainee, PASSWORD);
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
    void theTooManyRequestsPageOpenedDirectlyAnswers429() throws Exception {
        assertThat(get("/error/too-many-requests.xhtml", null).statusCode()).isEqualTo(429);
    }
}
