package org.alongside.course;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.stream.Stream;

/**
 * The course checker for authors: {@code mvn -q compile exec:java@check-courses} checks every
 * course under {@code courses/} and prints each problem as {@code file:line: message}. Exits with
 * status 1 when there is any problem, so it can guard a commit or a deployment.
 */
public final class CourseCheck {

    private static final int PLAIN_ENGLISH = 60;

    private CourseCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "courses");
        System.exit(check(folder, System.out));
    }

    static int check(Path folder, PrintStream out) throws IOException {
        List<Path> courses;
        if (Files.isRegularFile(folder.resolve("course.yaml"))) {
            courses = List.of(folder);
        } else {
            try (Stream<Path> entries = Files.list(folder)) {
                courses = entries.filter(p -> Files.isRegularFile(p.resolve("course.yaml"))).sorted().toList();
            }
        }
        if (courses.isEmpty()) {
            out.println(folder + ": no course folders (with a course.yaml) found");
            return 1;
        }
        int problems = 0;
        for (Path coursePath : courses) {
            CourseLoader.Result result = CourseLoader.load(coursePath);
            result.problems().forEach(out::println);
            result.warnings().forEach(warning -> out.println(warning + " (warning: please reword)"));
            problems += result.problems().size();
            result.course().ifPresent(course -> out.println(course.id() + " " + course.version() + ": "
                    + count(course.days().size(), "day") + ", " + count(course.modules().size(), "module") + ", "
                    + count(course.modules().values().stream().mapToInt(m -> m.lessons().size()).sum(), "lesson") + ", no problems"));
            result.course().ifPresent(course -> course.days().forEach(day -> out.println(learningTime(course, day))));
            result.course().ifPresent(course -> course.modulesInOrder().forEach(module -> out.println(readingEase(module))));
        }
        return problems == 0 ? 0 : 1;
    }

    /** One line per module: its lessons' reading-ease range, naming any lesson under 60 (harder than plain English). */
    static String readingEase(Course.Module module) {
        IntSummaryStatistics scores = module.lessons().stream()
                .mapToInt(lesson -> (int) Math.round(ReadingEase.flesch(LessonRenderer.toPlainText(lesson.markdown()))))
                .summaryStatistics();
        List<String> hard = module.lessons().stream()
                .filter(lesson -> ReadingEase.flesch(LessonRenderer.toPlainText(lesson.markdown())) < PLAIN_ENGLISH)
                .map(Course.Lesson::id).toList();
        return "  day " + module.day() + " " + module.id() + ": reading ease " + scores.getMin() + "–" + scores.getMax()
                + (hard.isEmpty() ? "" : "; under " + PLAIN_ENGLISH + ", please simplify: " + String.join(", ", hard));
    }

    /** One line per day: how long its modules, role plays and sessions take together. */
    static String learningTime(Course course, Course.Day day) {
        int minutes = course.learningMinutes(day);
        return "  day " + day.number() + ": " + minutes / 60 + " h " + minutes % 60 + " min of learning ("
                + count(day.moduleIds().size(), "module") + ", " + count(day.practiceIds().size(), "role play") + ", "
                + count(day.sessions().size(), "session") + ")";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
