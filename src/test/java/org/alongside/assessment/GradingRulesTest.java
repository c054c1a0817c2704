package org.alongside.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alongside.course.Course;
import org.junit.jupiter.api.Test;

class GradingRulesTest {

    private static final List<Course.Level> LEVELS = List.of(new Course.Level("not-yet", "Not yet"),
            new Course.Level("developing", "Developing"), new Course.Level("secure", "Secure"));
    private static final Course.Reflection REFLECTION = new Course.Reflection("r", "Think.", "Gently.", List.of(
            new Course.Criterion("values", "Values", LEVELS), new Course.Criterion("safety", "Writes safely", LEVELS)));

    @Test
    void aLevelForEveryCriterionAndAnOutcomeCanBeReleased() {
        List<CriterionGrade> grades = List.of(new CriterionGrade("values", "secure", "Clear."), new CriterionGrade("safety", "developing", null));

        assertThat(GradingRules.problemsBeforeRelease(REFLECTION, grades, Submission.Status.ACCEPTED)).isEmpty();
        assertThat(GradingRules.problemsBeforeRelease(REFLECTION, grades, Submission.Status.NEEDS_REVISION)).isEmpty();
    }

    @Test
    void aMissingOrUnknownLevelIsReportedOnce() {
        List<CriterionGrade> grades = List.of(new CriterionGrade("values", "", null), new CriterionGrade("safety", "excellent", null));

        assertThat(GradingRules.problemsBeforeRelease(REFLECTION, grades, Submission.Status.NEEDS_REVISION))
                .containsExactly("grading.levelForEachCriterion");
        assertThat(GradingRules.problemsBeforeRelease(REFLECTION, List.of(), Submission.Status.NEEDS_REVISION))
                .containsExactly("grading.levelForEachCriterion");
    }

    @Test
    void anOutcomeMustBeChosen() {
        List<CriterionGrade> grades = List.of(new CriterionGrade("values", "secure", null), new CriterionGrade("safety", "secure", null));

        assertThat(GradingRules.problemsBeforeRelease(REFLECTION, grades, null)).containsExactly("grading.chooseOutcome");
        assertThat(GradingRules.problemsBeforeRelease(REFLECTION, grades, Submission.Status.SUBMITTED)).containsExactly("grading.chooseOutcome");
    }

    @Test
    void workWithACriterionAtNotYetCannotBeAccepted() {
        List<CriterionGrade> grades = List.of(new CriterionGrade("values", "secure", null), new CriterionGrade("safety", "not-yet", null));

        assertThat(GradingRules.problemsBeforeRelease(REFLECTION, grades, Submission.Status.ACCEPTED))
                .containsExactly("grading.notYetCannotBeAccepted");
        assertThat(GradingRules.problemsBeforeRelease(REFLECTION, grades, Submission.Status.NEEDS_REVISION)).isEmpty();
    }

    @Test
    void wordsAreCountedAndLimitsKept() {
        assertThat(Reflections.wordCount("I felt heard, and that's what mattered — truly.")).isEqualTo(8);
        assertThat(Reflections.wordCount("   ")).isZero();
        assertThat(Reflections.wordCount(null)).isZero();
        assertThat(Reflections.isBlank(" \n\t ")).isTrue();
        assertThat(Reflections.isTooLong("a".repeat(Reflections.MAX_CHARACTERS))).isFalse();
        assertThat(Reflections.isTooLong("a".repeat(Reflections.MAX_CHARACTERS + 1))).isTrue();
    }
}
