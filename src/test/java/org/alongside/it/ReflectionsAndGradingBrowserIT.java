package org.alongside.it;

import static org.alongside.it.PortalFixture.COURSE;
import static org.alongside.it.PortalFixture.DAY_ONE_MODULE;
import static org.alongside.it.PortalFixture.MODULES;
import static org.alongside.it.PortalFixture.PASSWORD;
import static org.alongside.it.PortalFixture.answer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alongside.course.Course;
import org.junit.jupiter.api.Test;

/**
 * Reflections and grading in the browser: a reflection written safely (the draft outlives the
 * session, safe-sharing words are pointed out), graded, revised and accepted, with the trainer's
 * queue filtered in place; and a trainee who finishes the whole course while the trainer accepts
 * every reflection.
 */
class ReflectionsAndGradingBrowserIT extends PortalBrowserTestBase {

    private static final PortalFixture FIXTURE = new PortalFixture(ReflectionsAndGradingBrowserIT.class);

    @Test
    void aReflectionIsWrittenSafelyGradedRevisedAndAccepted() throws Exception {
        Course.Module module = COURSE.module(DAY_ONE_MODULE).orElseThrow();
        PortalFixture.Group group = FIXTURE.group("revision");
        String trainee = group.agreedTrainee("tam", "Tam Trainee");
        String trainerName = FIXTURE.name("Theo Trainer");
        String trainer = FIXTURE.staff("theo", trainerName, "staffForm:roles:0");

        // The coordinator makes Theo one of the group's trainers.
        signIn(PortalFixture.coordinator(), PASSWORD);
        browser.open(group.page);
        assertThat(browser.text()).contains("No trainers assigned yet.");
        browser.select("trainers:trainer", trainerName);
        browser.click("trainers:assign");
        assertThat(browser.messages()).contains("The trainer can now grade this group's reflections.");
        browser.assertAccessible();
        signOut();

        // The trainee finishes the module's lessons, then writes; the draft outlives the session.
        signIn(trainee, PASSWORD);
        for (Course.Lesson lesson : module.lessons()) {
            browser.open("/trainee/lesson.xhtml?module=" + DAY_ONE_MODULE + "&lesson=" + lesson.id());
            browser.click("lessonForm:markDone");
        }
        browser.open("/trainee/check.xhtml?module=" + DAY_ONE_MODULE);
        answer(module, true);
        browser.click("check:submit");
        browser.open("/trainee/reflection.xhtml?module=" + DAY_ONE_MODULE);
        assertThat(browser.text()).contains(module.reflection().prompt()).doesNotContain("What you have handed in");
        browser.assertAccessible();
        String unsafe = "When I was very unwell I weighed 45 kg, and a friend sat with me every evening.";
        browser.type("writing:text", unsafe);
        browser.awaitText("writing:status", "Saved ");
        signOut();
        signIn(trainee, PASSWORD);
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
        assertThat(linkFromMailTo(trainer, "A reflection is waiting")).contains("/trainer/grade.xhtml?submission=");

        // The trainer asks for a revision.
        signIn(trainer, PASSWORD);
        browser.open("/trainer/queue.xhtml");
        assertThat(browser.text()).contains("Tam Trainee", module.title(), group.name);
        browser.assertAccessible();
        browser.screenshots("trainer-queue");
        // Every filter updates the list in place.
        browser.select("queue:status", "Needs revision");
        assertThat(browser.path()).isEqualTo("/trainer/queue.xhtml");
        assertThat(browser.text()).doesNotContain("Tam Trainee");
        browser.select("queue:status", "To grade");
        browser.select("queue:cohort", group.name);
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
        assertThat(linkFromMailTo(trainee, "Feedback on your reflection")).contains("/trainee/reflection.xhtml?module=" + DAY_ONE_MODULE);
        signIn(trainee, PASSWORD);
        browser.open("/trainee/reflection.xhtml?module=" + DAY_ONE_MODULE);
        assertThat(browser.text()).contains("Needs revision", "A warm start.");
        browser.assertAccessible();
        browser.screenshots("trainee-feedback");
        // Markup typed into a reflection is kept as text and never reaches a page as HTML.
        browser.type("writing:text", safe + " I would offer choice by asking what they would like to talk about. <b>Choice</b>");
        browser.click("writing:submit");
        assertThat(browser.messages()).contains("Version 2 is with your trainer");
        signOut();

        signIn(trainer, PASSWORD);
        browser.open("/trainer/queue.xhtml");
        browser.clickFirst("a[href*='grade.xhtml?submission=']");
        assertThat(browser.text()).contains("Earlier versions", "A warm start.", "<b>Choice</b>");
        assertThat(browser.findAll("#submissionBody b")).isEmpty();
        assertThat(get("/trainer/grade.xhtml?submission=987654321", browser.cookieHeader()).statusCode()).isEqualTo(404);
        grade(module, 2, 1, "Clear, safe and thoughtful.");
        browser.click("grade:release");
        assertThat(browser.messages()).contains("The grade is released.");
        signOut();

        signIn(trainee, PASSWORD);
        assertThat(browser.text()).contains("1 of " + MODULES + " modules complete");
        assertThat(moduleProgress(DAY_ONE_MODULE)).isEqualTo(100);
        signOut();
    }

    @Test
    void aTraineeFinishesTheCourseAndTheTrainerAcceptsEveryReflection() throws Exception {
        PortalFixture.Group group = FIXTURE.group("whole course").withTrainer("tessa").meetingOnPastDays();
        String trainee = group.agreedTrainee("tam-course", "Tam Trainee");
        group.modulesFinished(trainee, List.of(DAY_ONE_MODULE));

        // Before the course is done, the trainee's certificate page shows where they stand.
        signIn(trainee, PASSWORD);
        browser.open("/trainee/certificate.xhtml");
        assertThat(browser.text()).contains("Where you are", "1 of " + MODULES + " modules complete", "Not yet");
        browser.assertAccessible();
        browser.screenshots("trainee-certificate-not-yet");

        signOut();

        // The rest of the course, module by module: lessons read, check passed, reflection handed in
        // (each checked on its page); then the trainer accepts every reflection from the queue.
        group.courseFinished(trainee);

        signIn(trainee, PASSWORD);
        assertThat(browser.text()).contains(MODULES + " of " + MODULES + " modules complete", "You have finished every module of the course.")
                .doesNotContain("Continue where you left off");
        assertThat(courseProgress()).isEqualTo(100);
        signOut();
    }

    /** Chooses the same level for every criterion (by position), an outcome (by position), and writes feedback. */
    private static void grade(Course.Module module, int level, int outcome, String feedback) {
        for (int criterion = 0; criterion < module.reflection().rubric().size(); criterion++) {
            browser.find("grade:criteria:" + criterion + ":level:" + level).click();
        }
        browser.type("grade:feedback", feedback);
        browser.find("grade:outcome:" + outcome).click();
    }

    @Test
    void aSavedOrReleasedGradeIsShownAtTheSubmissionsOwnAddress() throws Exception {
        PortalFixture.Group group = FIXTURE.group("own address").withTrainer("gus");
        String trainee = group.agreedTrainee("rory", "Rory Redirect");
        signIn(trainee, PASSWORD);
        browser.open("/trainee/reflection.xhtml?module=" + DAY_ONE_MODULE);
        browser.type("writing:text", "Mutuality means we meet as equals: I listen first, and I offer choice rather than advice.");
        browser.click("writing:submit");
        assertThat(browser.messages()).contains("Version 1 is with your trainer");
        signOut();

        signIn(group.trainer(), PASSWORD);
        browser.open("/trainer/queue.xhtml");
        // Staff wording: the count of reflections waiting is not the trainee's "With your trainer".
        String counts = browser.findAll(".status-counts").get(0).getText();
        assertThat(counts).contains("To grade", "Needs revision", "Accepted").doesNotContain("With your trainer");
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
        assertThat(browser.redirectCount()).isEqualTo(1);
        assertThat(browser.messages()).contains("The grade is released.");
        assertThat(browser.findAll("[id='grade:release']")).as("released: nothing left to release").isEmpty();
        browser.assertAccessible();
        browser.screenshots("trainer-grade-released-own-address");
        browser.open(gradingPage);
        assertThat(browser.text()).contains("A warm start: say a little more");
        signOut();
    }
}
