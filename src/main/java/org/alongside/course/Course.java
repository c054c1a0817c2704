package org.alongside.course;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A course as loaded from its folder under {@code courses/}. Immutable: a new version of the
 * files gives a new {@code Course}. Everything is addressed by stable ids, so a trainee's record
 * survives edits to the text.
 */
public record Course(String id, String title, String version, String description, String framework,
                     double attendanceShare, List<Day> days, Map<String, Module> modules) implements Serializable {

    public record Day(int number, String title, List<String> moduleIds) implements Serializable {
    }

    public record Module(String id, String title, int day, int minutes, String contentNote, List<String> outcomes,
                         List<String> frameworkUnits, List<Lesson> lessons, KnowledgeCheck knowledgeCheck,
                         Reflection reflection) implements Serializable {

        public Optional<Lesson> lesson(String lessonId) {
            return lessons.stream().filter(lesson -> lesson.id().equals(lessonId)).findFirst();
        }

        /** The lesson {@code offset} places from the given one (-1 before, +1 after), if there is one. */
        public Optional<Lesson> neighbour(String lessonId, int offset) {
            for (int i = 0; i < lessons.size(); i++) {
                if (lessons.get(i).id().equals(lessonId)) {
                    int target = i + offset;
                    return target >= 0 && target < lessons.size() ? Optional.of(lessons.get(target)) : Optional.empty();
                }
            }
            return Optional.empty();
        }
    }

    /** A lesson with its Markdown and what is made from it once, at load time: sanitised HTML and reading time. */
    public record Lesson(String id, String title, String file, String markdown, String html, int readingMinutes) implements Serializable {
    }

    public record KnowledgeCheck(int passMark, List<Question> questions) implements Serializable {
    }

    public enum QuestionType { SINGLE, MULTIPLE }

    public record Question(String id, QuestionType type, String text, List<Option> options) implements Serializable {

        /** Right when exactly the correct options, and no others, were chosen (by their position). */
        public boolean answeredBy(Set<Integer> chosen) {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).correct() != chosen.contains(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    public record Option(String text, boolean correct, String explanation) implements Serializable {
    }

    public record Reflection(String id, String prompt, String guidance, List<Criterion> rubric) implements Serializable {
    }

    public record Criterion(String id, String title, List<Level> levels) implements Serializable {
    }

    public record Level(String id, String description) implements Serializable {

        /** The id as words for a heading: "not-yet" reads "Not yet". */
        public String label() {
            String words = id.replace('-', ' ').replace('_', ' ');
            return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }

    public Optional<Module> module(String moduleId) {
        return Optional.ofNullable(moduleId == null ? null : modules.get(moduleId));
    }

    public Optional<Day> day(int number) {
        return days.stream().filter(day -> day.number() == number).findFirst();
    }

    /** Modules in teaching order: by day, then as listed on the day. */
    public List<Module> modulesInOrder() {
        return days.stream().flatMap(day -> day.moduleIds().stream()).map(modules::get).toList();
    }
}
