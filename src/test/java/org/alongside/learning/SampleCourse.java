package org.alongside.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alongside.course.Course;

/** A two-day course built in code: day 1 has "listening" (three lessons), day 2 has "goals" (two). */
final class SampleCourse {

    private SampleCourse() {
    }

    static Course withLessons(List<String> listeningLessons) {
        Map<String, Course.Module> modules = new LinkedHashMap<>();
        modules.put("listening", module("listening", 1, listeningLessons));
        modules.put("goals", module("goals", 2, List.of("why-goals", "smart")));
        return new Course("sample", "Sample course", "1.0.0", "For tests", "none", 0.75, 0,
                List.of(new Course.Day(1, "Listening", List.of("listening")), new Course.Day(2, "Goals", List.of("goals"))),
                modules, Map.of(), List.of());
    }

    static Course standard() {
        return withLessons(List.of("hearing", "reflecting", "silence"));
    }

    static Course.KnowledgeCheck check() {
        return new Course.KnowledgeCheck(80, List.of(
                single("q1"), single("q2"), single("q3"), single("q4"),
                new Course.Question("q5", Course.QuestionType.MULTIPLE, "Which two?", List.of(
                        new Course.Option("a", "A", true, "Yes"), new Course.Option("b", "B", false, "No"), new Course.Option("c", "C", true, "Yes")))));
    }

    private static Course.Question single(String id) {
        return new Course.Question(id, Course.QuestionType.SINGLE, "Which one?", List.of(
                new Course.Option("right", "Right", true, "Yes"), new Course.Option("wrong", "Wrong", false, "No")));
    }

    private static Course.Module module(String id, int day, List<String> lessonIds) {
        List<Course.Lesson> lessons = lessonIds.stream()
                .map(lesson -> new Course.Lesson(lesson, "Lesson " + lesson, lesson + ".md", "Text.", "<p>Text.</p>", 1)).toList();
        return new Course.Module(id, "Module " + id, day, 30, null, List.of("You can do it."), List.of("1.1"), lessons, check(),
                new Course.Reflection(id + "-reflection", "Think.", "Gently.", List.of(new Course.Criterion("c", "Criterion",
                        List.of(new Course.Level("not-yet", "Not yet"), new Course.Level("secure", "Secure"))))));
    }
}
