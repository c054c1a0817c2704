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
    void runsOverFourDaysWithTheTenModules() {
        assertThat(course.days()).extracting(Course.Day::number).containsExactly(1, 2, 3, 4);
        assertThat(course.modulesInOrder()).extracting(Course.Module::id).containsExactly(
                "values-and-principles", "recovery", "sharing-lived-experience",
                "connection-and-listening", "coaching-conversations", "goal-setting",
                "working-from-strengths", "safe-boundaries", "safeguarding-and-confidentiality",
                "self-care-and-supervision");
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
        for (String sensitive : List.of("sharing-lived-experience", "safeguarding-and-confidentiality")) {
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
