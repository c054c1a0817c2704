package org.alongside.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alongside.course.Course;
import org.junit.jupiter.api.Test;

class CourseProgressTest {

    @Test
    void nothingDoneIsZeroEverywhere() {
        CourseProgress progress = CourseProgress.of(SampleCourse.standard(), Map.of(), Set.of(), Map.of());

        assertThat(progress.percent()).isZero();
        assertThat(progress.days()).allSatisfy(day -> assertThat(day.percent()).isZero());
        assertThat(progress.modulesComplete()).isZero();
        assertThat(progress.complete()).isFalse();
    }

    @Test
    void eachLessonTheCheckAndTheReflectionAreOneStepOfAModule() {
        CourseProgress progress = CourseProgress.of(SampleCourse.standard(),
                Map.of("listening", Set.of("hearing", "reflecting")), Set.of("listening"), Map.of());

        CourseProgress.ModuleProgressSummary listening = progress.module("listening").orElseThrow();
        assertThat(listening.steps()).isEqualTo(5);
        assertThat(listening.stepsDone()).isEqualTo(3);
        assertThat(listening.percent()).isEqualTo(60);
        assertThat(listening.started()).isTrue();
        assertThat(listening.complete()).isFalse();
        assertThat(listening.nextLesson()).map(Course.Lesson::id).hasValue("silence");
        assertThat(progress.days().get(0).percent()).isEqualTo(60);
        assertThat(progress.percent()).as("3 of 9 steps, rounded down").isEqualTo(33);
    }

    @Test
    void aModuleIsCompleteOnlyWithLessonsCheckAndReflectionAllDone() {
        Map<String, Set<String>> lessons = Map.of("listening", Set.of("hearing", "reflecting", "silence"));

        assertThat(CourseProgress.of(SampleCourse.standard(), lessons, Set.of("listening"), Map.of()).module("listening")
                .orElseThrow().complete()).isFalse();
        assertThat(CourseProgress.of(SampleCourse.standard(), lessons, Set.of(), Map.of("listening", ReflectionStage.ACCEPTED)).module("listening")
                .orElseThrow().complete()).isFalse();
        CourseProgress done = CourseProgress.of(SampleCourse.standard(), lessons, Set.of("listening"), Map.of("listening", ReflectionStage.ACCEPTED));
        assertThat(done.module("listening").orElseThrow().complete()).isTrue();
        assertThat(done.module("listening").orElseThrow().percent()).isEqualTo(100);
        assertThat(done.days().get(0).complete()).isTrue();
        assertThat(done.modulesComplete()).isEqualTo(1);
        assertThat(done.complete()).as("the goals module of day 2 is still to do").isFalse();
    }

    @Test
    void aNewVersionWithAnExtraLessonKeepsWhatWasDone() {
        Map<String, Set<String>> lessons = Map.of("listening", Set.of("hearing", "reflecting", "silence"));
        Course longer = SampleCourse.withLessons(List.of("hearing", "reflecting", "silence", "open-questions"));

        CourseProgress.ModuleProgressSummary listening = CourseProgress.of(longer, lessons, Set.of(), Map.of())
                .module("listening").orElseThrow();

        assertThat(listening.stepsDone()).isEqualTo(3);
        assertThat(listening.allLessonsDone()).isFalse();
        assertThat(listening.nextLesson()).map(Course.Lesson::id).hasValue("open-questions");
    }

    @Test
    void aLessonRemovedFromTheCourseNoLongerCounts() {
        Map<String, Set<String>> lessons = Map.of("listening", Set.of("hearing", "reflecting", "silence"));
        Course shorter = SampleCourse.withLessons(List.of("hearing", "reflecting"));

        CourseProgress.ModuleProgressSummary listening = CourseProgress.of(shorter, lessons, Set.of(), Map.of())
                .module("listening").orElseThrow();

        assertThat(listening.stepsDone()).isEqualTo(2);
        assertThat(listening.steps()).isEqualTo(4);
        assertThat(listening.allLessonsDone()).isTrue();
    }
}
