package org.alongside.learning;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.platform.Texts;

/**
 * Builds a cohort's overview for a coordinator or the cohort's trainer, and its CSV exports.
 * Reads the members, their lesson and module records and their attendance in four queries.
 */
@ApplicationScoped
@Transactional
public class CohortOverviews {

    @Inject
    CohortService cohorts;

    @Inject
    LearningService learning;

    @Inject
    AttendanceService attendance;

    @Inject
    CourseCatalog catalog;

    /**
     * @throws ActionRefused {@code cohort.notFound} when the cohort is not this person's to see,
     *                         or its course is no longer in the catalogue
     */
    public CohortOverview overview(long staffId, long cohortId) {
        Cohort cohort = cohorts.forStaff(staffId, cohortId);
        Course course = catalog.course(cohort.getCourseId()).orElseThrow(() -> new ActionRefused("cohort.notFound"));
        List<CohortOverview.Member> members = cohorts.members(cohortId).stream()
                .map(member -> new CohortOverview.Member(member.getAccount().getId(), member.getAccount().getDisplayName())).toList();
        return CohortOverview.of(course, cohort.getDays().size(), members,
                learning.progressOf(members.stream().map(CohortOverview.Member::accountId).toList(), course),
                attendance.presentCounts(cohortId));
    }

    /** The table as CSV rows: a header, then one row per trainee with each module's status and their days present. */
    public static List<List<String>> tableRows(CohortOverview overview, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(Texts.get(locale, "overview.col.trainee"), Texts.get(locale, "overview.csv.accountId")));
        overview.modules().forEach(module -> header.add(module.title()));
        header.add(Texts.get(locale, "overview.col.present"));
        rows.add(header);
        for (CohortOverview.Row row : overview.rows()) {
            List<String> line = new ArrayList<>(List.of(row.member().displayName(), Long.toString(row.member().accountId())));
            row.statuses().forEach(status -> line.add(Texts.get(locale, "overview." + status.name())));
            line.add(row.daysPresent() + "/" + overview.courseDays());
            rows.add(line);
        }
        return rows;
    }

    /** The chart's figures as CSV rows: per module, how many trainees are at each status. */
    public static List<List<String>> chartRows(CohortOverview overview, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Texts.get(locale, "overview.csv.module"), Texts.get(locale, "overview.csv.complete"),
                Texts.get(locale, "overview.csv.inProgress"), Texts.get(locale, "overview.csv.notStarted")));
        for (CohortOverview.ModuleCounts counts : overview.chart()) {
            rows.add(List.of(counts.module().title(), Integer.toString(counts.complete()), Integer.toString(counts.inProgress()),
                    Integer.toString(counts.notStarted())));
        }
        return rows;
    }
}
