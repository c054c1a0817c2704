package org.alongside.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alongside.course.Course;
import org.junit.jupiter.api.Test;

class TraineeCourseTest {

    private static final LocalDate DAY_ONE = LocalDate.of(2026, 3, 2);
    private static final LocalDate DAY_TWO = DAY_ONE.plusDays(7);

    private static TraineeCourse on(LocalDate today, Course course, Map<String, Set<String>> lessonsDone, Enrolment.Place place) {
        Cohort cohort = new Cohort("Group", course.id(), course.version(), List.of(DAY_ONE, DAY_TWO), "Be kind.", null, Instant.EPOCH);
        return new TraineeCourse(cohort, course, CourseProgress.of(course, lessonsDone, Set.of(), Map.of()),
                Optional.ofNullable(place), today, true);
    }

    @Test
    void aLockedDaySaysWhenItOpens() {
        TraineeCourse course = on(DAY_ONE, SampleCourse.standard(), Map.of(), null);

        assertThat(course.isDayOpen(1)).isTrue();
        assertThat(course.isDayOpen(2)).isFalse();
        assertThatThrownBy(() -> course.openLesson("goals", "why-goals"))
                .isInstanceOfSatisfying(LearningException.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(LearningException.Reason.NOT_OPEN_YET);
                    assertThat(refusal.opensOn()).hasValue(DAY_TWO);
                });
    }

    @Test
    void theDayOpensOnItsDate() {
        assertThat(on(DAY_TWO, SampleCourse.standard(), Map.of(), null).openLesson("goals", "why-goals").id()).isEqualTo("why-goals");
    }

    @Test
    void unknownModulesAndLessonsAreNotFound() {
        TraineeCourse course = on(DAY_TWO, SampleCourse.standard(), Map.of(), null);

        assertThatThrownBy(() -> course.openModule("no-such-module")).isInstanceOfSatisfying(LearningException.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(LearningException.Reason.NOT_FOUND));
        assertThatThrownBy(() -> course.openLesson("listening", "no-such-lesson")).isInstanceOfSatisfying(LearningException.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(LearningException.Reason.NOT_FOUND));
    }

    @Test
    void continueReturnsToTheSavedPlace() {
        TraineeCourse course = on(DAY_ONE, SampleCourse.standard(), Map.of(),
                new Enrolment.Place("listening", "reflecting", 40));

        assertThat(course.resume()).hasValue(new TraineeCourse.Resume("listening", "reflecting", 40));
        assertThat(course.resumesWhereLeft()).isTrue();
    }

    @Test
    void withoutAPlaceContinueLeadsToTheFirstLessonNotDone() {
        TraineeCourse course = on(DAY_ONE, SampleCourse.standard(), Map.of("listening", Set.of("hearing")), null);

        assertThat(course.resume()).hasValue(new TraineeCourse.Resume("listening", "reflecting", 0));
    }

    @Test
    void aPlaceInALessonThatWasRemovedFallsBackToTheNextLessonNotDone() {
        TraineeCourse course = on(DAY_ONE, SampleCourse.withLessons(List.of("hearing", "reflecting")),
                Map.of("listening", Set.of("hearing")), new Enrolment.Place("listening", "silence", 70));

        assertThat(course.resume()).hasValue(new TraineeCourse.Resume("listening", "reflecting", 0));
    }

    @Test
    void aLessonAlreadyReadIsNotOfferedAgainButTheNextOneIs() {
        TraineeCourse course = on(DAY_ONE, SampleCourse.standard(), Map.of("listening", Set.of("hearing")),
                new Enrolment.Place("listening", "hearing", 100));

        assertThat(course.resume()).hasValue(new TraineeCourse.Resume("listening", "reflecting", 0));
        assertThat(course.resumesWhereLeft()).isFalse();
    }

    @Test
    void afterAModulesLastLessonContinueLeadsToTheNextModule() {
        TraineeCourse course = on(DAY_TWO, SampleCourse.standard(), Map.of("listening", Set.of("hearing", "reflecting", "silence")),
                new Enrolment.Place("listening", "silence", 100));

        assertThat(course.resume()).hasValue(new TraineeCourse.Resume("goals", "why-goals", 0));
        assertThat(course.resumesWhereLeft()).isFalse();
    }

    @Test
    void withEveryOpenLessonReadTheModuleToFinishIsNamed() {
        TraineeCourse course = on(DAY_ONE, SampleCourse.standard(), Map.of("listening", Set.of("hearing", "reflecting", "silence")),
                new Enrolment.Place("listening", "silence", 100));

        assertThat(course.resume()).isEmpty();
        assertThat(course.moduleToFinish()).map(Course.Module::id).hasValue("listening");
    }

    @Test
    void continueNeverLeadsIntoALockedDay() {
        TraineeCourse allOfDayOneRead = on(DAY_ONE, SampleCourse.standard(),
                Map.of("listening", Set.of("hearing", "reflecting", "silence")), null);

        assertThat(allOfDayOneRead.resume()).isEmpty();
    }

    @Test
    void noModuleOpensUntilTheGroupAgreementIsAgreed() {
        Course sample = SampleCourse.standard();
        Cohort cohort = new Cohort("Group", sample.id(), sample.version(), List.of(DAY_ONE, DAY_TWO), "Be kind.", null, Instant.EPOCH);
        TraineeCourse notAgreed = new TraineeCourse(cohort, sample, CourseProgress.of(sample, Map.of(), Set.of(), Map.of()),
                Optional.empty(), DAY_TWO, false);

        assertThatThrownBy(() -> notAgreed.openModule("listening")).isInstanceOfSatisfying(LearningException.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(LearningException.Reason.AGREEMENT_NEEDED));
        assertThatThrownBy(() -> notAgreed.openModule("no-such-module")).isInstanceOfSatisfying(LearningException.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(LearningException.Reason.NOT_FOUND));
    }
}
