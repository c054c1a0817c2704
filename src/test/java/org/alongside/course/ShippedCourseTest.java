package org.alongside.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Peer Supporter course in courses/ is complete, valid and written in plain English. */
class ShippedCourseTest {

    private static Course course;

    @BeforeAll
    static void load() {
        CourseLoader.Result result = CourseLoader.load(Path.of("courses", "peer-supporter"));
        assertThat(result.problems()).as("problems in courses/peer-supporter").isEmpty();
        course = result.course().orElseThrow();
    }

    @Test
    void runsOverFourDaysWithLookingAfterYourselfFirst() {
        assertThat(course.days()).extracting(Course.Day::number).containsExactly(1, 2, 3, 4);
        assertThat(course.modulesInOrder()).extracting(Course.Module::id).containsExactly(
                "looking-after-yourself-on-this-course", "values-and-principles", "recovery", "sharing-lived-experience",
                "connection-and-listening", "coaching-conversations", "goal-setting", "working-with-difference",
                "working-from-strengths", "safe-boundaries", "safeguarding-and-confidentiality",
                "self-care-and-supervision", "groups-online-and-text", "endings-and-lone-working", "working-in-a-service");
    }

    @Test
    void eachDayHoldsFiveToSixHoursOfLearningBalancedWithinAFifth() {
        List<Integer> minutes = course.days().stream().map(course::learningMinutes).toList();

        assertThat(minutes).as("minutes of learning per day").allSatisfy(day -> assertThat(day).isBetween(300, 360));
        assertThat(minutes.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .isLessThanOrEqualTo((int) (1.2 * minutes.stream().mapToInt(Integer::intValue).min().orElseThrow()));
    }

    @Test
    void everyDayHasRolePlaysAndATrainersGuide() {
        for (Course.Day day : course.days()) {
            assertThat(day.practiceIds()).as("role plays on day %s", day.number()).isNotEmpty();
            assertThat(day.guide()).as("trainer's guide for day %s", day.number()).isNotNull();
        }
        assertThat(course.practicesInOrder()).hasSizeGreaterThanOrEqualTo(course.observedPracticeRequired())
                .allSatisfy(practice -> {
                    assertThat(practice.checklist()).as(practice.id()).hasSizeBetween(3, 6);
                    assertThat(practice.checklist()).extracting(Course.ChecklistItem::frameworkUnit).as(practice.id())
                            .allSatisfy(unit -> assertThat(unit).isNotBlank());
                });
        assertThat(course.observedPracticeRequired()).isPositive();
    }

    @Test
    void theFourHandoutsArePrintable() {
        assertThat(course.handouts()).extracting(Course.Handout::id)
                .contains("crisis-card", "safe-sharing-card", "first-meeting-agreement", "supervision-prep");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moduleIds")
    void everyRubricLevelHasAnExampleAndNoCriterionGradesSafeWriting(String moduleId) {
        for (Course.Criterion criterion : course.module(moduleId).orElseThrow().reflection().rubric()) {
            assertThat(criterion.id()).as("writing safely is a wellbeing flag, not a criterion").doesNotContain("safe");
            assertThat(criterion.levels()).extracting(Course.Level::example).as("examples for %s/%s", moduleId, criterion.id())
                    .allSatisfy(example -> assertThat(example).isNotBlank());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moduleIds")
    void noQuestionGivesItsAnswerAway(String moduleId) {
        CourseLoader.Result result = CourseLoader.load(Path.of("courses", "peer-supporter"));
        assertThat(result.warnings()).filteredOn(warning -> warning.file().contains("/" + moduleId + "/")).isEmpty();
    }

    static Stream<String> moduleIds() {
        load();
        return course.modulesInOrder().stream().map(Course.Module::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moduleIds")
    void eachModuleIsComplete(String moduleId) {
        Course.Module module = course.module(moduleId).orElseThrow();

        assertThat(module.outcomes()).isNotEmpty();
        assertThat(module.frameworkUnits()).isNotEmpty();
        assertThat(module.lessons()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(module.knowledgeCheck().questions()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(module.knowledgeCheck().questions()).extracting(Course.Question::type)
                .contains(Course.QuestionType.SINGLE, Course.QuestionType.MULTIPLE);
        assertThat(module.reflection().rubric()).hasSizeBetween(3, 5)
                .allSatisfy(criterion -> assertThat(criterion.levels()).hasSizeGreaterThanOrEqualTo(2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moduleIds")
    void everyLessonReadsAsPlainEnglish(String moduleId) {
        for (Course.Lesson lesson : course.module(moduleId).orElseThrow().lessons()) {
            double ease = ReadingEase.flesch(LessonRenderer.toPlainText(lesson.markdown()));
            assertThat(ease).as("Flesch reading ease of %s/%s", moduleId, lesson.file()).isGreaterThanOrEqualTo(60);
        }
    }

    @Test
    void sensitiveModulesCarryAContentNote() {
        for (String sensitive : List.of("looking-after-yourself-on-this-course", "sharing-lived-experience",
                "safeguarding-and-confidentiality")) {
            assertThat(course.module(sensitive).orElseThrow().contentNote()).as(sensitive).isNotBlank();
        }
    }

    @Test
    void lessonsFollowTheGroupRuleOfNoNumbers() {
        // The allow-list: named Acts with their year ("Care Act 2014", "Children Act 1989/2004"),
        // the helplines the course may give (longest first, so "0800 1111" goes before "111") and "24/7".
        java.util.regex.Pattern namedAct = java.util.regex.Pattern.compile("\\b(?:[A-Z][a-z]+ )+Act \\d{4}(?:/\\d{4})?\\b");
        List<String> helplines = List.of("0808 808 8000", "0800 1111", "116 123", "85258", "999", "111", "24/7");
        for (Course.Module module : course.modulesInOrder()) {
            for (Course.Lesson lesson : module.lessons()) {
                String text = namedAct.matcher(LessonRenderer.toPlainText(lesson.markdown())).replaceAll("");
                for (String allowed : helplines) {
                    text = text.replaceAll("(?<!\\d)" + java.util.regex.Pattern.quote(allowed) + "(?!\\d)", "");
                }
                assertThat(text).as("a digit outside the allow-list (named Acts, helplines, 24/7) in %s/%s",
                        module.id(), lesson.file()).doesNotContainPattern("\\d");
            }
        }
    }
}
