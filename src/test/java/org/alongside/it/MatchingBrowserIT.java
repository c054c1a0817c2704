package org.alongside.it;

import static org.alongside.it.PortalFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Matching in the browser: a member of the public asks a listed supporter for support, the
 * request reaches the coordinators' queue and is offered to the best fit, the supporter is told by
 * e-mail and accepts, and the requester hears what happens next. Each test brings the one request
 * to the stage it starts from itself (the steps below), so it runs alone or after one that
 * failed; they run in the request's own order because the queue's counts and the supporter's
 * places left are those of one request. The supporter leaves the shared directory when the class
 * is done.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MatchingBrowserIT extends PortalBrowserTestBase {

    private static final PortalFixture FIXTURE = new PortalFixture(MatchingBrowserIT.class);
    private static final String SENT = "request sent";
    private static final String OFFERED = "request offered";
    private static final String ACCEPTED = "request accepted";
    private static final String OFFER = "You have been offered someone to support";

    /** The member of the public who asks Tam for support; they have no account. */
    private static final String REQUESTER = FIXTURE.email("robin");

    /** The certified trainee listed in the directory as "Tam", the one supporter there while this class runs. */
    private static String supporter() throws Exception {
        return FIXTURE.listedSupporter("supporter", "theo", "tam");
    }

    @AfterAll
    static void theSupporterLeavesTheDirectory() throws Exception {
        FIXTURE.leaveDirectory(FIXTURE.email("tam"));
    }

    /** Robin's request for Tam is with the coordinators. */
    private static void requestSent() throws Exception {
        supporter();
        FIXTURE.once(SENT, () -> {
            browser.open("/directory");
            browser.clickFirst(".directory-card__name a");
            browser.clickFirst("#askForSupport");
            fillRequest();
            browser.find("request:consent").click();
            browser.click("request:send");
            assertThat(browser.text()).contains("Thank you. Your request is with our coordinators.");
        });
    }

    /** The coordinator has offered Robin's request to Tam. */
    private static void requestOffered() throws Exception {
        requestSent();
        FIXTURE.once(OFFERED, () -> {
            signIn(PortalFixture.coordinator(), PASSWORD);
            browser.open("/coordinator/support-requests.xhtml");
            browser.clickFirst("a[href*='support-request.xhtml?id=']");
            offerToTheBestFit();
            signOut();
        });
    }

    /** Tam has accepted Robin's request. */
    private static void requestAccepted() throws Exception {
        requestOffered();
        FIXTURE.once(ACCEPTED, () -> {
            signIn(FIXTURE.email("tam"), PASSWORD);
            browser.open("/trainee/support.xhtml");
            accept();
            signOut();
        });
    }

    @Test
    @Order(1)
    void aMemberOfThePublicAsksTamForSupportAndTheRequestGoesToTheCoordinators() throws Exception {
        String trainee = supporter();
        long offersBefore = SmtpInbox.count(sent -> sent.recipient().equalsIgnoreCase(trainee) && sent.subject().startsWith(OFFER));
        browser.open("/directory");
        browser.clickFirst(".directory-card__name a");
        browser.clickFirst("#askForSupport");
        assertThat(browser.path()).matches("/directory/request\\.xhtml\\?supporter=\\d+");
        assertThat(browser.title()).isEqualTo("Ask for peer support");
        assertThat(browser.text()).contains("You are asking for support from Tam.", "not straight to the supporter",
                "This is not a crisis service", "Samaritans").doesNotContain(trainee, "Tam Trainee");
        browser.assertAccessible();
        browser.screenshots("request-form");

        // A mistyped address and no consent: each is said plainly, and everything typed stays.
        fillRequest();
        browser.type("request:email", "robin at home");
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
        FIXTURE.markDone(SENT);
        assertThat(browser.text()).contains("Thank you. Your request is with our coordinators.", "Samaritans");
        browser.assertAccessible();

        // The coordinators hear that a request is waiting, and nothing about who sent it; Tam hears nothing yet.
        String mail = mailTo(PortalFixture.coordinator(), "A new request for peer support is waiting");
        assertThat(mail).contains("/coordinator/support-request.xhtml?id=").doesNotContain("Robin", REQUESTER, "Evenings");
        assertThat(SmtpInbox.count(sent -> sent.recipient().equalsIgnoreCase(trainee) && sent.subject().startsWith(OFFER)))
                .as("no offer to Tam yet").isEqualTo(offersBefore);
    }

    /** Fills the request form as Robin does (the consent box left for the caller). */
    private static void fillRequest() {
        browser.type("request:displayName", "Robin");
        browser.type("request:email", REQUESTER);
        browser.select("request:area", "Bereavement");
        browser.select("request:format", "Phone");
        browser.select("request:language", "British Sign Language");
        browser.select("request:region", "Wales");
        browser.type("request:note", "Evenings are best for me.");
    }

    @Test
    @Order(2)
    void theCoordinatorFindsTheRequestInTheQueueAndOffersItToTheBestFit() throws Exception {
        requestSent();
        signIn(PortalFixture.coordinator(), PASSWORD);
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

        offerToTheBestFit();
        FIXTURE.markDone(OFFERED);
        assertThat(browser.text()).contains("Waiting for an answer", "This request is not waiting for a supporter");
        browser.assertAccessible();
        signOut();

        // Tam cannot open the coordinators' pages.
        signIn(FIXTURE.email("tam"), PASSWORD);
        assertThat(get(requestPage, browser.cookieHeader()).statusCode()).isEqualTo(403);
        assertThat(get("/coordinator/support-requests.xhtml", browser.cookieHeader()).statusCode()).isEqualTo(403);
        signOut();
    }

    /** On a request's page: offers it to the first-ranked supporter. */
    private static void offerToTheBestFit() {
        browser.click("candidates:ranked:0:offer");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Offered to Tam. They have been told by e-mail.");
    }

    @Test
    @Order(3)
    void tamIsToldByEmailAndAcceptsOnTheirSupportPage() throws Exception {
        requestOffered();
        String trainee = FIXTURE.email("tam");
        String link = linkFromMailTo(trainee, OFFER);
        assertThat(link).isEqualTo("/trainee/support.xhtml");
        assertThat(mailTo(trainee, OFFER)).doesNotContain("Robin", REQUESTER);
        signIn(trainee, PASSWORD);
        browser.open(link);
        assertThat(browser.title()).isEqualTo("People I support");
        assertThat(browser.text()).contains("Robin", "Waiting for an answer", "Bereavement", "Evenings are best for me.")
                .doesNotContain(REQUESTER);
        browser.assertAccessible();
        browser.screenshots("trainee-support");

        accept();
        FIXTURE.markDone(ACCEPTED);
        assertThat(browser.text()).contains("Accepted", REQUESTER, "End support");
        browser.assertAccessible();
        signOut();
    }

    /** On the supporter's page: accepts the first offer. */
    private static void accept() {
        browser.click("support:offers:0:accept");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Thank you. They have been told by e-mail");
    }

    @Test
    @Order(4)
    void theRequesterHearsWhatHappensNextAndTheCoordinatorSeesTheMatch() throws Exception {
        requestAccepted();
        String mail = mailTo(REQUESTER, "A peer supporter has agreed to support you");
        assertThat(mail).contains("Hello Robin", "Tam has agreed to be your peer supporter", "What happens next", "Samaritans")
                .doesNotContain(FIXTURE.email("tam"), "Tam Trainee", "http");

        signIn(PortalFixture.coordinator(), PASSWORD);
        browser.open("/coordinator/support-requests.xhtml?status=MATCHED");
        assertThat(browser.text()).contains("Matched (1)", "Robin");
        browser.clickFirst("a[href*='support-request.xhtml?id=']");
        assertThat(browser.text()).contains("Matched", "Accepted", "End support");
        browser.assertAccessible();
        signOut();
    }
}
