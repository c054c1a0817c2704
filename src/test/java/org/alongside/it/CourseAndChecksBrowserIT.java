package org.alongside.it;

import static org.alongside.it.PortalFixture.COURSE;
import static org.alongside.it.PortalFixture.DAY_ONE_MODULE;
import static org.alongside.it.PortalFixture.MODULES;
import static org.alongside.it.PortalFixture.PASSWORD;
import static org.alongside.it.PortalFixture.answer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Predicate;
import org.alongside.course.Course;
import org.junit.jupiter.api.Test;

/**
 * The course in the browser: which version is live, a trainee's own pace through a module (the
 * group agreement first, lessons, a break that keeps the place, the knowledge check and its
 * result page, days not open yet), and the wellbeing check-in before a module with a content note.
 */
class CourseAndChecksBrowserIT extends PortalBrowserTestBase {

    private static final PortalFixture FIXTURE = new PortalFixture(CourseAndChecksBrowserIT.class);
    private static final String DAY_TWO_MODULE = "connection-and-listening";

    @Test
    void administratorsSeeWhichCourseVersionIsLive() throws Exception {
        signIn(PortalFixture.administrator(), PASSWORD);
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
    void aTraineeWorksThroughAModuleAtTheirOwnPace() throws Exception {
        Course.Module module = COURSE.module(DAY_ONE_MODULE).orElseThrow();
        String trainee = FIXTURE.group("pace").trainee("tam", "Tam Trainee");
        signIn(trainee, PASSWORD);

        assertThat(browser.path()).isEqualTo("/trainee/home.xhtml");
        assertThat(browser.text()).contains(COURSE.title(), "0 of " + MODULES + " modules complete", "Day 1: " + COURSE.days().get(0).title(),
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
        signIn(trainee, PASSWORD);
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
        String locked = COURSE.module(DAY_TWO_MODULE).orElseThrow().lessons().get(0).id();
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
    void aStrugglingTraineeIsOfferedABreakHelpAndAWordWithTheirTrainerBeforeAModuleWithAContentNote() throws Exception {
        Course.Module withNote = COURSE.modulesInOrder().stream().filter(module -> module.contentNote() != null).findFirst().orElseThrow();
        PortalFixture.Group group = FIXTURE.group("wellbeing").withTrainer("theo");
        String trainee = group.agreedTrainee("tam-wellbeing", "Tam Trainee");
        String coordinator = PortalFixture.coordinator();
        signIn(trainee, PASSWORD);
        browser.open("/trainee/module.xhtml?module=" + withNote.id());
        assertThat(browser.text()).contains("how are you right now?", "Only you see this");
        browser.assertAccessible();
        browser.clickFirst("[id$=':2:feel']");
        assertThat(browser.text()).contains("This module can wait");
        assertThat(browser.findAll("#strugglingOptions a[href*='break.xhtml']")).hasSize(1);
        assertThat(browser.findAll("#strugglingOptions a[href*='help.xhtml']")).hasSize(1);
        browser.assertAccessible();
        browser.screenshots("trainee-wellbeing-struggling");
        Predicate<SmtpInbox.Mail> toAnyoneHere = mail -> FIXTURE.isOurs(mail.recipient()) || mail.recipient().equalsIgnoreCase(coordinator);
        long mailBefore = SmtpInbox.count(toAnyoneHere);
        browser.clickFirst("[id$='tellTrainer']");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Your trainer has been asked to get in touch with you.");
        assertThat(mailTo(group.trainer(), "A trainee would like a word")).contains("Tam Trainee");
        assertThat(SmtpInbox.count(toAnyoneHere)).as("only the trainer hears")
                .isEqualTo(mailBefore + 1);
        // Nobody else hears about it: the answer lives only in this sign-in, and is asked afresh after signing in again.
        signOut();
        signIn(trainee, PASSWORD);
        browser.open("/trainee/module.xhtml?module=" + withNote.id());
        assertThat(browser.findAll("[id$=':0:feel']")).hasSize(1);
        signOut();
    }

    /** The option ids of the check on the page, in the order they are shown. */
    private static String shownOptionOrder() {
        return (String) browser.script("return Array.from(document.querySelectorAll('#check input[type=radio], #check input[type=checkbox]'))"
                + ".map(input => input.value).join(' ')");
    }

    @Test
    void aTraineeOnTheCourseHasNoCertificateDirectoryOrSupportLinksYet() throws Exception {
        String trainee = FIXTURE.group("menu").agreedTrainee("mina", "Mina Menu");
        signIn(trainee, PASSWORD);
        browser.open("/trainee/home.xhtml");
        String menu = browser.findAll(".site-nav").get(0).getText();
        assertThat(menu).contains("Practice").doesNotContain("My certificate", "Directory profile", "People I support");
        assertThat(browser.findAll("[id='navMyCertificate'], [id='navDirectoryProfile'], [id='navSupportOffers']")).isEmpty();
        browser.screenshots("trainee-menu-on-the-course");
        signOut();
    }
}
