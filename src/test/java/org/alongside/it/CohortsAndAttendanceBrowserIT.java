package org.alongside.it;

import static org.alongside.it.PortalFixture.DAY_ONE_MODULE;
import static org.alongside.it.PortalFixture.LINK;
import static org.alongside.it.PortalFixture.PASSWORD;
import static org.alongside.it.PortalFixture.PAST_DAY_ONE;
import static org.alongside.it.PortalFixture.PLACE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * Training groups in the browser: a coordinator makes a group and invites a trainee who joins
 * once, edits the group's days, places and capacity, the group's trainer marks attendance, the
 * progress overview and its downloads, and the trainee's calendar of the course days.
 */
class CohortsAndAttendanceBrowserIT extends PortalBrowserTestBase {

    private static final PortalFixture FIXTURE = new PortalFixture(CohortsAndAttendanceBrowserIT.class);

    @Test
    void aCoordinatorCreatesAGroupAndInvitesATraineeWhoJoinsOnce() throws Exception {
        String group = FIXTURE.name("Tuesday group");
        String trainee = FIXTURE.email("tam");
        // A group whose days start next Monday; the coordinator opens day 1 early so the trainee can begin today.
        signIn(PortalFixture.coordinator(), PASSWORD);
        browser.open("/coordinator/cohorts.xhtml");
        browser.assertAccessible();
        browser.click("cohortForm:create");
        assertThat(browser.messages()).contains("Please give the group a name.");
        browser.type("cohortForm:name", group);
        browser.click("cohortForm:create");
        assertThat(browser.messages()).contains("The group " + group + " is ready");
        assertThat(browser.title()).isEqualTo(group);
        assertThat(browser.text()).contains("Opens on its date", "No trainees have joined yet");
        browser.assertAccessible();
        browser.click("days:dayTable:0:openEarly");
        browser.clickFirst(".ui-confirmdialog-yes");
        assertThat(browser.messages()).contains("Day 1 is now open to the group.");
        assertThat(browser.text()).contains("Opened early on");
        browser.screenshots("coordinator-cohort");

        browser.clickFirst("a[href*='invitations.xhtml?cohort=']");
        browser.assertAccessible();
        assertThat(browser.find("invite:cohort").getDomProperty("value")).isNotEmpty();
        // Choosing the group again updates the places left in place: no error page (an inline script
        // in the ajax answer once broke every ajax drop-down under the Content-Security-Policy).
        browser.select("invite:cohort", group);
        assertThat(browser.path()).startsWith("/coordinator/invitations.xhtml");
        assertThat(browser.text()).doesNotContain("Something went wrong");
        assertThat(browser.find("invite:cohort").getDomProperty("value")).isNotEmpty();
        browser.type("invite:email", trainee);
        browser.click("invite:create");
        assertThat(browser.messages()).contains("Invitation to " + group + " created and e-mailed to " + trainee);
        String code = browser.find("issuedCode").getText();
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        browser.assertAccessible();
        browser.screenshots("coordinator-invitations");
        signOut();

        String joinLink = linkFromMailTo(trainee, "You are invited");
        assertThat(joinLink).contains("code=" + code);
        browser.open(joinLink);
        assertThat(browser.value("join:code")).isEqualTo(code);
        browser.assertAccessible();

        // An over-long name is refused with a clear message, and everything else typed is kept.
        browser.type("join:displayName", "T".repeat(150));
        browser.type("join:email", trainee);
        browser.type("join:password", PASSWORD);
        browser.type("join:confirmation", PASSWORD);
        browser.click("join:submit");
        assertThat(browser.messages()).contains("Please keep the name under 100 characters.");
        assertThat(browser.value("join:email")).isEqualTo(trainee);
        assertThat(browser.value("join:code")).isEqualTo(code);
        browser.assertAccessible();

        browser.type("join:displayName", "Tam Trainee");
        browser.type("join:password", PASSWORD);
        browser.type("join:confirmation", PASSWORD);
        browser.click("join:submit");
        assertThat(browser.messages()).contains("Your account is ready");
        signIn(trainee, PASSWORD);
        assertThat(browser.path()).isEqualTo("/trainee/home.xhtml");
        browser.assertAccessible();
        browser.screenshots("trainee-home");
        signOut();

        browser.open(joinLink);
        browser.type("join:displayName", "Someone Else");
        browser.type("join:email", FIXTURE.email("someone"));
        browser.type("join:password", PASSWORD);
        browser.type("join:confirmation", PASSWORD);
        browser.click("join:submit");
        assertThat(browser.messages()).contains("This invitation has already been used");
        assertThat(browser.value("join:displayName")).isEqualTo("Someone Else");
    }

    @Test
    void aCoordinatorEditsTheGroupsDaysPlacesAndCapacity() throws Exception {
        PortalFixture.Group group = FIXTURE.group("edited");
        group.trainee("tam-edited", "Tam Trainee");
        signIn(PortalFixture.coordinator(), PASSWORD);
        browser.open(group.page);
        assertThat(browser.title()).isEqualTo(group.name);
        assertThat(browser.find("courseVersions").getText()).matches("Created with version \\S+ of the course; version \\S+ is taught now\\.");
        assertThat(browser.text()).contains("No capacity set");
        browser.click("toEdit");
        assertThat(browser.title()).isEqualTo("Edit the group");
        browser.assertAccessible();

        // Days out of order are refused next to the day, and everything typed stays.
        setDate(0, PAST_DAY_ONE.plusDays(1));
        setDate(1, PAST_DAY_ONE);
        setDate(2, PAST_DAY_ONE.plusDays(2));
        setDate(3, PAST_DAY_ONE.plusDays(3));
        browser.type("edit:days:0:place", PLACE);
        browser.type("edit:days:1:link", LINK);
        browser.type("edit:capacity", "10");
        browser.click("edit:save");
        assertThat(browser.messages()).contains("Day 2 is before day 1. Please put the days in order.");
        assertThat(browser.text()).contains("Day 2 is before day 1");
        assertThat(browser.value("edit:capacity")).isEqualTo("10");
        assertThat(browser.value("edit:days:0:place")).isEqualTo(PLACE);
        assertThat(browser.value("edit:days:1:date")).isEqualTo(PAST_DAY_ONE.toString());
        browser.assertAccessible();

        // A capacity of 0 is refused too; then the edit goes through.
        setDate(0, PAST_DAY_ONE);
        setDate(1, PAST_DAY_ONE.plusDays(1));
        browser.type("edit:capacity", "0");
        browser.click("edit:save");
        assertThat(browser.messages()).contains("The capacity must be at least 1");
        assertThat(browser.value("edit:days:1:link")).isEqualTo(LINK);
        assertThat(browser.value("edit:days:0:date")).isEqualTo(PAST_DAY_ONE.toString());
        browser.screenshots("coordinator-cohort-edit");
        browser.type("edit:capacity", "10");
        browser.click("edit:save");
        assertThat(browser.messages()).contains("The group's details are saved.");
        assertThat(browser.title()).isEqualTo(group.name);
        assertThat(browser.text()).contains(PLACE, "Capacity: 10 trainees (9 places left).");
        assertThat(browser.findAll("a[href='" + LINK + "']")).hasSize(1);
        browser.assertAccessible();
        browser.screenshots("coordinator-cohort-details");
        signOut();
    }

    /** Sets a date field of the cohort edit form (the browser's date picker takes typing by locale, the value does not). */
    private static void setDate(int dayIndex, LocalDate date) {
        browser.script("document.getElementById(arguments[0]).value = arguments[1]", "edit:days:" + dayIndex + ":date", date.toString());
    }

    @Test
    void theGroupsTrainerMarksTheTraineePresentOnEveryDay() throws Exception {
        PortalFixture.Group group = FIXTURE.group("attendance").withTrainer("theo").meetingOnPastDays();
        group.trainee("tam-present", "Tam Trainee");
        signIn(group.trainer(), PASSWORD);
        assertThat(browser.text()).contains("Your groups", group.name);
        browser.assertAccessible();
        browser.clickFirst("a[href*='attendance.xhtml?cohort=']");
        String cohortId = browser.path().replaceAll(".*cohort=(\\d+).*", "$1");
        assertThat(browser.title()).isEqualTo("Attendance");
        assertThat(browser.text()).contains("Day 4:", "Tam Trainee", "Not marked yet");
        browser.assertAccessible();
        browser.screenshots("staff-attendance");
        browser.script("document.getElementById('register').scrollIntoView()");
        browser.screenshots("staff-attendance-register");
        for (int day = 1; day <= 4; day++) {
            browser.open("/staff/attendance.xhtml?cohort=" + cohortId + "&day=" + day);
            browser.find("register:lines:0:status:0").click();
            browser.click("register:save");
            assertThat(browser.messages()).contains("Attendance for day " + day + " is saved.");
        }
        browser.open("/staff/attendance.xhtml?cohort=" + cohortId + "&day=1");
        assertThat(browser.find("register:lines:0:status:0").isSelected()).isTrue();
        assertThat(browser.text()).doesNotContain("Not marked yet");
        assertThat(get("/staff/attendance.xhtml?cohort=987654321", browser.cookieHeader()).statusCode()).isEqualTo(404);
        assertThat(get("/staff/cohort-export?cohort=987654321&what=table", browser.cookieHeader()).statusCode()).isEqualTo(404);
        signOut();
    }

    /** A group that met on four past days, every day attended, whose one trainee has finished the first module. */
    private static PortalFixture.Group attendedGroup() throws Exception {
        PortalFixture.Group group = FIXTURE.group("overview").withTrainer("tessa").meetingOnPastDays();
        String trainee = group.agreedTrainee("tam-overview", "Tam Trainee");
        group.modulesFinished(trainee, List.of(DAY_ONE_MODULE));
        group.attendedEveryDay();
        return group;
    }

    @Test
    void theOverviewShowsEachTraineesModulesAttendanceAndAChartAndExportsThem() throws Exception {
        PortalFixture.Group group = attendedGroup();
        signIn(PortalFixture.coordinator(), PASSWORD);
        browser.open(group.page);
        browser.click("toOverview");
        assertThat(browser.title()).isEqualTo("Progress overview");
        assertThat(browser.findAll("#overviewTable tbody tr")).hasSize(1);
        String row = browser.findAll("#overviewTable tbody tr").get(0).getText();
        assertThat(row).contains("Tam Trainee", "Complete", "Not started", "4 of 4");
        assertThat(browser.findAll("#overviewTable a[href*='/coordinator/trainee.xhtml?id=']")).hasSize(1);
        assertThat(browser.find("chart").getText()).contains("1 complete, 0 in progress, 0 not started",
                "0 complete, 0 in progress, 1 not started");
        browser.assertAccessible();
        browser.screenshots("staff-overview");
        browser.script("document.getElementById('chartHeading').scrollIntoView()");
        browser.screenshots("staff-overview-chart");

        String tableLink = browser.find("downloadTable").getDomAttribute("href");
        HttpResponse<String> table = get(tableLink, browser.cookieHeader());
        assertThat(table.statusCode()).isEqualTo(200);
        assertThat(table.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"cohort-");
        assertThat(table.body()).startsWith("Trainee,Account id,").contains("Tam Trainee,", ",Complete,", ",4/4");
        HttpResponse<String> chart = get(browser.find("downloadChart").getDomAttribute("href"), browser.cookieHeader());
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.body()).startsWith("Module,Complete,In progress,Not started").contains(",1,0,0");
        assertThat(get(tableLink, null).body()).doesNotContain("Tam Trainee");
        signOut();
    }

    @Test
    void theTraineeDownloadsTheirGroupsCourseDaysAsACalendar() throws Exception {
        PortalFixture.Group group = FIXTURE.group("calendar").meetingOnPastDays();
        String trainee = group.agreedTrainee("tam-calendar", "Tam Trainee");
        signIn(trainee, PASSWORD);
        String link = browser.find("calendar").getDomAttribute("href");
        assertThat(link).endsWith("/account/cohort-calendar");
        HttpResponse<String> ics = get(link, browser.cookieHeader());
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        List<VEvent> days = calendar.getComponents("VEVENT");
        assertThat(days).hasSize(4);
        assertThat(days.get(0).getProperty("DTSTART").orElseThrow().getValue()).isEqualTo(PAST_DAY_ONE.toString().replace("-", ""));
        assertThat(days.get(0).getProperty("LOCATION").orElseThrow().getValue()).isEqualTo(PLACE);
        assertThat(days.get(1).getProperty("URL").orElseThrow().getValue()).isEqualTo(LINK);
        assertThat(days.get(3).getProperty("DTSTART").orElseThrow().getValue()).isEqualTo(PAST_DAY_ONE.plusDays(3).toString().replace("-", ""));
        // Staff name a group; a trainee gets only their own, whatever they ask for.
        HttpResponse<String> asked = get(link + "?cohort=987654321", browser.cookieHeader());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains(days.get(0).getProperty("UID").orElseThrow().getValue());
        browser.open("/trainee/agreement.xhtml");
        assertThat(browser.text()).contains("You have agreed to this.");
        browser.assertAccessible();
        signOut();
    }
}
