package org.alongside.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CourseLoaderTest {

    private static Path fixtures() throws URISyntaxException {
        return Path.of(CourseLoaderTest.class.getResource("/courses").toURI());
    }

    @Test
    void loadsAValidCourseWithEverythingInPlace() throws Exception {
        CourseLoader.Result result = CourseLoader.load(fixtures().resolve("valid/tiny"));

        assertThat(result.problems()).isEmpty();
        Course course = result.course().orElseThrow();
        assertThat(course.id()).isEqualTo("tiny");
        assertThat(course.attendanceShare()).isEqualTo(0.5);
        assertThat(course.days()).singleElement().satisfies(day -> {
            assertThat(day.number()).isEqualTo(1);
            assertThat(day.moduleIds()).containsExactly("first-steps");
        });
        Course.Module module = course.module("first-steps").orElseThrow();
        assertThat(module.contentNote()).isEqualTo("This module mentions hard times in general terms.");
        assertThat(module.lessons()).extracting(Course.Lesson::id).containsExactly("hello", "unsafe-markup");
        assertThat(module.knowledgeCheck().passMark()).isEqualTo(50);
        assertThat(module.knowledgeCheck().questions()).extracting(Course.Question::type)
                .containsExactly(Course.QuestionType.SINGLE, Course.QuestionType.MULTIPLE);
        assertThat(module.reflection().prompt()).isEqualTo("Think of a time someone helped you: what did they do?");
        assertThat(module.reflection().rubric().get(0).levels()).extracting(Course.Level::id).containsExactly("not-yet", "secure");
        assertThat(course.modulesInOrder()).containsExactly(module);
        assertThat(module.knowledgeCheck().questions().get(0).options()).extracting(Course.Option::id)
                .containsExactly("shared-experience", "expert-advice");
        assertThat(module.reflection().rubric().get(0).levels()).extracting(Course.Level::example)
                .containsExactly(null, "She listened and did not rush me, which felt like being treated as an equal.");
    }

    @Test
    void loadsTheDaysPracticeSessionsGuideAndHandouts() throws Exception {
        Course course = CourseLoader.load(fixtures().resolve("valid/tiny")).course().orElseThrow();

        assertThat(course.observedPracticeRequired()).isEqualTo(1);
        Course.Day day = course.days().get(0);
        assertThat(day.practiceIds()).containsExactly("first-conversation");
        assertThat(day.sessions()).containsExactly(new Course.Session("Welcome and our group agreement", 30));
        assertThat(day.guide().html()).contains("<h2>Timetable</h2>");
        Course.Practice practice = course.practice("first-conversation").orElseThrow();
        assertThat(practice.personBrief()).isEqualTo("You are not sure what to expect.");
        assertThat(practice.checklist()).extracting(Course.ChecklistItem::id, Course.ChecklistItem::frameworkUnit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("agrees-purpose", "2.3"),
                        org.assertj.core.groups.Tuple.tuple("listens", "2.5"));
        assertThat(course.handout("crisis-card").orElseThrow().page().html()).contains("call 999");
        assertThat(course.learningMinutes(day)).as("module, role play and session minutes").isEqualTo(20 + 40 + 30);
    }

    @Test
    void rendersLessonsToHtmlOnceAtLoadTime() throws Exception {
        Course.Lesson hello = CourseLoader.load(fixtures().resolve("valid/tiny")).course().orElseThrow()
                .module("first-steps").orElseThrow().lessons().get(0);

        assertThat(hello.html()).contains("<h2>What you will do</h2>", "<li>Read a little.</li>")
                .as("the leading # heading is the lesson title, which the page shows itself").doesNotContain("<h1>");
        assertThat(hello.readingMinutes()).isEqualTo(1);
    }

    @Test
    void scriptsAndEventHandlersInALessonAreRemoved() throws Exception {
        Course.Lesson unsafe = CourseLoader.load(fixtures().resolve("valid/tiny")).course().orElseThrow()
                .module("first-steps").orElseThrow().lessons().get(1);

        assertThat(unsafe.html()).doesNotContain("<script", "alert", "onerror", "javascript:", "<img")
                .contains("Some text with", "<a href=\"https://example.org\"", "normal link", "bad link");
    }

    static Stream<Path> brokenCourses() throws Exception {
        try (Stream<Path> cases = Files.list(fixtures().resolve("broken"))) {
            return cases.sorted().toList().stream();
        }
    }

    /**
     * Each folder under test resources courses/broken holds a course with one deliberate mistake
     * and, in expected.txt, exactly the problems the loader must report.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCourses")
    void reportsEachMistakeWithFileAndLine(Path brokenCase) throws IOException {
        List<String> expected = Files.readAllLines(brokenCase.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();

        CourseLoader.Result result = CourseLoader.load(brokenCase.resolve("tiny"));

        assertThat(result.ok()).isFalse();
        assertThat(result.course()).isEmpty();
        assertThat(result.problems()).extracting(CourseProblem::toString).containsExactlyElementsOf(expected);
    }
}
