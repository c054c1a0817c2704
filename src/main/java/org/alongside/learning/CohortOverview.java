package org.alongside.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alongside.course.Course;

/**
 * A cohort at a glance: each trainee's status in each module of the course, with their attendance,
 * and per module how many trainees have completed it, are working on it or have not started.
 * Worked out from records read in bulk, so it costs a few queries for the whole cohort.
 */
public record CohortOverview(Course course, int courseDays, List<Row> rows, List<ModuleCounts> chart) {

    /** Where a trainee is with one module. */
    public enum Status { NOT_STARTED, IN_PROGRESS, COMPLETE }

    public record Member(long accountId, String displayName) {
    }

    public record Row(Member member, List<Status> statuses, long daysPresent) {
    }

    public record ModuleCounts(Course.Module module, int complete, int inProgress, int notStarted) {

        public int total() {
            return complete + inProgress + notStarted;
        }
    }

    /**
     * @param members         the cohort's trainees, in the order to show them
     * @param progress        each member's progress by account id (members missing from it have done nothing)
     * @param daysPresent     days each member was marked present, by account id
     */
    public static CohortOverview of(Course course, int courseDays, List<Member> members, Map<Long, CourseProgress> progress,
                                    Map<Long, Long> daysPresent) {
        List<Course.Module> modules = course.modulesInOrder();
        CourseProgress nothing = CourseProgress.of(course, Map.of(), Set.of(), Map.of());
        List<Row> rows = members.stream().map(member -> {
            CourseProgress theirs = progress.getOrDefault(member.accountId(), nothing);
            List<Status> statuses = modules.stream().map(module -> statusOf(theirs.module(module.id()).orElseThrow())).toList();
            return new Row(member, statuses, daysPresent.getOrDefault(member.accountId(), 0L));
        }).toList();
        List<ModuleCounts> chart = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            int column = i;
            chart.add(new ModuleCounts(modules.get(i),
                    (int) rows.stream().filter(row -> row.statuses().get(column) == Status.COMPLETE).count(),
                    (int) rows.stream().filter(row -> row.statuses().get(column) == Status.IN_PROGRESS).count(),
                    (int) rows.stream().filter(row -> row.statuses().get(column) == Status.NOT_STARTED).count()));
        }
        return new CohortOverview(course, courseDays, rows, List.copyOf(chart));
    }

    static Status statusOf(CourseProgress.ModuleProgressSummary summary) {
        if (summary.complete()) {
            return Status.COMPLETE;
        }
        return summary.started() ? Status.IN_PROGRESS : Status.NOT_STARTED;
    }

    /** The course's modules in teaching order: the overview's columns. */
    public List<Course.Module> modules() {
        return course.modulesInOrder();
    }

    /** Share of a module's trainees with a status, in per cent, for the chart's bar widths. */
    public static int percent(int count, int total) {
        return total == 0 ? 0 : Math.round(count * 100f / total);
    }
}
