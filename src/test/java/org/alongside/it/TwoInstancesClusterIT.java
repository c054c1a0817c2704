package org.alongside.it;

import static org.alongside.it.PortalHttp.encode;
import static org.alongside.it.PortalHttp.formState;
import static org.alongside.it.PortalHttp.get;
import static org.alongside.it.PortalHttp.newSession;
import static org.alongside.it.PortalHttp.post;
import static org.alongside.it.PortalHttp.signInForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Issue 17, several instances: two Payara Micro instances started as README's production command
 * starts one, on one PostgreSQL, forming a data grid over loopback, behind Debian's nginx with no
 * sticky sessions. Over HTTP, as a browser without JavaScript: a trainee signed in through nginx
 * is answered by both instances; addresses nginx refuses itself (a broken %-escape, a NUL, one
 * too long) get the portal's own page; sign-in tries sent to the two directly are counted together; the
 * instance that rendered a page is killed with SIGKILL, and then the trainee is still signed in,
 * the dead instance's form still posts (its view came from the grid) and the draft the autosave
 * saved before is still there. In headless Chromium at the same time, another trainee types half a
 * reflection; the instance that saved it is the one killed; they type on, and every word is saved.
 * An administrator's "check the course files again" on one instance reloads the other too. Each
 * instance's port refuses until the portal is deployed, never answering with Payara's own page.
 *
 * <p>Then the words-lost goal on the one instance left: it is killed while typed words wait for
 * their autosave and restarted (every session is gone with it); the open tab keeps the words,
 * signs in again in place and saves every one. Killed once more, with the tab closed after the
 * failed save: the words come back from this browser after signing in, and are saved.
 *
 * <p>Not Arquillian: the class starts its own PostgreSQL (the project's .ci/private-postgres.sh),
 * instances and nginx, keeps their consoles in target/cluster-it, and kills them afterwards, also
 * when this JVM is stopped. Every wait is for a condition (a console line, an answer), bounded by
 * one generous timeout.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesClusterIT {

    /** The bound of every wait: two Payaras booting one after the other on a busy two-core machine. */
    private static final Duration TIMEOUT = Duration.ofMinutes(4);
    /** Between two tries of a condition that has no line to wait for (an HTTP answer). */
    private static final Duration POLL = Duration.ofMillis(250);

    private static final int POSTGRES_PORT = 55442;
    private static final String NGINX = "/usr/sbin/nginx";
    private static final Path WORK = Path.of("target", "cluster-it");
    private static final String INSTANCE_HEADER = "X-Alongside-Instance";
    /** Both instances must share it (README: several instances); 32 bytes in Base64, for this test only. */
    private static final String SECOND_FACTOR_KEY = "Y2x1c3Rlci10ZXN0LWtleS0wMTIzNDU2Nzg5YWJjZGU=";

    private static final String TRAINEE = "trainee@alongside.example";
    private static final String GUESSED = "trainer@alongside.example";
    private static final String ADMINISTRATOR = "admin@alongside.example";
    private static final String PASSWORD = "demo-password-for-the-cluster-test";
    private static final String MODULE = "values-and-principles";
    private static final String REFLECTION = "/trainee/reflection.xhtml?module=" + MODULE;
    /** The browser's trainee: another account, so its typing never touches the draft saved over HTTP. */
    private static final String BROWSER_TRAINEE = "trainee2@alongside.example";
    private static final String STATUS = "writing:status";
    private static final String FIRST_HALF = "Walking alongside someone means listening first";
    private static final String SECOND_HALF = ", and then asking what they would find helpful.";
    private static final String THIRD_PART = " Being there can matter more than having answers.";
    private static final String FOURTH_PART = " I can say when I do not know.";
    private static final String FIFTH_PART = " Endings are planned together, from the start.";

    private static final Pattern ACCOUNT = Pattern.compile("data-account=\"(\\d+)\"");
    private static final Pattern SEEN_VERSION = Pattern.compile("id=\"writing:seenVersion\"[^>]*value=\"(-?\\d+)\"");
    private static final Pattern FIRST_LESSON = Pattern.compile("lesson\\.xhtml\\?module=" + MODULE + "&amp;lesson=([\\w-]+)");
    private static final Pattern LESSON_FORM_ACTION = Pattern.compile("<form id=\"lessonForm\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern FORM_MODULE = Pattern.compile("<input type=\"hidden\" name=\"module\" value=\"([^\"]+)\"");
    private static final Pattern FORM_LESSON = Pattern.compile("<input type=\"hidden\" name=\"lesson\" value=\"([^\"]+)\"");
    private static final String PRACTICE = "/trainee/practice.xhtml";

    /** Everything started, in order; {@link #stopAll()} ends each. */
    private static final List<Process> STARTED = new ArrayList<>();
    private static final Map<String, Instance> INSTANCES = new LinkedHashMap<>();
    private static Process postgres;
    private static Process nginx;
    private static String balancer;
    /** Every instance's grid address, and the database's password: what a restarted instance is given again. */
    private static String members;
    private static String databasePassword;
    private static final Path COURSES = WORK.resolve("courses").toAbsolutePath();
    private static final Path COURSE_FILE = COURSES.resolve("peer-supporter").resolve("course.yaml");

    private static HttpClient trainee;
    private static String draft;
    private static Browser browser;
    private static String browserServedBy;
    private static String killed;

    /** One Payara Micro: its name (the header's value), HTTP and grid ports, process and console. */
    private record Instance(String name, int port, int gridPort, Process process, Console console) {
        String base() {
            return "http://127.0.0.1:" + port;
        }
    }

    @BeforeAll
    static void startPostgresTwoInstancesAndNginx() throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(TwoInstancesClusterIT::stopAll));
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        assertTrue(Files.isExecutable(Path.of(NGINX)), "Debian's nginx is needed: apt-get install nginx-light (.ci/test installs it)");
        // The instances run on this JVM's own Java (startInstance), and Payara Micro 7 needs 21 or later.
        assertTrue(Runtime.version().feature() >= 21, "Payara Micro 7 needs Java 21 or later: run Maven with"
                + " JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 (.ci/test does), not on Java " + Runtime.version());

        // Both instances teach from one live course folder, as production instances share one volume.
        copyRecursively(Path.of("courses"), COURSES);
        databasePassword = startPostgres();
        int balancerPort = freePort();
        balancer = "http://127.0.0.1:" + balancerPort;
        int[] http = {freePort(), freePort()};
        int[] grid = {freePort(), freePort()};
        members = "127.0.0.1:" + grid[0] + ",127.0.0.1:" + grid[1];
        // One after the other: the first migrates the empty database and seeds the demo accounts alone.
        Instance first = startInstance("a", http[0], grid[0]);
        awaitReady(first);
        Instance second = startInstance("b", http[1], grid[1]);
        awaitReady(second);
        // Nothing is asked of the grid before both instances are members of it.
        first.console().await("DG Size: 2");
        second.console().await("DG Size: 2");
        startNginx(balancerPort, http);
    }

    @AfterAll
    static void closeBrowserAndStopAll() {
        if (browser != null) {
            browser.close();
        }
        stopAll();
    }

    private static synchronized void stopAll() {
        for (Process process : STARTED) {
            if (process == postgres) {
                // The shell stops its server when its input ends (see startPostgres).
                closeInput(process);
            } else if (process == nginx) {
                process.destroy(); // SIGTERM: the master stops its workers
            } else {
                process.destroyForcibly();
            }
        }
        for (Process process : STARTED) {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
        STARTED.clear();
    }

    @Test
    @Order(1)
    void aTraineeSignedInThroughTheBalancerIsAnsweredByBothInstances() throws Exception {
        trainee = newSession();
        String signInPage = get(trainee, balancer + "/sign-in.xhtml").body();
        HttpResponse<String> signedIn = post(trainee, balancer + "/sign-in.xhtml", signInForm(signInPage, TRAINEE, PASSWORD), false);
        assertEquals(302, signedIn.statusCode(), "signed in and sent on: " + signedIn.body());

        // Lessons open once the trainee has agreed to the group agreement.
        String agreement = get(trainee, balancer + "/trainee/agreement.xhtml").body();
        if (agreement.contains("agreement:acknowledge")) {
            HttpResponse<String> agreed = post(trainee, balancer + "/trainee/agreement.xhtml",
                    "agreement=agreement&agreement%3Aacknowledge=&" + formState(agreement), false);
            assertTrue(agreed.statusCode() == 302 || agreed.body().contains("agreement:agreed"), "agreed: " + agreed.body());
        }

        // Round robin: a few pages are enough to meet both, each time signed in.
        Set<String> answeredBy = new TreeSet<>();
        for (int page = 0; page < 10 && answeredBy.size() < 2; page++) {
            answeredBy.add(assertSignedIn(get(trainee, balancer + "/trainee/home.xhtml")));
        }
        assertEquals(INSTANCES.keySet(), answeredBy, "nginx sends the trainee's requests to both instances");
    }

    @Test
    @Order(2)
    void addressesNginxRefusesGetThePortalsOwnPage() throws Exception {
        // Sent as raw request lines: Java's URI refuses to build these addresses at all.
        for (String path : List.of("/%zz", "/a%00b", "/" + "a".repeat(20_000))) {
            try (Socket socket = new Socket("127.0.0.1", URI.create(balancer).getPort())) {
                socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                String shown = path.length() > 20 ? "a 20,000-character address" : path;
                assertTrue(answer.startsWith(path.length() > 20 ? "HTTP/1.1 414" : "HTTP/1.1 400"), shown + ": " + answer.lines().findFirst());
                assertTrue(answer.contains("This request could not be answered"), shown + " gets the portal's page: " + answer);
                assertFalse(answer.matches("(?s).*(nginx/|Payara|GlassFish).*"), shown + " names no server version: " + answer);
            }
        }
    }

    @Test
    @Order(3)
    void signInTriesSentToBothInstancesAreCountedTogether() throws Exception {
        List<Instance> both = List.copyOf(INSTANCES.values());
        for (int attempt = 1; attempt <= 6; attempt++) {
            Instance to = both.get(attempt % 2);
            HttpClient guesser = newSession();
            String page = get(guesser, to.base() + "/sign-in.xhtml").body();
            String answer = post(guesser, to.base() + "/sign-in.xhtml", signInForm(page, GUESSED, "wrong guess " + attempt), false).body();
            if (attempt <= 5) {
                assertTrue(answer.contains("The e-mail address or password is not right"), "try " + attempt + ", on " + to.name() + ", is checked");
            } else {
                assertTrue(answer.contains("too many attempts to sign in"),
                        "the sixth try, on " + to.name() + ", waits: the five before, on both instances, were counted together");
            }
        }
    }

    @Test
    @Order(4)
    void aCourseReloadOnOneInstanceIsSeenOnTheOther() throws Exception {
        Instance[] both = INSTANCES.values().toArray(Instance[]::new);
        Instance here = both[0];
        Instance there = both[1];
        HttpClient administrator = newSession();
        String signInPage = get(administrator, here.base() + "/sign-in.xhtml").body();
        SecondFactorClient.finish(administrator, here.base(),
                post(administrator, here.base() + "/sign-in.xhtml", signInForm(signInPage, ADMINISTRATOR, PASSWORD), false), ADMINISTRATOR);
        String taught = "Trainees are taught version 2.0.0:";
        assertTrue(coursesPage(administrator, there).contains(taught), "both instances teach the course as shipped");

        String newVersion = "2.0.1";
        Files.writeString(COURSE_FILE, Files.readString(COURSE_FILE).replaceFirst("(?m)^version: 2\\.0\\.0$", "version: " + newVersion));
        // Nothing reads the files again by itself: the other instance still teaches the old version.
        assertTrue(coursesPage(administrator, there).contains(taught), "the other instance has not re-read the files on its own");

        String page = get(administrator, here.base() + "/admin/courses.xhtml").body();
        HttpResponse<String> rechecked = post(administrator, here.base() + "/admin/courses.xhtml",
                "recheckForm=recheckForm&recheckForm%3Arecheck=&" + formState(page), false);
        assertTrue(rechecked.statusCode() < 400, "the course files were checked again on " + here.name() + ": " + rechecked.statusCode());
        assertTrue(coursesPage(administrator, here).contains("Trainees are taught version " + newVersion + ":"), "reloaded where it was asked");
        until("instance " + there.name() + " teaches version " + newVersion,
                () -> coursesPage(administrator, there).contains("Trainees are taught version " + newVersion + ":"));
    }

    /** The administrator's Courses page from one instance (the session is on the grid, so either knows them). */
    private static String coursesPage(HttpClient administrator, Instance instance) throws Exception {
        HttpResponse<String> page = get(administrator, instance.base() + "/admin/courses.xhtml");
        assertEquals(200, page.statusCode(), "the Courses page, signed in, from " + instance.name());
        return page.body();
    }

    @Test
    @Order(5)
    void theAutosaveSavesADraftThroughTheBalancer() throws Exception {
        HttpResponse<String> page = get(trainee, balancer + REFLECTION);
        assertSignedIn(page);
        long account = Long.parseLong(group(ACCOUNT, page.body()));
        long seenVersion = Long.parseLong(group(SEEN_VERSION, page.body()));
        draft = "Walking alongside starts with listening, written at " + Instant.now();
        String body = "{\"text\":\"" + draft + "\",\"seenVersion\":" + seenVersion + ",\"overwrite\":false,\"account\":" + account + "}";
        HttpResponse<String> saved = trainee.send(HttpRequest.newBuilder(URI.create(balancer + "/api/drafts/reflection/" + MODULE))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("\"state\":\"saved\""), saved.body());
    }

    @Test
    @Order(6)
    void inTheBrowserATraineeTypesHalfAReflection() throws Exception {
        browser = new Browser(balancer, TIMEOUT);
        browser.open("/sign-in.xhtml");
        browser.type("signin:email", BROWSER_TRAINEE);
        browser.type("signin:password", PASSWORD);
        browser.click("signin:submit");
        browser.open("/trainee/agreement.xhtml");
        if (!browser.findAll("[id='agreement:acknowledge']").isEmpty()) {
            browser.click("agreement:acknowledge");
        }
        browser.open(REFLECTION);
        // Which instance answered each autosave: the one that saved the first half is the one killed.
        browser.script("var real = window.fetch; window.fetch = function () { return real.apply(this, arguments).then(function (answer) {"
                + " window.__servedBy = answer.headers.get('" + INSTANCE_HEADER + "'); return answer; }); };");
        browser.type("writing:text", FIRST_HALF);
        browser.awaitText(STATUS, "Saved ");
        browserServedBy = (String) browser.script("return window.__servedBy");
        assertTrue(INSTANCES.containsKey(browserServedBy), "the autosave was answered by an instance: " + browserServedBy);
    }

    @Test
    @Order(7)
    void afterTheInstanceThatRenderedAPageIsKilledTheTraineeGoesOnWhereTheyWere() throws Exception {
        // The lesson page from the instance that served the browser's save (any, if the browser could not start).
        String module = get(trainee, balancer + "/trainee/module.xhtml?module=" + MODULE).body();
        String lessonUrl = balancer + "/trainee/lesson.xhtml?module=" + MODULE + "&lesson=" + group(FIRST_LESSON, module);
        HttpResponse<String> lesson = get(trainee, lessonUrl);
        for (int page = 0; page < 4 && browserServedBy != null && !browserServedBy.equals(assertSignedIn(lesson)); page++) {
            lesson = get(trainee, lessonUrl);
        }
        Instance renderer = INSTANCES.get(assertSignedIn(lesson));
        // The practice page from the same instance: unlike the lesson page, it keeps its view in the session.
        HttpResponse<String> practice = get(trainee, balancer + PRACTICE);
        for (int page = 0; page < 4 && !renderer.name().equals(assertSignedIn(practice)); page++) {
            practice = get(trainee, balancer + PRACTICE);
        }
        assertEquals(renderer.name(), assertSignedIn(practice), "the practice page came from the instance about to be killed");

        kill(renderer);
        killed = renderer.name();

        for (int page = 0; page < 4; page++) {
            assertNotEquals(killed, assertSignedIn(get(trainee, balancer + "/trainee/home.xhtml")),
                    "the survivor answers, and the trainee is still signed in");
        }

        // A practice-log entry typed into the page the dead instance rendered is kept by the survivor: the view came from the grid.
        String entry = "Listened without rushing to fix it, then asked what would help";
        assertFalse(practice.body().contains(entry), "the entry is not in the log yet");
        HttpResponse<String> logged = post(trainee, balancer + PRACTICE, "log=log&log%3Apractised=" + encode("Reflective listening")
                + "&log%3Alearnt=" + encode(entry) + "&log%3Aadd=&" + formState(practice.body()), false);
        assertEquals(200, logged.statusCode(), "the log form's action ran on the survivor: " + logged.body());
        assertTrue(get(trainee, balancer + PRACTICE).body().contains(entry), "the entry typed before the kill is in the practice log");

        // The lesson's form, rendered by the dead instance, posts to the survivor: the lesson page keeps no view
        // (web.StatelessViews), so the survivor builds it anew from the module and lesson the form sends back.
        String action = group(LESSON_FORM_ACTION, lesson.body()).replace("&amp;", "&");
        HttpResponse<String> done = post(trainee, balancer + action, "lessonForm=lessonForm&module=" + encode(group(FORM_MODULE, lesson.body()))
                + "&lesson=" + encode(group(FORM_LESSON, lesson.body())) + "&lessonForm%3Aposition=0&lessonForm%3AmarkDone=&"
                + formState(lesson.body()), false);
        assertEquals(302, done.statusCode(), "the form's action ran, no expired view: " + done.body());
        String next = done.headers().firstValue("Location").orElseThrow();
        assertTrue(next.contains("/trainee/lesson.xhtml") && next.contains("module=" + MODULE), "on to the next lesson: " + next);
        assertSignedIn(get(trainee, URI.create(balancer).resolve(next).toString()));

        // The draft saved before the kill.
        HttpResponse<String> reflection = get(trainee, balancer + REFLECTION);
        assertSignedIn(reflection);
        assertTrue(reflection.body().contains(draft), "the draft saved before the kill is on the reflection page");
    }

    @Test
    @Order(8)
    void inTheBrowserTheTraineeKeepsTypingAndEveryWordIsSaved() {
        assertEquals(browserServedBy, killed, "the instance that saved the browser's first half was killed");
        browser.find("writing:text").sendKeys(SECOND_HALF);
        browser.awaitText(STATUS, "Saved ");
        // On through the breadcrumb and back: still signed in, no page saying the view or session timed out.
        browser.clickFirst(".breadcrumb a[href*='/trainee/module.xhtml']");
        assertTrue(browser.path().startsWith("/trainee/module.xhtml"), "on the module page, signed in: " + browser.path());
        browser.open(REFLECTION);
        assertTrue(browser.path().startsWith(REFLECTION), "the reflection page, signed in: " + browser.path());
        assertEquals(FIRST_HALF + SECOND_HALF, browser.value("writing:text"), "every word typed, before and after the kill, was saved");
    }

    @Test
    @Order(9)
    void killedWhileTheWordsWaitForTheirAutosaveTheLastInstanceLosesNoWordOfAnOpenTab() throws Exception {
        Instance last = survivor();
        String before = browser.value("writing:text");
        browser.find("writing:text").sendKeys(THIRD_PART);
        // Killed before the pause after typing is over: the autosave of these words finds no server at all.
        kill(last);
        browser.awaitText(STATUS, "Not saved yet — trying again");
        browser.find("writing:text").sendKeys(FOURTH_PART);
        String typed = before + THIRD_PART + FOURTH_PART;
        restart(last);

        // Every instance went down and the sessions with them: the page keeps the words and asks to sign in again, in place.
        browser.awaitText(STATUS, "you have been signed out");
        assertEquals(typed, browser.value("writing:text"), "the box still holds every word typed");
        browser.type("signInAgainPassword", PASSWORD);
        browser.find("signInAgainSubmit").click();
        browser.awaitText(STATUS, "Saved ");
        browser.open(REFLECTION);
        assertWordsSaved(typed, "the tab stayed open");
    }

    @Test
    @Order(10)
    void killedAndTheTabClosedTheWordsComeBackFromThisBrowser() throws Exception {
        Instance last = survivor();
        String before = browser.value("writing:text");
        browser.find("writing:text").sendKeys(FIFTH_PART);
        kill(last);
        // The failed autosave has kept the words in this browser; then the tab is closed.
        browser.awaitText(STATUS, "Not saved yet — trying again");
        browser.closeTabAndOpenAnother();
        String typed = before + FIFTH_PART;
        restart(last);

        browser.open(REFLECTION);
        // The session ended with the instance: the sign-in form is shown in place of the page.
        assertEquals("Sign in", browser.title(), "the session ended with the instance");
        browser.type("signin:email", BROWSER_TRAINEE);
        browser.type("signin:password", PASSWORD);
        browser.click("signin:submit");
        assertTrue(browser.path().startsWith(REFLECTION), "on to the reflection, where the trainee was: " + browser.path());
        assertEquals(typed, browser.value("writing:text"), "the words kept in this browser are back in the box");
        browser.awaitText(STATUS, "Saved ");
        browser.open(REFLECTION);
        assertWordsSaved(typed, "the tab was closed after the failed save");
    }

    /** The reflection page, freshly opened, holds {@code typed}: the server has every word. */
    private static void assertWordsSaved(String typed, String when) {
        String saved = browser.value("writing:text");
        int typedWords = typed.split("\\s+").length;
        int savedWords = saved.isBlank() ? 0 : saved.split("\\s+").length;
        System.out.printf("Words lost when the last instance was killed (%s): %d of %d%n", when, Math.max(0, typedWords - savedWords), typedWords);
        assertEquals(typed, saved, "every word typed was saved (" + when + ")");
    }

    /** The one instance still running. */
    private static Instance survivor() {
        List<Instance> running = INSTANCES.values().stream().filter(instance -> instance.process().isAlive()).toList();
        assertEquals(1, running.size(), "one instance is left: " + running);
        return running.get(0);
    }

    /** SIGKILL (what destroyForcibly sends on Linux): no shutdown, nothing handed over at the end. */
    private static void kill(Instance instance) throws InterruptedException {
        instance.process().destroyForcibly();
        assertTrue(instance.process().waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS), "instance " + instance.name() + " killed");
    }

    /** The page answered 200 to a signed-in trainee (not a redirect to sign in); the instance that answered. */
    private static String assertSignedIn(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.uri() + " answered, signed in (not sent to " + page.headers().firstValue("Location").orElse("-") + ")");
        assertTrue(page.body().contains("signOutForm"), page.uri() + " is shown to a signed-in person");
        return page.headers().firstValue(INSTANCE_HEADER).orElseThrow(() -> new AssertionError("no " + INSTANCE_HEADER + " header"));
    }

    private static String group(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertTrue(matcher.find(), "the page has " + pattern.pattern());
        return matcher.group(1);
    }

    /**
     * PostgreSQL from the project's script, as .ci/test starts it: the shell waits on its input
     * and, when that ends (stopAll, or this JVM dying), exits, and the script's exit trap stops
     * the server and removes its data.
     */
    private static String startPostgres() throws Exception {
        String ready = "postgres ready, password ";
        postgres = start(new ProcessBuilder("bash", "-c", ". .ci/private-postgres.sh && start_private_postgres " + POSTGRES_PORT
                + " alongside_cluster -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                + " && echo \"" + ready + "$PG_PASSWORD\" && read -r"));
        String line = new Console(postgres, WORK.resolve("postgres.log")).await(ready);
        return line.substring(line.indexOf(ready) + ready.length());
    }

    /** README's production command line, on this JVM's Java, with the grid settings for two instances on loopback. */
    private static Instance startInstance(String name, int port, int gridPort) throws IOException {
        Path home = WORK.resolve(name).toAbsolutePath();
        Files.createDirectories(home);
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder payara = new ProcessBuilder(java, "-Xmx768m", "-jar", "target/server/payara-micro.jar",
                "--deploy", "target/alongside.war", "--contextroot", "/", "--port", String.valueOf(port), "--nocluster",
                "--disablephonehome", "--rootdir", home.resolve("runtime").toString(),
                "--systemproperties", "payara-config/system.properties", "--addlibs", "target/server/postgresql.jar",
                "--prebootcommandfile", "payara-config/pre-boot-commands.asadmin",
                "--postbootcommandfile", "payara-config/post-boot-commands.asadmin",
                "--postdeploycommandfile", "payara-config/post-deploy-commands.asadmin");
        Map<String, String> environment = payara.environment();
        // Set for the Arquillian tests in this JVM; the instances here start as in production, port closed until deployed.
        environment.remove("PORTAL_HTTP_DURING_START");
        environment.put("PORTAL_DB_URL", "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/alongside_cluster");
        environment.put("PORTAL_DB_DRIVER", "org.postgresql.Driver");
        environment.put("PORTAL_DB_USER", "alongside");
        environment.put("PORTAL_DB_PASSWORD", databasePassword);
        environment.put("PORTAL_DATA_DIR", home.toString());
        environment.put("PORTAL_BASE_URL", balancer);
        environment.put("PORTAL_DEMO", "true");
        environment.put("PORTAL_DEMO_PASSWORD", PASSWORD);
        environment.put("PORTAL_DEMO_TRAINEES", "2");
        environment.put("PORTAL_COURSES_DIR", COURSES.toString());
        environment.put("PORTAL_SECOND_FACTOR_KEY", SECOND_FACTOR_KEY);
        environment.put("PORTAL_INSTANCE_NAME", name);
        environment.put("PORTAL_CLUSTER_MODE", "tcpip");
        environment.put("PORTAL_CLUSTER_MEMBERS", members);
        environment.put("PORTAL_CLUSTER_PORT", String.valueOf(gridPort));
        environment.put("PORTAL_CLUSTER_INTERFACE", "127.0.0.1");
        // A grid of its own: never joins another Payara on this machine.
        environment.put("PORTAL_CLUSTER_NAME", "alongside-cluster-it");
        Process process = start(payara);
        // A restarted instance writes a console of its own: the killed one's stays to be read.
        Path console = WORK.resolve(name + ".log");
        for (int restart = 1; Files.exists(console); restart++) {
            console = WORK.resolve(name + "-restart-" + restart + ".log");
        }
        Instance instance = new Instance(name, port, gridPort, process, new Console(process, console));
        INSTANCES.put(name, instance);
        return instance;
    }

    /**
     * Waits until the instance is ready, asking for its front page all the while: until the portal
     * is deployed the port must refuse (the balancer then tries the other instance), never answer
     * with Payara's own page.
     */
    private static void awaitReady(Instance instance) throws Exception {
        HttpClient visitor = HttpClient.newHttpClient();
        until("instance " + instance.name() + " is ready", () -> {
            HttpResponse<String> front = get(visitor, instance.base() + "/");
            assertTrue(front.statusCode() < 400 && !front.body().contains("Payara"),
                    "while starting, instance " + instance.name() + " answered " + front.statusCode() + ": " + front.body());
            HttpResponse<String> health = get(visitor, instance.base() + "/health/ready");
            return health.statusCode() == 200 && health.body().contains("UP");
        });
        instance.console().await("ready in");
    }

    /** The same instance again, on its ports, after it was killed: a restart after a crash. */
    private static Instance restart(Instance dead) throws Exception {
        Instance again = startInstance(dead.name(), dead.port(), dead.gridPort());
        awaitReady(again);
        return again;
    }

    /** nginx on loopback, round robin over both instances: no sticky sessions. */
    private static void startNginx(int port, int[] upstreams) throws Exception {
        Path directory = WORK.resolve("nginx").toAbsolutePath();
        Files.createDirectories(directory);
        String servers = Stream.of(upstreams[0], upstreams[1]).map(upstream -> "        server 127.0.0.1:" + upstream + ";\n")
                .collect(Collectors.joining());
        Path configuration = directory.resolve("nginx.conf");
        Files.writeString(configuration, """
                worker_processes 1;
                pid %1$s/nginx.pid;
                events { worker_connections 256; }
                http {
                    access_log off;
                    server_tokens off;
                    # Workers may run as nobody: nothing is buffered to files in this directory.
                    client_body_buffer_size 2m;
                    client_max_body_size 2m;
                    proxy_max_temp_file_size 0;
                    upstream portal {
                %2$s    }
                    server {
                        listen 127.0.0.1:%3$d;
                        # As in payara-config/nginx-several-instances.conf: what nginx refuses gets the portal's page.
                        error_page 400 414 /error/request.xhtml;
                        location / {
                            proxy_pass http://portal;
                            proxy_set_header Host $http_host;
                            # A killed instance refuses the connection: nginx sends that request to the other.
                            proxy_next_upstream error timeout;
                            proxy_connect_timeout 2s;
                        }
                    }
                }
                """.formatted(directory, servers, port));
        nginx = start(new ProcessBuilder(NGINX, "-p", directory.toString(), "-e", directory.resolve("error.log").toString(),
                "-c", configuration.toString(), "-g", "daemon off;"));
        new Console(nginx, WORK.resolve("nginx.log"));
        HttpClient client = HttpClient.newHttpClient();
        until("nginx answers", () -> get(client, balancer + "/health/ready").statusCode() == 200);
    }

    private static synchronized Process start(ProcessBuilder builder) throws IOException {
        Process process = builder.redirectErrorStream(true).start();
        STARTED.add(process);
        return process;
    }

    /**
     * Waits until {@code condition} holds (Selenium's FluentWait, as the browser's waits); an I/O
     * error (nothing listening yet) counts as not yet, a failed assertion fails at once.
     */
    private static void until(String what, Callable<Boolean> condition) {
        new FluentWait<>(what).withTimeout(TIMEOUT).pollingEvery(POLL).ignoring(UncheckedIOException.class)
                .withMessage(() -> "waiting until " + what)
                .until(ignored -> {
                    try {
                        return condition.call();
                    } catch (IOException notYet) {
                        throw new UncheckedIOException(notYet);
                    } catch (RuntimeException | Error failed) {
                        throw failed;
                    } catch (Exception other) {
                        throw new IllegalStateException(other);
                    }
                });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void closeInput(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException alreadyClosed) {
            // The shell has gone already: nothing left to stop.
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** A process's console, copied to a file as it comes, which a test can wait on for a line. */
    private static final class Console implements Runnable {

        private final Process process;
        private final Path file;
        private final List<String> lines = new ArrayList<>();
        private boolean ended;

        Console(Process process, Path file) {
            this.process = process;
            this.file = file;
            Thread reader = new Thread(this, "console " + file.getFileName());
            reader.setDaemon(true);
            reader.start();
        }

        @Override
        public void run() {
            try (BufferedReader in = process.inputReader(StandardCharsets.UTF_8); BufferedWriter out = Files.newBufferedWriter(file)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.write(line);
                    out.newLine();
                    out.flush();
                    synchronized (this) {
                        lines.add(line);
                        notifyAll();
                    }
                }
            } catch (IOException killed) {
                // A killed process's console can end this way: what it wrote is in the file.
            } finally {
                synchronized (this) {
                    ended = true;
                    notifyAll();
                }
            }
        }

        /** The first line containing {@code text}; fails when the process ends first or the timeout passes. */
        synchronized String await(String text) throws InterruptedException {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            for (int next = 0;; next++) {
                while (next == lines.size()) {
                    long left = deadline - System.nanoTime();
                    assertFalse(ended, file + " ended before a line with '" + text + "'");
                    if (left <= 0) {
                        fail("timed out waiting for a line with '" + text + "' in " + file);
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
                if (lines.get(next).contains(text)) {
                    return lines.get(next);
                }
            }
        }
    }
}
