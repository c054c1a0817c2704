package org.alongside.it;

import static org.alongside.it.PortalFixture.PASSWORD;
import static org.alongside.it.PortalFixture.fillDirectoryProfile;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The public directory of certified peer supporters in the browser: the coordinators' areas of
 * lived experience, a supporter's profile stopped by safe sharing then published, a member of the
 * public finding them by filter and text, bad input answered plainly, and pausing, unpublishing and
 * withdrawing consent taking effect at once. The directory is shared by the whole run, so each
 * supporter of this class leaves it when done with.
 */
class DirectoryBrowserIT extends PortalBrowserTestBase {

    private static final PortalFixture FIXTURE = new PortalFixture(DirectoryBrowserIT.class);

    /** The certified trainee who builds a profile from nothing (a group of their own). */
    private static PortalFixture.Group builders() throws Exception {
        PortalFixture.Group group = FIXTURE.group("builder").withTrainer("theo-builder");
        group.agreedTrainee("tam-builder", "Tam Trainee");
        return group;
    }

    /** The certified trainee who is listed in the directory as "Tam" (see PortalFixture.Group#listedInDirectory). */
    private static String listedSupporter() throws Exception {
        return FIXTURE.listedSupporter("listed", "theo-listed", "tam-listed");
    }

    @AfterEach
    void theBuilderLeavesTheDirectory() throws Exception {
        FIXTURE.leaveDirectory(FIXTURE.email("tam-builder"));
    }

    @AfterAll
    static void theListedSupporterLeavesTheDirectory() throws Exception {
        FIXTURE.leaveDirectory(FIXTURE.email("tam-listed"));
    }

    @Test
    void aCoordinatorKeepsTheAreasOfLivedExperience() throws Exception {
        String trainee = builders().trainee("tam-builder", "Tam Trainee");
        // The areas are shared by the run: PortalFixture adds, renames and retires them once, checking each step.
        PortalFixture.areasCurated();
        signIn(PortalFixture.coordinator(), PASSWORD);
        browser.open("/coordinator/areas.xhtml");
        assertThat(browser.text()).contains("Bereavement", "Loneliness and isolation", "Retired");
        browser.assertAccessible();
        browser.screenshots("coordinator-areas");
        signOut();

        // A trainee cannot reach the coordinators' list.
        signIn(trainee, PASSWORD);
        assertThat(get("/coordinator/areas.xhtml", browser.cookieHeader()).statusCode()).isEqualTo(403);
        signOut();
    }

    @Test
    void aSupporterBuildsAProfileIsStoppedBySafeSharingFixesItConsentsAndPublishes() throws Exception {
        PortalFixture.Group group = builders();
        String trainee = FIXTURE.email("tam-builder");
        group.certified(trainee);
        PortalFixture.areasCurated();
        signIn(trainee, PASSWORD);
        browser.open("/trainee/certificate.xhtml");
        browser.click("toDirectoryProfile");
        assertThat(browser.path()).startsWith("/trainee/directory-profile.xhtml");
        assertThat(browser.value("profile:displayName")).isEqualTo("Tam Trainee");
        assertThat(browser.text()).doesNotContain("Self-harm");
        browser.assertAccessible();

        browser.type("profile:displayName", "");
        browser.click("profile:save");
        assertThat(browser.messages()).contains("Please write the name you would like to show.");

        String unsafe = "When I was very unwell I weighed 45 kg, and a friend sat with me every evening. <b>Tea</b> helps.";
        fillDirectoryProfile(unsafe);
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
        FIXTURE.markDone("listed " + trainee);
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
    void aMemberOfThePublicFindsTheSupporterByFilterAndTextAndOpensTheirProfile() throws Exception {
        String trainee = listedSupporter();
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
                "<b>Tea</b> helps.", "This is not a crisis service").doesNotContain("Weekends", trainee, "Tam Trainee");
        assertThat(browser.findAll(".directory-bio b")).isEmpty();
        assertThat(browser.find("askForSupport").getDomAttribute("href")).matches(".*/directory/request\\.xhtml\\?supporter=\\d+");
        HttpResponse<String> page = get(browser.path(), null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        browser.assertAccessible();
        browser.screenshots("directory-supporter");
    }

    @Test
    void theDirectoryAnswersBadInputPlainly() throws Exception {
        listedSupporter();
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
    void pausingUnpublishingAndWithdrawingConsentTakeTheSupporterOutAtOnce() throws Exception {
        String trainee = listedSupporter();
        browser.open("/directory");
        browser.clickFirst(".directory-card__name a");
        String profilePage = browser.path();

        signIn(trainee, PASSWORD);
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

        // Tam publishes again with a fresh consent, listed as before for the tests that follow.
        browser.click("listing:consent");
        browser.click("listing:publish");
        assertThat(browser.messages()).contains("Your profile is in the directory now.");
        assertThat(get(profilePage, null).statusCode()).isEqualTo(200);
        signOut();
    }
}
