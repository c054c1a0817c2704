package org.alongside.it;

import static org.alongside.it.PortalBrowserTestBase.baseUrl;
import static org.alongside.it.PortalBrowserTestBase.browser;
import static org.alongside.it.PortalBrowserTestBase.choosePassword;
import static org.alongside.it.PortalBrowserTestBase.createStaff;
import static org.alongside.it.PortalBrowserTestBase.linkFromMailTo;
import static org.alongside.it.PortalBrowserTestBase.signIn;
import static org.alongside.it.PortalBrowserTestBase.signOut;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alongside.course.Course;
import org.alongside.course.CourseLoader;
import org.openqa.selenium.WebElement;

/**
 * Builds, through the portal's own pages, the state a browser test class needs: the people, a
 * training group, trainees who joined it, a finished module or course, attendance, supervision,
 * observed practice, a certificate, a directory listing. Each step is done once per class (a test
 * asks for what it needs; a later test asking again gets it as it is) and every address carries
 * the class's own tag, so classes never see each other's people. Two things exist once per run,
 * shared by all classes: the first administrator (the one-time setup link works once) and the
 * coordinator who runs the groups.
 */
final class PortalFixture {

    static final String PASSWORD = "kettle on the windowsill";
    static final Course COURSE = CourseLoader.load(Path.of("courses", "peer-supporter")).course().orElseThrow();
    static final int MODULES = COURSE.modules().size();
    static final String DAY_ONE_MODULE = "values-and-principles";
    /** A group's days once set by {@link Group#meetingOnPastDays}: four days in a row, all past, so every day can be attended. */
    static final LocalDate PAST_DAY_ONE = LocalDate.now(ZoneId.of("Europe/London")).minusDays(10);
    static final String PLACE = "Room 4, 12 High Street";
    static final String LINK = "https://meet.example.org/tuesday-group";
    /** The reflection the fixture hands in for every module it finishes. */
    static final String REFLECTION = "What stayed with me is how much listening matters. I would ask the person what they want"
            + " from our time together, offer choice, and look after myself afterwards by talking it over in supervision.";

    static final String SETUP_TOKEN = System.getenv("PORTAL_SETUP_TOKEN");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static String administrator;
    private static String coordinator;
    private static boolean areasCurated;
    private static final Map<String, HttpClient> HTTP_SESSIONS = new ConcurrentHashMap<>();

    private final String tag;
    private final Set<String> done = new HashSet<>();
    private final Map<String, Group> groups = new HashMap<>();
    private final Map<String, String> groupOf = new HashMap<>();

    /** The fixture of one test class: its addresses and names carry a short tag made of the class's name and the run. */
    PortalFixture(Class<?> testClass) {
        this.tag = testClass.getSimpleName().substring(0, 4).toLowerCase(Locale.ROOT) + "-" + RUN;
    }

    /** A person's e-mail address, of this class only. */
    String email(String who) {
        return who + "-" + tag + "@example.org";
    }

    /** A name of this class only (a group, a trainer chosen from a list of every trainer). */
    String name(String base) {
        return base + " " + tag;
    }

    /** Whether an address belongs to this class. */
    boolean isOurs(String address) {
        return address.toLowerCase(Locale.ROOT).contains(tag);
    }

    /**
     * The first administrator, made once per run with the one-time setup link, on the empty
     * portal: a password on the common list is refused with the other fields kept, then the
     * account is made and the sign-in page is ready with the address. The first sign-in sets up
     * the second factor, and the session is kept.
     */
    static synchronized String administrator() {
        if (administrator == null) {
            String email = "ada-" + RUN + "@example.org";
            browser.forgetSession();
            browser.open("/setup.xhtml?token=" + SETUP_TOKEN);
            browser.type("setup:displayName", "Ada Admin");
            browser.type("setup:email", email);
            browser.type("setup:password", "password1234");
            browser.type("setup:confirmation", "password1234");
            browser.click("setup:submit");
            assertThat(browser.messages()).contains("on a list of passwords that people use a lot");
            assertThat(browser.value("setup:displayName")).isEqualTo("Ada Admin");
            assertThat(browser.value("setup:email")).isEqualTo(email);
            assertThat(browser.value("setup:password")).isEmpty();
            browser.assertAccessible();

            browser.type("setup:password", PASSWORD);
            browser.type("setup:confirmation", PASSWORD);
            browser.click("setup:submit");
            assertThat(browser.path()).startsWith("/sign-in.xhtml");
            assertThat(browser.messages()).contains("The administrator account is ready");
            assertThat(browser.value("signin:email")).isEqualTo(email);
            signIn(email, PASSWORD);
            assertThat(browser.path()).isEqualTo("/admin/home.xhtml");
            signOut();
            administrator = email;
        }
        return administrator;
    }

    /**
     * The coordinator every class's groups belong to, made once per run by the first
     * administrator before any group exists: so this is where the empty portal is seen from the
     * coordinator's side ("create a group first", no groups yet, no certificates yet).
     */
    static synchronized String coordinator() throws Exception {
        if (coordinator == null) {
            String email = "cora-" + RUN + "@example.org";
            addStaff("Cora Coordinator", email, "staffForm:roles:1");
            signIn(email, PASSWORD);
            browser.open("/coordinator/invitations.xhtml");
            assertThat(browser.text()).contains("Create a group first");
            browser.assertAccessible();
            browser.open("/coordinator/cohorts.xhtml");
            assertThat(browser.text()).contains("No training groups yet.");
            browser.assertAccessible();
            browser.open("/coordinator/certificates.xhtml");
            assertThat(browser.text()).contains("No certificates have been issued yet.");
            browser.assertAccessible();
            signOut();
            coordinator = email;
        }
        return coordinator;
    }

    /** A staff member of this class with one role (the checkbox of the staff form), with their password chosen. */
    String staff(String who, String displayName, String roleCheckbox) throws Exception {
        String email = email(who);
        once("staff " + email, () -> addStaff(displayName, email, roleCheckbox));
        return email;
    }

    private static void addStaff(String displayName, String email, String roleCheckbox) throws Exception {
        signIn(administrator(), PASSWORD);
        browser.open("/admin/staff.xhtml");
        createStaff(displayName, email, roleCheckbox);
        signOut();
        choosePassword(linkFromMailTo(email, "Your Alongside account is ready"), PASSWORD);
    }

    /**
     * The coordinators' areas of lived experience as a coordinator has curated them, once per run
     * (they are shared by every supporter): "Loneliness" added and renamed "Loneliness and
     * isolation", and "Self-harm" retired, each checked as it is done.
     */
    static synchronized void areasCurated() throws Exception {
        if (!areasCurated) {
            signIn(coordinator(), PASSWORD);
            browser.open("/coordinator/areas.xhtml");
            assertThat(browser.text()).contains("Bereavement", "Psychosis", "Hearing voices");
            browser.assertAccessible();
            browser.type("addArea:newName", "Loneliness");
            browser.click("addArea:add");
            assertThat(browser.messages()).contains("Added \"Loneliness\".");
            browser.type("addArea:newName", "  loneliness ");
            browser.click("addArea:add");
            assertThat(browser.messages()).contains("There is already an area called \"loneliness\".");
            assertThat(browser.value("addArea:newName")).isEqualTo("  loneliness ");
            int row = areaRow("Loneliness");
            browser.type("areaList:areas:" + row + ":name", "Loneliness and isolation");
            browser.click("areaList:areas:" + row + ":rename");
            assertThat(browser.messages()).contains("Renamed to \"Loneliness and isolation\".");
            browser.click("areaList:areas:" + areaRow("Self-harm") + ":retire");
            assertThat(browser.messages()).contains("Retired \"Self-harm\".");
            signOut();
            areasCurated = true;
        }
    }

    /** The row number of an area on the coordinators' list. */
    private static int areaRow(String name) {
        List<String> names = browser.findAll(".area-list__name input").stream().map(input -> input.getDomProperty("value")).toList();
        assertThat(names).contains(name);
        return names.indexOf(name);
    }

    /** A training group of this class (made by the coordinator on first use), its day 1 opened early so trainees can begin. */
    Group group(String key) throws Exception {
        Group group = groups.get(key);
        if (group == null) {
            group = new Group(name("Group " + key));
            groups.put(key, group);
        }
        return group;
    }

    /**
     * A certified trainee of this class, listed in the public directory: the group {@code key}
     * with its trainer, the trainee in it, certified and listed (each step once per class).
     */
    String listedSupporter(String key, String trainerWho, String traineeWho) throws Exception {
        Group group = group(key).withTrainer(trainerWho);
        String trainee = group.agreedTrainee(traineeWho, "Tam Trainee");
        group.listedInDirectory(trainee);
        return trainee;
    }

    /** Runs a step of this class's fixture unless it has been done: a step that failed is tried again by the next test. */
    void once(String step, Step work) throws Exception {
        if (!done.contains(step)) {
            work.run();
            done.add(step);
        }
    }

    /** Marks a step done by a test itself (so a later test does not do it twice). */
    void markDone(String step) {
        done.add(step);
    }

    boolean isDone(String step) {
        return done.contains(step);
    }

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /** One training group of the class, as the coordinator made it, and what its trainer and trainees have done. */
    final class Group {

        final String name;
        final String page;
        private String trainer;
        private String trainerName;

        private Group(String name) throws Exception {
            this.name = name;
            signIn(coordinator(), PASSWORD);
            browser.open("/coordinator/cohorts.xhtml");
            browser.type("cohortForm:name", name);
            browser.click("cohortForm:create");
            assertThat(browser.messages()).contains("The group " + name + " is ready");
            page = browser.path();
            assertThat(page).matches("/coordinator/cohort\\.xhtml\\?id=\\d+.*");
            browser.click("days:dayTable:0:openEarly");
            browser.clickFirst(".ui-confirmdialog-yes");
            assertThat(browser.messages()).contains("Day 1 is now open to the group.");
            signOut();
        }

        /** The group's id, as its pages take it. */
        String id() {
            return page.replaceAll(".*[?&]id=(\\d+).*", "$1");
        }

        /**
         * Gives the group a trainer of its own (made as staff first), named after {@code who} and
         * the class: the coordinator chooses a trainer by name from a list of every trainer.
         */
        Group withTrainer(String who) throws Exception {
            String displayName = name("Trainer " + who);
            String email = staff(who, displayName, "staffForm:roles:0");
            once("trainer of " + name, () -> {
                signIn(coordinator(), PASSWORD);
                browser.open(page);
                browser.select("trainers:trainer", displayName);
                browser.click("trainers:assign");
                assertThat(browser.messages()).contains("The trainer can now grade this group's reflections.");
                signOut();
            });
            trainer = email;
            trainerName = displayName;
            return this;
        }

        String trainer() {
            assertThat(trainer).as("the group has a trainer (withTrainer)").isNotNull();
            return trainer;
        }

        String trainerName() {
            trainer();
            return trainerName;
        }

        /** Moves the group's four days into the past (so each can be attended), with a place, a meeting link and room for 10. */
        Group meetingOnPastDays() throws Exception {
            once("past days of " + name, () -> {
                signIn(coordinator(), PASSWORD);
                browser.open(page);
                browser.click("toEdit");
                for (int day = 0; day < COURSE.days().size(); day++) {
                    browser.script("document.getElementById(arguments[0]).value = arguments[1]", "edit:days:" + day + ":date",
                            PAST_DAY_ONE.plusDays(day).toString());
                }
                browser.type("edit:days:0:place", PLACE);
                browser.type("edit:days:1:link", LINK);
                browser.type("edit:capacity", "10");
                browser.click("edit:save");
                assertThat(browser.messages()).contains("The group's details are saved.");
                signOut();
            });
            return this;
        }

        /** A trainee invited to the group by e-mail who joined with the invitation (not yet agreed to the group agreement). */
        String trainee(String who, String displayName) throws Exception {
            String email = email(who);
            String joined = groupOf.putIfAbsent(email, name);
            assertThat(joined == null || joined.equals(name)).as(who + " joins one group only, not " + joined + " and " + name).isTrue();
            once("joined " + email, () -> {
                signIn(coordinator(), PASSWORD);
                browser.open("/coordinator/invitations.xhtml?cohort=" + id());
                browser.type("invite:email", email);
                browser.click("invite:create");
                assertThat(browser.messages()).contains("Invitation to " + name + " created and e-mailed to " + email);
                signOut();
                browser.open(linkFromMailTo(email, "You are invited"));
                browser.type("join:displayName", displayName);
                browser.type("join:email", email);
                browser.type("join:password", PASSWORD);
                browser.type("join:confirmation", PASSWORD);
                browser.click("join:submit");
                assertThat(browser.messages()).contains("Your account is ready");
            });
            return email;
        }

        /** A trainee who joined and agreed to the group agreement, so the course is open to them. */
        String agreedTrainee(String who, String displayName) throws Exception {
            String email = trainee(who, displayName);
            once("agreed " + email, () -> traineeOverHttp(email));
            return email;
        }

        /** The trainee signed in over HTTP, the group agreement agreed to unless they had. */
        private HttpClient traineeOverHttp(String trainee) throws Exception {
            HttpClient client = signedInOverHttp(trainee);
            String agreement = PortalHttp.get(client, base() + "/trainee/agreement.xhtml").body();
            if (agreement.contains("id=\"agreement:acknowledge\"")) {
                HttpResponse<String> agreed = PortalHttp.form(client, base(), "/trainee/agreement.xhtml", "agreement").submit("agreement:acknowledge");
                assertThat(agreed.statusCode()).as(trainee + " agrees: " + PortalHttp.title(agreed.body())).isEqualTo(302);
            }
            return client;
        }

        /** The trainee has handed in the module's reflection (lessons read, check passed first); it waits for the trainer. */
        void reflectionHandedIn(String trainee, String moduleId) throws Exception {
            once("handed in " + trainee + " " + moduleId, () -> workThrough(traineeOverHttp(trainee), COURSE.module(moduleId).orElseThrow()));
        }

        /** The trainee has finished these modules: lessons read, checks passed, reflections accepted by the group's trainer. */
        void modulesFinished(String trainee, List<String> moduleIds) throws Exception {
            List<String> toDo = moduleIds.stream().filter(id -> !isDone("finished " + trainee + " " + id)).toList();
            if (toDo.isEmpty()) {
                return;
            }
            HttpClient traineeClient = traineeOverHttp(trainee);
            for (String moduleId : toDo) {
                if (!isDone("handed in " + trainee + " " + moduleId)) {
                    workThrough(traineeClient, COURSE.module(moduleId).orElseThrow());
                    markDone("handed in " + trainee + " " + moduleId);
                }
            }
            Matcher name = Pattern.compile("site-account__label[^>]*>([^<]+)<").matcher(PortalHttp.get(traineeClient, base() + "/trainee/home.xhtml").body());
            assertThat(name.find()).as(trainee + "'s name in the menu").isTrue();
            String traineeName = name.group(1).trim();
            HttpClient trainerClient = signedInOverHttp(trainer());
            for (String moduleId : toDo) {
                String queue = PortalHttp.get(trainerClient, base() + "/trainer/queue.xhtml").body();
                String submission = rowLink(queue, "grade\\.xhtml\\?submission=\\d+", traineeName, COURSE.module(moduleId).orElseThrow().title());
                PortalHttp.Form grade = PortalHttp.form(trainerClient, base(), "/trainer/" + submission, "grade");
                assertThat(grade.chooseEvery("grade:criteria:\\d+:level:2")).as("criteria of " + moduleId).isPositive();
                HttpResponse<String> released = grade.set("grade:feedback", "Thoughtful and safe.").choose("grade:outcome:1")
                        .submit("grade:release");
                assertThat(released.statusCode()).as(moduleId + " graded: " + PortalHttp.title(released.body())).isEqualTo(302);
                markDone("finished " + trainee + " " + moduleId);
            }
        }

        /** Every module of the course finished (see {@link #modulesFinished}). */
        void courseFinished(String trainee) throws Exception {
            modulesFinished(trainee, COURSE.days().stream().flatMap(day -> day.moduleIds().stream()).toList());
        }

            /**
         * Works through the module as the signed-in trainee, over HTTP as a browser without JavaScript would
         * (the pages' own browser tests show them in Chromium): every lesson marked done, the check
         * passed, the reflection handed in.
         */
        private void workThrough(HttpClient client, Course.Module module) throws Exception {
            for (Course.Lesson lesson : module.lessons()) {
                HttpResponse<String> done = PortalHttp.submit(client, base(), "/trainee/lesson.xhtml?module=" + module.id() + "&lesson="
                        + lesson.id(), "lessonForm", "lessonForm:markDone", Map.of());
                assertThat(done.statusCode()).as(module.id() + "/" + lesson.id() + " marked done: " + PortalHttp.title(done.body()))
                        .isEqualTo(302);
            }
            PortalHttp.Form check = PortalHttp.form(client, base(), "/trainee/check.xhtml?module=" + module.id(), "check");
            List<Course.Question> questions = module.knowledgeCheck().questions();
            for (int q = 0; q < questions.size(); q++) {
                Course.Question question = questions.get(q);
                String field = "check:q:" + q + (question.type() == Course.QuestionType.SINGLE ? ":single" : ":multiple");
                question.options().stream().filter(Course.Option::correct).forEach(option -> check.set(field, option.id()));
            }
            HttpResponse<String> checked = check.submit("check:submit");
            assertThat(checked.statusCode()).as(module.id() + " check: " + PortalHttp.title(checked.body())).isEqualTo(302);
            String result = PortalHttp.get(client, checked.headers().firstValue("Location").orElseThrow()).body();
            assertThat(result).as(module.id()).contains("Well done: you passed");
            HttpResponse<String> handedIn = PortalHttp.form(client, base(), "/trainee/reflection.xhtml?module=" + module.id(), "writing")
                    .set("writing:text", REFLECTION).submit("writing:submit");
            assertThat(handedIn.body()).as(module.id()).contains("Version 1 is with your trainer");
        }

        /** The trainer has marked every trainee of the group present on every day (the days must be past: {@link #meetingOnPastDays}). */
        void attendedEveryDay() throws Exception {
            once("attended " + name, () -> {
                HttpClient client = signedInOverHttp(trainer());
                for (int day = 1; day <= COURSE.days().size(); day++) {
                    PortalHttp.Form register = PortalHttp.form(client, base(), "/staff/attendance.xhtml?cohort=" + id() + "&day=" + day, "register");
                    assertThat(register.chooseEvery("register:lines:\\d+:status:0")).as("trainees on day " + day).isPositive();
                    assertThat(register.submit("register:save").body()).contains("Attendance for day " + day + " is saved.");
                }
            });
        }

        /** The trainer has signed off the observed practice certification asks for, for the group's one trainee. */
        void practiceSignedOff() throws Exception {
            once("practice " + name, () -> {
                HttpClient client = signedInOverHttp(trainer());
                for (Course.Practice rolePlay : COURSE.practicesInOrder().subList(0, COURSE.observedPracticeRequired())) {
                    String practice = PortalHttp.get(client, base() + "/staff/practice.xhtml?cohort=" + id()).body();
                    String observe = firstLink(practice, "observe\\.xhtml\\?trainee=\\d+&(?:amp;)?practice=" + Pattern.quote(rolePlay.id()));
                    PortalHttp.Form form = PortalHttp.form(client, base(), "/staff/" + observe, "observe");
                    for (int item = 0; item < rolePlay.checklist().size(); item++) {
                        form.choose("observe:items:" + item + ":shown:0");
                    }
                    assertThat(form.submit("observe:signOff").body()).contains("Signed off. It now counts towards certification.");
                }
            });
        }

        /**
         * The trainer has recorded and signed off three supervision sessions of the last month for
         * the group's one trainee: 50 minutes by video ("We talked about listening without
         * fixing."), an hour in person ("Second session: boundaries.") and half an hour by phone
         * ("Third session: looking after yourself.").
         */
        void supervisionSignedOff() throws Exception {
            once("supervision " + name, () -> {
                LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
                HttpClient client = signedInOverHttp(trainer());
                String person = "/staff/" + firstLink(PortalHttp.get(client, base() + "/staff/supervision.xhtml").body(),
                        "supervision-person\\.xhtml\\?person=\\d+");
                recordSession(client, person, today.minusDays(30), "50", "Video call", "We talked about listening without fixing.");
                recordSession(client, person, today.minusDays(20), "60", "In person", "Second session: boundaries.");
                recordSession(client, person, today.minusDays(10), "30", "Phone call", "Third session: looking after yourself.");
                PortalHttp.Form sessions = PortalHttp.form(client, base(), person, "sessions");
                Matcher signOff = Pattern.compile("id=\"(sessions:list:\\d+:signOff)\"").matcher(sessions.page());
                while (signOff.find()) {
                    assertThat(sessions.submit(signOff.group(1)).body()).contains("The session is signed off and now counts.");
                    sessions = PortalHttp.form(client, base(), person, "sessions");
                    signOff = Pattern.compile("id=\"(sessions:list:\\d+:signOff)\"").matcher(sessions.page());
                }
            });
        }

        private void recordSession(HttpClient client, String person, LocalDate date, String minutes, String format, String note)
                throws Exception {
            PortalHttp.Form session = PortalHttp.form(client, base(), person, "session").set("session:date", date.toString())
                    .set("session:minutes", minutes).select("session:format", format).set("session:note", note);
            assertThat(session.submit("session:save").body()).contains("The session is recorded.");
        }

        /** The trainee has written a reflection on their latest supervision session. */
        void supervisionReflection(String trainee, String reflection) throws Exception {
            once("supervision reflection " + trainee, () -> {
                signIn(trainee, PASSWORD);
                browser.open("/trainee/supervision.xhtml");
                browser.type("sessions:list:0:text", reflection);
                browser.click("sessions:list:0:save");
                assertThat(browser.messages()).contains("Your reflection is saved.");
                signOut();
            });
        }

        /**
         * The group's one trainee holds a valid certificate: the whole course, every day attended,
         * supervision and observed practice signed off, then certified by the coordinator.
         */
        void certified(String trainee) throws Exception {
            meetingOnPastDays();
            courseFinished(trainee);
            attendedEveryDay();
            practiceSignedOff();
            supervisionSignedOff();
            once("certified " + trainee, () -> {
                HttpClient client = signedInOverHttp(coordinator());
                String groupPage = PortalHttp.get(client, base() + page).body();
                String record = firstLink(groupPage.substring(groupPage.indexOf("id=\"members\"")), "trainee\\.xhtml\\?id=\\d+");
                HttpResponse<String> issued = PortalHttp.form(client, base(), "/coordinator/" + record, "certify")
                        .set("certify:note", "Practice and supervision show safe, warm, boundaried support.").submit("certify:certifyButton");
                assertThat(issued.body()).contains("Certificate issued to");
            });
        }

        /**
         * The certified trainee is listed in the directory as "Tam": they/them, Wales, phone and video,
         * British Sign Language, bereavement and loneliness, three places, availability kept private,
         * and a bio with markup typed as text.
         */
        void listedInDirectory(String trainee) throws Exception {
            certified(trainee);
            areasCurated();
            once("listed " + trainee, () -> {
                signIn(trainee, PASSWORD);
                browser.open("/trainee/directory-profile.xhtml");
                fillDirectoryProfile("When I was very unwell, a friend sat with me every evening and listened. <b>Tea</b> helps.");
                browser.click("profile:save");
                assertThat(browser.messages()).contains("Your profile is saved.");
                browser.click("listing:consent");
                browser.click("listing:publish");
                assertThat(browser.messages()).contains("Your profile is in the directory now.");
                signOut();
            });
        }
    }

    /** Takes a trainee's listing out of the directory, if this class listed them (the directory is shared by the run). */
    void leaveDirectory(String trainee) throws Exception {
        if (isDone("listed " + trainee)) {
            signIn(trainee, PASSWORD);
            browser.open("/trainee/directory-profile.xhtml");
            if (!browser.findAll("[id='listing:unpublish']").isEmpty()) {
                browser.click("listing:unpublish");
            }
            signOut();
            done.remove("listed " + trainee);
        }
    }

    /** Fills the directory profile form as Tam does (the caller saves). */
    static void fillDirectoryProfile(String bio) {
        browser.type("profile:displayName", "Tam");
        browser.type("profile:pronouns", "they/them");
        browser.type("profile:bio", bio);
        tick("profile:areas", "Bereavement");
        tick("profile:areas", "Loneliness and isolation");
        tick("profile:formats", "Phone");
        tick("profile:formats", "Video call");
        tick("profile:languages", "British Sign Language");
        tick("profile:availability", "Weekends");
        browser.select("profile:region", "Wales");
        browser.select("profile:capacity", "3");
        browser.click("profile:showBIO");
        browser.click("profile:showAREAS");
        // Availability stays private: it is never shown or matched by a filter.
        browser.click("profile:showAVAILABILITY");
    }

    /** Fills the record-a-session form; the date goes in as the date input's value, whatever the browser's locale. */
    static void fillSession(LocalDate date, String minutes, String format, String note) {
        browser.script("document.getElementById('session:date').value = arguments[0]", date.toString());
        browser.type("session:minutes", minutes);
        browser.select("session:format", format);
        browser.type("session:note", note);
    }

    /** Ticks the checkbox of a group (a selectManyCheckbox) by the words of its label. */
    static void tick(String groupId, String label) {
        browser.findAll("[id='" + groupId + "'] label").stream().filter(l -> l.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No choice '" + label + "' in " + groupId)).click();
    }

    /** The portal's address without the last slash, as {@link PortalHttp} takes it. */
    static String base() {
        return baseUrl.replaceFirst("/$", "");
    }

    /**
     * An HTTP session of {@code email}, signed in with the password and, when the portal asks, the
     * second factor. A person with a second factor keeps one session for the run, as a tab left
     * open would (the authenticator gives only a code or two per half minute).
     */
    static HttpClient signedInOverHttp(String email) throws Exception {
        HttpClient kept = HTTP_SESSIONS.get(email);
        if (kept != null && PortalHttp.get(kept, base() + "/account/password.xhtml").statusCode() == 200) {
            return kept;
        }
        HttpClient client = PortalHttp.newSession();
        HttpResponse<String> signedIn = PortalHttp.post(client, base() + "/sign-in.xhtml",
                PortalHttp.signInForm(PortalHttp.get(client, base() + "/sign-in.xhtml").body(), email, PASSWORD), false);
        SecondFactorClient.finish(client, base(), signedIn, email);
        if (SecondFactorClient.hasSecondFactor(email)) {
            HTTP_SESSIONS.put(email, client);
        }
        return client;
    }

    /** The first link of {@code page} whose address (from the page's folder on) matches {@code hrefPattern}. */
    static String firstLink(String page, String hrefPattern) {
        Matcher link = Pattern.compile("href=\"[^\"]*?(" + hrefPattern + ")[^\"]*\"").matcher(page);
        assertThat(link.find()).as("a link " + hrefPattern + " on " + PortalHttp.title(page)).isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    /** The link (matching {@code hrefPattern}) in the first table row of {@code page} whose text has every one of the words. */
    static String rowLink(String page, String hrefPattern, String... words) {
        for (String row : page.split("<tr")) {
            Matcher link = Pattern.compile("href=\"[^\"]*?(" + hrefPattern + ")\"").matcher(row);
            String text = row.replaceAll("<[^>]*>", " ").replace("&amp;", "&").replace("&#39;", "'");
            if (List.of(words).stream().allMatch(text::contains) && link.find()) {
                return link.group(1).replace("&amp;", "&");
            }
        }
        throw new AssertionError("No row with " + List.of(words) + " and a link " + hrefPattern + " on " + PortalHttp.title(page));
    }

    /** Answers every question of the module's check, all right or all wrong, by clicking the options by their ids. */
    static void answer(Course.Module module, boolean right) {
        List<Course.Question> questions = module.knowledgeCheck().questions();
        for (int q = 0; q < questions.size(); q++) {
            Course.Question question = questions.get(q);
            for (Course.Option option : question.options()) {
                if (right ? option.correct() : !option.correct()) {
                    browser.findAll("input[name^='check:q:" + q + ":'][value='" + option.id() + "']").get(0).click();
                    if (question.type() == Course.QuestionType.SINGLE) {
                        break;
                    }
                }
            }
        }
    }
}
