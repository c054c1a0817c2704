package org.alongside.learning;

import org.alongside.platform.ActionRefused;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.identity.Account;
import org.alongside.identity.Role;
import org.alongside.web.CurrentAccount;

/**
 * Files about a cohort: the overview's table and chart figures as CSV ({@code /staff/cohort-export?cohort=N&what=table|chart},
 * coordinators and the cohort's trainers) and its course days as iCalendar ({@code /account/cohort-calendar}:
 * a trainee gets their own cohort's, staff name one with {@code ?cohort=N}). web.xml requires the
 * role for each path; who may see which cohort is checked here, on every request.
 */
@WebServlet(urlPatterns = {CohortDownloads.EXPORT, CohortDownloads.CALENDAR})
public class CohortDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String EXPORT = "/staff/cohort-export";
    static final String CALENDAR = "/account/cohort-calendar";

    @Inject
    CohortOverviews overviews;

    @Inject
    CohortService cohorts;

    @Inject
    CourseCatalog catalog;

    @Inject
    CurrentAccount current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account account = current.get().orElse(null);
        if (account == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            if (EXPORT.equals(request.getServletPath())) {
                export(account, request, response);
            } else {
                calendar(account, request, response);
            }
        } catch (ActionRefused e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void export(Account staff, HttpServletRequest request, HttpServletResponse response) throws IOException {
        long cohortId = cohortParameter(request);
        String what = request.getParameter("what");
        if (!"table".equals(what) && !"chart".equals(what)) {
            throw new ActionRefused("cohort.notFound");
        }
        CohortOverview overview = overviews.overview(staff.getId(), cohortId);
        List<List<String>> rows = "table".equals(what)
                ? CohortOverviews.tableRows(overview, Locale.ENGLISH) : CohortOverviews.chartRows(overview, Locale.ENGLISH);
        send(response, "text/csv", "cohort-" + cohortId + "-" + what + ".csv", SpreadsheetSafeCsv.write(rows));
    }

    private void calendar(Account account, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Cohort cohort;
        if (account.hasRole(Role.TRAINER) || account.hasRole(Role.COORDINATOR)) {
            cohort = cohorts.forStaff(account.getId(), cohortParameter(request));
        } else if (account.hasRole(Role.TRAINEE)) {
            cohort = cohorts.cohortOf(account.getId()).orElseThrow(() -> new ActionRefused("cohort.notMember"));
        } else {
            throw new ActionRefused("cohort.notFound");
        }
        Course course = catalog.course(cohort.getCourseId()).orElseThrow(() -> new ActionRefused("cohort.notFound"));
        Map<Integer, String> dayTitles = course.days().stream().collect(Collectors.toMap(Course.Day::number, Course.Day::title));
        String ics = CohortCalendar.of(cohort, course.title(), dayTitles, request.getServerName()).toString();
        send(response, "text/calendar", "course-days-" + cohort.getId() + ".ics", ics);
    }

    private static long cohortParameter(HttpServletRequest request) {
        try {
            return Long.parseLong(request.getParameter("cohort"));
        } catch (NumberFormatException e) {
            throw new ActionRefused("cohort.notFound");
        }
    }

    private static void send(HttpServletResponse response, String type, String filename, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(type + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
