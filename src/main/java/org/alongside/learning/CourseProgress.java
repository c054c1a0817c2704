package org.alongside.learning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alongside.course.Course;

/**
 * How far a trainee has come through a course, worked out from their records against the version
 * of the course taught now. Each module has one step per lesson, one for its knowledge check and
 * one for its reflection; a module is complete when all are done. Records of lessons that are no
 * longer in the course are kept in the database but count for nothing here.
 */
public record CourseProgress(Course course, List<DayProgress> days) {

    /** @param reflection where the latest version of the reflection sent to a trainer stands (NOT_STARTED before the first) */
    public record ModuleProgressSummary(Course.Module module, Set<String> lessonsDone, boolean checkPassed,
                                        ReflectionStage reflection) {

        public boolean reflectionAccepted() {
            return reflection == ReflectionStage.ACCEPTED;
        }

        public int stepsDone() {
            int lessons = (int) module.lessons().stream().filter(lesson -> lessonsDone.contains(lesson.id())).count();
            return lessons + (checkPassed ? 1 : 0) + (reflectionAccepted() ? 1 : 0);
        }

        public int steps() {
            return module.lessons().size() + 2;
        }

        public int percent() {
            return CourseProgress.percent(stepsDone(), steps());
        }

        public boolean lessonDone(String lessonId) {
            return lessonsDone.contains(lessonId);
        }

        public boolean allLessonsDone() {
            return module.lessons().stream().allMatch(lesson -> lessonsDone.contains(lesson.id()));
        }

        public boolean complete() {
            return allLessonsDone() && checkPassed && reflectionAccepted();
        }

        public boolean started() {
            return stepsDone() > 0;
        }

        /** The first lesson not yet done, if any. */
        public Optional<Course.Lesson> nextLesson() {
            return module.lessons().stream().filter(lesson -> !lessonsDone.contains(lesson.id())).findFirst();
        }
    }

    public record DayProgress(Course.Day day, List<ModuleProgressSummary> modules) {

        public int percent() {
            return CourseProgress.percent(modules.stream().mapToInt(ModuleProgressSummary::stepsDone).sum(),
                    modules.stream().mapToInt(ModuleProgressSummary::steps).sum());
        }

        public boolean complete() {
            return modules.stream().allMatch(ModuleProgressSummary::complete);
        }
    }

    /**
     * @param lessonsDone   lesson ids done, by module id
     * @param checksPassed  ids of modules whose knowledge check is passed
     * @param reflections  where the reflection sent to a trainer stands, by module id; a module missing has none sent
     */
    public static CourseProgress of(Course course, Map<String, Set<String>> lessonsDone, Set<String> checksPassed,
                                    Map<String, ReflectionStage> reflections) {
        List<DayProgress> days = course.days().stream().map(day -> new DayProgress(day, day.moduleIds().stream()
                .map(course.modules()::get)
                .map(module -> new ModuleProgressSummary(module, lessonsDone.getOrDefault(module.id(), Set.of()),
                        checksPassed.contains(module.id()), reflections.getOrDefault(module.id(), ReflectionStage.NOT_STARTED)))
                .toList())).toList();
        return new CourseProgress(course, days);
    }

    public int percent() {
        return percent(modules().stream().mapToInt(ModuleProgressSummary::stepsDone).sum(),
                modules().stream().mapToInt(ModuleProgressSummary::steps).sum());
    }

    public List<ModuleProgressSummary> modules() {
        return days.stream().flatMap(day -> day.modules().stream()).toList();
    }

    public Optional<ModuleProgressSummary> module(String moduleId) {
        return modules().stream().filter(summary -> summary.module().id().equals(moduleId)).findFirst();
    }

    public long modulesComplete() {
        return modules().stream().filter(ModuleProgressSummary::complete).count();
    }

    /** Every module of the course complete. */
    public boolean complete() {
        return modules().stream().allMatch(ModuleProgressSummary::complete);
    }

    /** Rounded down, so nothing shows 100% until it is all done. */
    static int percent(int done, int total) {
        return total == 0 ? 0 : done * 100 / total;
    }
}
