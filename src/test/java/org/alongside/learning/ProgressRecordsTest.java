package org.alongside.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules kept by the progress entities themselves: best attempt counts, and the trainee's place. */
class ProgressRecordsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static CheckAttempt attempt(String key, int wrong, Instant at) {
        Map<String, Set<String>> answers = new HashMap<>(Map.of("q1", Set.of("right"), "q2", Set.of("right"), "q3", Set.of("right"),
                "q4", Set.of("right"), "q5", Set.of("a", "c")));
        for (int i = 1; i <= wrong; i++) {
            answers.put("q" + i, Set.of("wrong"));
        }
        return new CheckAttempt(null, "sample", "1.0.0", "listening", key, CheckMarking.of(SampleCourse.check(), answers), at);
    }

    @Test
    void theBestAttemptCountsAndAPassIsKept() {
        ModuleProgress progress = new ModuleProgress(null, "sample", "listening");

        progress.record(attempt("a", 3, NOW));
        assertThat(progress.isCheckPassed()).isFalse();
        assertThat(progress.getBestCorrect()).isEqualTo(2);

        progress.record(attempt("b", 0, NOW.plusSeconds(60)));
        progress.record(attempt("c", 4, NOW.plusSeconds(120)));

        assertThat(progress.getBestCorrect()).isEqualTo(5);
        assertThat(progress.getBestQuestionCount()).isEqualTo(5);
        assertThat(progress.isCheckPassed()).as("a worse attempt later never takes a pass away").isTrue();
        assertThat(progress.getCheckPassedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void positionsOutsideTheLessonAreKeptWithinIt() {
        assertThat(Enrolment.clampPosition(250)).isEqualTo(100);
        assertThat(Enrolment.clampPosition(-5)).isZero();
        assertThat(Enrolment.clampPosition(42)).isEqualTo(42);
    }

    @Test
    void aNewEnrolmentHasNoPlaceYet() {
        Enrolment enrolment = new Enrolment(null, null, NOW);

        assertThat(enrolment.place()).isEmpty();
        assertThat(enrolment.isAt("listening", "hearing")).isFalse();
    }
}
