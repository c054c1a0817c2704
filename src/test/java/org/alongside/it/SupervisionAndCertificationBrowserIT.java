package org.alongside.it;

import static org.alongside.it.PortalFixture.COURSE;
import static org.alongside.it.PortalFixture.MODULES;
import static org.alongside.it.PortalFixture.PASSWORD;
import static org.alongside.it.PortalFixture.fillSession;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.alongside.course.Course;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Observed practice, supervision and certification in the browser: the trainer signs off role
 * plays and supervision sessions, the trainee reads and reflects on them, a coordinator sees
 * them, certifies an eligible trainee, anyone verifies the certificate, a revocation shows at
 * once, and the trainee can be certified again.
 */
class SupervisionAndCertificationBrowserIT extends PortalBrowserTestBase {

    private static final PortalFixture FIXTURE = new PortalFixture(SupervisionAndCertificationBrowserIT.class);

    @Test
    void theGroupsTrainerRecordsObservedPracticeAndTheTraineeReadsAndReflectsOnIt() throws Exception {
        PortalFixture.Group group = FIXTURE.group("practice").withTrainer("theo-practice");
        String trainee = group.agreedTrainee("tam-practice", "Tam Trainee");
        List<Course.Practice> firstThree = COURSE.practicesInOrder().subList(0, COURSE.observedPracticeRequired());
        signIn(group.trainer(), PASSWORD);
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

        signIn(trainee, PASSWORD);
        browser.click("navPractice");
        assertThat(browser.text()).contains(firstThree.size() + " of " + COURSE.observedPracticeRequired() + " role plays signed off",
                "Observed by " + group.trainerName(), "Calm, clear and kind.");
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
    void aTrainerRecordsSupervisionForTheirTraineeAndSignsItOff() throws Exception {
        PortalFixture.Group group = FIXTURE.group("supervision").withTrainer("theo-supervision");
        group.trainee("tam-supervision", "Tam Trainee");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        signIn(group.trainer(), PASSWORD);
        browser.click("navStaffSupervision");
        assertThat(browser.path()).startsWith("/staff/supervision.xhtml");
        assertThat(browser.text()).contains("Tam Trainee", group.name, "None signed off since", "Not met yet");
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
        assertThat(browser.text()).contains("50 minutes, Video call, with " + group.trainerName() + ".");
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

    /** A group whose trainer has signed off three supervision sessions of its one trainee (see PortalFixture). */
    private static PortalFixture.Group supervisedGroup() throws Exception {
        PortalFixture.Group group = FIXTURE.group("supervised").withTrainer("theo-supervised");
        group.trainee("tam-supervised", "Tam Trainee");
        group.supervisionSignedOff();
        return group;
    }

    @Test
    void theTraineeReadsTheirSupervisionAndAddsAReflection() throws Exception {
        PortalFixture.Group group = supervisedGroup();
        signIn(FIXTURE.email("tam-supervised"), PASSWORD);
        browser.click("navTraineeSupervision");
        assertThat(browser.title()).isEqualTo("My supervision");
        assertThat(browser.text()).contains("3 signed off since", "Requirement met", "Third session: looking after yourself.",
                "Second session: boundaries.", "We talked about listening without fixing.", "with " + group.trainerName());
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
    void aCoordinatorSeesEverySessionAndThePersonsReflection() throws Exception {
        PortalFixture.Group group = supervisedGroup();
        group.supervisionReflection(FIXTURE.email("tam-supervised"), "I noticed I wanted to fix things. Slowing down helped.");
        signIn(PortalFixture.coordinator(), PASSWORD);
        browser.click("navStaffSupervision");
        // A coordinator sees everyone under supervision: the search (name or e-mail) finds this class's trainee.
        browser.type("people:search", FIXTURE.email("tam-supervised"));
        browser.click("people:find");
        assertThat(browser.text()).contains("Tam Trainee", "3 signed off since");
        browser.clickFirst("a[href*='supervision-person.xhtml?person=']");
        assertThat(browser.text()).contains("Third session: looking after yourself.", "Second session: boundaries.",
                "I noticed I wanted to fix things.", "with " + group.trainerName());
        browser.assertAccessible();
        assertThat(get("/staff/supervision-person.xhtml?person=987654321", browser.cookieHeader()).statusCode()).isEqualTo(404);
        signOut();
    }

    @Test
    void aCoordinatorCertifiesAnEligibleTraineeAnyoneCanVerifyItARevocationShowsAtOnceAndTheTraineeIsCertifiedAgain() throws Exception {
        PortalFixture.Group group = FIXTURE.group("certification").withTrainer("theo-certification")
                .meetingOnPastDays();
        String trainee = group.agreedTrainee("tam-certified", "Tam Trainee");
        group.courseFinished(trainee);
        group.attendedEveryDay();
        group.practiceSignedOff();
        group.supervisionSignedOff();

        signIn(PortalFixture.coordinator(), PASSWORD);
        browser.open("/coordinator/certificates.xhtml");
        browser.assertAccessible();
        browser.open(group.page);
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
        signIn(group.trainer(), PASSWORD);
        assertThat(get(traineePage, browser.cookieHeader()).statusCode()).isEqualTo(403);
        assertThat(getBytes(pdfPath, browser.cookieHeader()).statusCode()).isEqualTo(404);
        signOut();

        // Anyone can check the certificate without signing in, and learns nothing else about Tam.
        browser.open(verifyPath.substring(verifyPath.indexOf("/verify/")));
        assertThat(browser.text()).contains("This certificate is real and valid.", "Tam Trainee", "Valid until")
                .doesNotContain(trainee, "supervision", group.name);
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
        signIn(PortalFixture.coordinator(), PASSWORD);
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

        // Back in peer support after a break, Tam is certified again.
        signIn(PortalFixture.coordinator(), PASSWORD);
        browser.open(traineePage);
        browser.type("certify:note", "Back in peer support after a break; supervision is up to date.");
        browser.click("certify:certifyButton");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Certificate issued to Tam Trainee.");
        signOut();
    }
}
