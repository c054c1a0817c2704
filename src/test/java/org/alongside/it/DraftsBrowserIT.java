package org.alongside.it;

import static org.alongside.it.PortalFixture.DAY_ONE_MODULE;
import static org.alongside.it.PortalFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No words lost (issue 17), in the browser, as trainees of a group of this class and its trainer:
 * the reflection's status line says only what is true (saved, offline, refused as too long, signed
 * out), the words are kept in this browser while the server cannot be reached and cleared once
 * saved and on sign-out, an ended session signs in again in place and then saves, leaving with
 * unsaved words asks first, and an expired view gives the typed values back (the hand-in button,
 * the trainer's grading feedback).
 */
class DraftsBrowserIT extends PortalBrowserTestBase {

    private static final PortalFixture FIXTURE = new PortalFixture(DraftsBrowserIT.class);
    private static final String MODULE = DAY_ONE_MODULE;
    private static final String REFLECTION = "/trainee/reflection.xhtml?module=" + MODULE;
    private static final String STATUS = "writing:status";

    private static PortalFixture.Group group() throws Exception {
        return FIXTURE.group("drafts").withTrainer("theo");
    }

    /** Signs in as the trainee who writes (a draft, never handed in) and opens the reflection. */
    private static void openTheReflectionAsTheWriter() throws Exception {
        String writer = group().agreedTrainee("writer", "Wren Writer");
        signIn(writer, PASSWORD);
        browser.open(REFLECTION);
    }

    @Test
    void theStatusLineSaysSavedOnlyOnceTheServerHasTheWords() throws Exception {
        openTheReflectionAsTheWriter();
        assertThat(browser.find(STATUS).getDomAttribute("role")).isEqualTo("status");
        assertThat(browser.find(STATUS).getDomAttribute("aria-live")).isEqualTo("polite");
        browser.assertAccessible();

        browser.type("writing:text", "Listening comes first");
        assertThat(browser.find(STATUS).getText()).isEqualTo("Not saved yet");
        assertThat(asksBeforeLeaving()).as("unsaved words: leaving asks first").isTrue();
        browser.awaitText(STATUS, "Saved ");
        assertThat(browser.find(STATUS).getText()).matches("Saved \\d{2}:\\d{2}");
        assertThat(asksBeforeLeaving()).as("everything saved: leaving does not ask").isFalse();
        showStatus();
        browser.screenshots("drafts-saved");

        browser.open(REFLECTION);
        assertThat(browser.value("writing:text")).isEqualTo("Listening comes first");
        assertThat(browser.find(STATUS).getText()).matches("Saved \\d{2}:\\d{2}");
    }

    @Test
    void wordsTheServerRefusesAsTooLongAreNeverCalledSaved() throws Exception {
        openTheReflectionAsTheWriter();
        browser.script("var box = document.getElementById('writing:text'); box.value = 'word '.repeat(4001);"
                + " box.dispatchEvent(new Event('input', {bubbles: true}));");
        browser.awaitText(STATUS, "Not saved: Your reflection is longer than 20000 characters");
        assertThat(browser.find(STATUS).getText()).doesNotContain("Saved");
        showStatus();
        browser.screenshots("drafts-too-long");

        // A failing server: the status says so, and the save is tried again, later and later, until it goes through.
        browser.script("var real = window.fetch, failures = 2; window.__attempts = [];"
                + " window.fetch = function () { window.__attempts.push(Date.now());"
                + " return failures-- > 0 ? Promise.resolve(new Response('{}', {status: 503})) : real.apply(this, arguments); };");
        browser.type("writing:text", "Listening comes first, then questions");
        browser.awaitText(STATUS, "Not saved yet — trying again");
        browser.awaitText(STATUS, "Saved ");
        List<?> attempts = (List<?>) browser.script("return window.__attempts");
        assertThat(attempts).hasSizeGreaterThanOrEqualTo(3);
        assertThat(gap(attempts, 0)).as("first wait").isGreaterThanOrEqualTo(1900);
        assertThat(gap(attempts, 1)).as("second wait, longer").isGreaterThanOrEqualTo(3900);

        // Another tab saves a different text: this tab's next save is not called saved, and the trainee chooses.
        assertThat(browser.find("draftConflict").isDisplayed()).isFalse();
        Object otherTab = browser.script("var s = document.getElementById('draftSettings').dataset, put = new XMLHttpRequest();"
                + " put.open('PUT', s.saveUrl, false); put.setRequestHeader('Content-Type', 'application/json');"
                + " put.send(JSON.stringify({text: 'Written in the other tab', overwrite: false, account: Number(s.account),"
                + " seenVersion: Number(document.getElementById('writing:seenVersion').value)})); return put.status;");
        assertThat(otherTab).isEqualTo(200L);
        browser.type("writing:text", "Listening comes first, then questions, then silence");
        browser.awaitText(STATUS, "Not saved: this reflection was changed in another tab");
        assertThat(browser.find("draftConflict").isDisplayed()).isTrue();
        assertThat(browser.find("draftConflictText").getText()).isEqualTo("Written in the other tab");
        showStatus();
        browser.screenshots("drafts-conflict");
        browser.find("draftKeepMine").click();
        browser.awaitText(STATUS, "Saved ");
        assertThat(browser.find("draftConflict").isDisplayed()).isFalse();
        browser.open(REFLECTION);
        assertThat(browser.value("writing:text")).isEqualTo("Listening comes first, then questions, then silence");
    }

    private static long gap(List<?> attempts, int index) {
        return ((Number) attempts.get(index + 1)).longValue() - ((Number) attempts.get(index)).longValue();
    }

    /** The status line sits under the text box: the screenshots show both. */
    private static void showStatus() {
        browser.script("document.getElementById('writing:status').scrollIntoView({block: 'center'})");
    }

    @Test
    void offlineTheWordsAreKeptInThisBrowserThenSavedAndCleared() throws Exception {
        openTheReflectionAsTheWriter();
        String key = (String) browser.script("var s = document.getElementById('draftSettings').dataset;"
                + " return 'alongside.draft.' + s.account + '.' + s.module;");
        browser.offline(true);
        try {
            browser.type("writing:text", "Written on a train with no signal");
            browser.awaitText(STATUS, "You are offline: your words are kept in this browser");
            assertThat((String) browser.script("return localStorage.getItem(arguments[0])", key)).contains("Written on a train with no signal");
            showStatus();
            browser.screenshots("drafts-offline");
        } finally {
            browser.offline(false);
        }
        browser.awaitText(STATUS, "Saved ");
        assertThat(browser.script("return localStorage.getItem(arguments[0])", key)).isNull();

        // Words kept in this browser by a tab closed while offline come back into the box and are saved.
        browser.script("localStorage.setItem(arguments[0], JSON.stringify({text: 'Kept while the portal was away',"
                + " seenVersion: Number(document.getElementById('writing:seenVersion').value)}))", key);
        browser.open(REFLECTION);
        assertThat(browser.value("writing:text")).isEqualTo("Kept while the portal was away");
        browser.awaitText(STATUS, "Saved ");
        assertThat(browser.script("return localStorage.getItem(arguments[0])", key)).isNull();
        browser.open(REFLECTION);
        assertThat(browser.value("writing:text")).isEqualTo("Kept while the portal was away");

        // Signing out removes whatever this browser still keeps (a shared computer).
        browser.script("localStorage.setItem(arguments[0] + '.other', '{\"text\":\"x\"}')", key);
        browser.click("signOutForm:signOut");
        assertThat(browser.path()).startsWith("/sign-in.xhtml");
        assertThat((Long) browser.script("return Object.keys(localStorage).filter(function (k) {"
                + " return k.indexOf('alongside.draft.') === 0; }).length")).isZero();
    }

    @Test
    void anEndedSessionKeepsTheWordsSignsInAgainInPlaceThenSaves() throws Exception {
        String returner = group().agreedTrainee("returner", "Rory Returner");
        signIn(returner, PASSWORD);
        browser.open(REFLECTION);
        try (Browser other = new Browser(baseUrl, WAIT)) {
            other.open("/sign-in.xhtml");
            other.type("signin:email", returner);
            other.type("signin:password", PASSWORD);
            other.click("signin:submit");
            other.open("/account/password.xhtml");
            other.click("everywhere:submit");
            other.clickFirst(".ui-confirmdialog-yes");
            assertThat(other.path()).startsWith("/sign-in.xhtml");
        }
        String words = "After the break I came back to finish this. Mutuality means we are equals.";
        browser.type("writing:text", words);
        browser.awaitText(STATUS, "Not saved yet: you have been signed out");
        assertThat(browser.find(STATUS).getText()).doesNotContain("Saved");
        assertThat(browser.find("signInAgain").getDomProperty("open")).isEqualTo("true");
        assertThat(browser.value("writing:text")).isEqualTo(words);
        browser.screenshots("drafts-sign-in-again");
        browser.assertAccessible();

        browser.type("signInAgainPassword", "not the password");
        browser.find("signInAgainSubmit").click();
        browser.awaitText("signInAgainMessage", "is not right");
        browser.type("signInAgainPassword", PASSWORD);
        browser.find("signInAgainSubmit").click();
        browser.awaitText(STATUS, "Saved ");
        assertThat(browser.find("signInAgain").getDomProperty("open")).isEqualTo("false");

        // The page's view went with the old session: handing in meets "This page timed out", which
        // leads back to the page with the words, and they can be handed in.
        browser.click("writing:submit");
        assertThat(browser.text()).contains("This page timed out");
        browser.screenshots("drafts-expired-way-back");
        browser.click("typedBack");
        assertThat(browser.value("writing:text")).isEqualTo(words);
        assertThat(browser.messages()).contains("What you typed before the page timed out is back in the form");
        browser.click("writing:submit");
        assertThat(browser.messages()).contains("Version 1 is with your trainer");
        browser.click("signOutForm:signOut");
    }

    @Test
    void anExpiredGradingViewGivesTheTypedFeedbackBack() throws Exception {
        PortalFixture.Group group = group();
        group.reflectionHandedIn(group.agreedTrainee("handed-in", "Hana Handedin"), MODULE);
        signIn(group.trainer(), PASSWORD);
        browser.open("/trainer/queue.xhtml");
        browser.clickFirst("a[href*='grade.xhtml?submission=']");
        String feedback = "A warm start: say a little more about how you would offer choice.";
        browser.type("grade:feedback", feedback);
        // More pages opened in the same session than the server keeps views for: this page's view is dropped.
        browser.script("for (var n = 0; n < 25; n++) { var get = new XMLHttpRequest();"
                + " get.open('GET', document.querySelector('a.brand').href, false); get.send(); }");
        browser.click("grade:saveDraft");
        assertThat(browser.text()).contains("This page timed out");
        browser.click("typedBack");
        String gradingPage = browser.path();
        assertThat(gradingPage).contains("/trainer/grade.xhtml?submission=");
        assertThat(browser.value("grade:feedback")).isEqualTo(feedback);
        assertThat(browser.messages()).contains("What you typed before the page timed out is back in the form");
        browser.assertAccessible();
        browser.screenshots("drafts-grading-restored");
        browser.click("grade:saveDraft");
        assertThat(browser.messages()).contains("saved");
        browser.open(gradingPage);
        assertThat(browser.value("grade:feedback")).isEqualTo(feedback);
    }

    private static boolean asksBeforeLeaving() {
        return Boolean.TRUE.equals(browser.script("var e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;"));
    }
}
