package org.alongside.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.alongside.course.Course;
import org.junit.jupiter.api.Test;

class CohortOverviewTest {

    private final Course course = SampleCourse.standard();
    private final CohortOverview.Member ann = new CohortOverview.Member(1, "Ann");
    private final CohortOverview.Member bo = new CohortOverview.Member(2, "=Bo, \"the boss\"");
    private final CohortOverview.Member cy = new CohortOverview.Member(3, "Cy");

    private CohortOverview overview() {
        CourseProgress annDone = CourseProgress.of(course, Map.of("listening", Set.of("hearing", "reflecting", "silence")),
                Set.of("listening"), Map.of("listening", ReflectionStage.ACCEPTED));
        CourseProgress boStarted = CourseProgress.of(course, Map.of("goals", Set.of("smart")), Set.of(), Map.of());
        return CohortOverview.of(course, 2, List.of(ann, bo, cy), Map.of(1L, annDone, 2L, boStarted), Map.of(1L, 2L));
    }

    @Test
    void eachCellSaysWhereTheTraineeIsWithTheModule() {
        CohortOverview overview = overview();

        assertThat(overview.modules()).extracting(Course.Module::id).containsExactly("listening", "goals");
        assertThat(overview.rows()).extracting(CohortOverview.Row::statuses).containsExactly(
                List.of(CohortOverview.Status.COMPLETE, CohortOverview.Status.NOT_STARTED),
                List.of(CohortOverview.Status.NOT_STARTED, CohortOverview.Status.IN_PROGRESS),
                List.of(CohortOverview.Status.NOT_STARTED, CohortOverview.Status.NOT_STARTED));
        assertThat(overview.rows()).extracting(CohortOverview.Row::daysPresent).containsExactly(2L, 0L, 0L);
    }

    @Test
    void aCheckPassedWithoutTheReflectionIsStillInProgress() {
        CourseProgress checkOnly = CourseProgress.of(course, Map.of("listening", Set.of("hearing", "reflecting", "silence")),
                Set.of("listening"), Map.of());
        assertThat(CohortOverview.statusOf(checkOnly.module("listening").orElseThrow())).isEqualTo(CohortOverview.Status.IN_PROGRESS);
    }

    @Test
    void theChartCountsTraineesPerModuleAndStatus() {
        List<CohortOverview.ModuleCounts> chart = overview().chart();

        assertThat(chart.get(0)).extracting(CohortOverview.ModuleCounts::complete, CohortOverview.ModuleCounts::inProgress,
                CohortOverview.ModuleCounts::notStarted).containsExactly(1, 0, 2);
        assertThat(chart.get(1)).extracting(CohortOverview.ModuleCounts::complete, CohortOverview.ModuleCounts::inProgress,
                CohortOverview.ModuleCounts::notStarted).containsExactly(0, 1, 2);
        assertThat(CohortOverview.percent(1, 3)).isEqualTo(33);
        assertThat(CohortOverview.percent(0, 0)).isZero();
    }

    @Test
    void theExportsHoldTheTableAndTheChartAndNeutraliseNames() {
        CohortOverview overview = overview();

        List<List<String>> table = CohortOverviews.tableRows(overview, Locale.ENGLISH);
        assertThat(table.get(0)).containsExactly("Trainee", "Account id", "Module listening", "Module goals", "Days present");
        assertThat(table.get(1)).containsExactly("Ann", "1", "Complete", "Not started", "2/2");
        String csv = SpreadsheetSafeCsv.write(table);
        assertThat(csv).contains("\"'=Bo, \"\"the boss\"\"\",2,Not started,In progress,0/2");

        assertThat(CohortOverviews.chartRows(overview, Locale.ENGLISH)).containsExactly(
                List.of("Module", "Complete", "In progress", "Not started"),
                List.of("Module listening", "1", "0", "2"),
                List.of("Module goals", "0", "1", "2"));
    }

    @Test
    void attendanceSharesCountPresentDaysOnly() {
        assertThat(new AttendanceSummary(4, 3, 1, 0).presentShare()).isEqualTo(0.75);
        assertThat(AttendanceSummary.NONE.presentShare()).isZero();
    }

    @Test
    void theAgreementIsShownAsParagraphsOfText() {
        assertThat(AgreementView.paragraphs("  First <b>line</b>\nstill first\n\n \n\nSecond\r\n\r\nThird  "))
                .containsExactly("First <b>line</b>\nstill first", "Second", "Third");
        assertThat(AgreementView.paragraphs(CohortService.defaultAgreement())).hasSizeGreaterThanOrEqualTo(6)
                .anySatisfy(p -> assertThat(p).contains("stays in the group"))
                .anySatisfy(p -> assertThat(p).contains("fine to pass"));
    }
}
