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
                     double attendanceShare, int observedPracticeRequired, List<Day> days, Map<String, Module> modules,
                     Map<String, Practice> practices, List<Handout> handouts) implements Serializable {

    /**
     * A course day: the modules studied for it, the role plays run in the room, the other time spent
     * together, and the trainer's guide for the day (absent in a course that has none).
     */
    public record Day(int number, String title, List<String> moduleIds, List<String> practiceIds, List<Session> sessions,
                      Page guide) implements Serializable {

        public Day(int number, String title, List<String> moduleIds) {
            this(number, title, moduleIds, List.of(), List.of(), null);
        }
    }

    /** Time together on a day that is neither a module nor a role play: a welcome, a discussion, a closing circle. */
    public record Session(String title, int minutes) implements Serializable {
    }

    /** A Markdown file of the course shown as a page of its own (a trainer's guide, a handout), sanitised at load time. */
    public record Page(String file, String markdown, String html) implements Serializable {
    }

    /** A printable page for trainees and trainers: a crisis card, the group rules, a first-meeting agreement. */
    public record Handout(String id, String title, Page page) implements Serializable {
    }

    /** A role play in threes run on a course day, with what each role is told and what the observer looks for. */
    public record Practice(String id, String title, int day, int minutes, List<String> frameworkUnits, String scenario,
                           String supporterBrief, String personBrief, String observerBrief,
                           List<ChecklistItem> checklist) implements Serializable {

        public Optional<ChecklistItem> item(String itemId) {
            return checklist.stream().filter(item -> item.id().equals(itemId)).findFirst();
        }
    }

    /** Something an observer can see or hear in a role play, with the framework unit it evidences. */
    public record ChecklistItem(String id, String text, String frameworkUnit) implements Serializable {
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

        /** Right when exactly the correct options, and no others, were chosen (by their ids). */
        public boolean answeredBy(Set<String> chosenOptionIds) {
            return options.stream().allMatch(option -> option.correct() == chosenOptionIds.contains(option.id()));
        }

        public Optional<Option> option(String optionId) {
            return options.stream().filter(option -> option.id().equals(optionId)).findFirst();
        }
    }

    /** An answer to choose; its id is how an attempt remembers it, so the file's order can change freely. */
    public record Option(String id, String text, boolean correct, String explanation) implements Serializable {
    }

    public record Reflection(String id, String prompt, String guidance, List<Criterion> rubric) implements Serializable {
    }

    public record Criterion(String id, String title, List<Level> levels) implements Serializable {

        /** Whether the author gave trainers an example answer for any level. */
        public boolean hasExamples() {
            return levels.stream().anyMatch(level -> level.example() != null);
        }
    }

    /** A level of a rubric criterion, with an example answer at that level for trainers (absent when the author gave none). */
    public record Level(String id, String description, String example) implements Serializable {

        public Level(String id, String description) {
            this(id, description, null);
        }

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

    public Optional<Practice> practice(String practiceId) {
        return Optional.ofNullable(practiceId == null ? null : practices.get(practiceId));
    }

    public Optional<Handout> handout(String handoutId) {
        return handouts.stream().filter(handout -> handout.id().equals(handoutId)).findFirst();
    }

    /** Role plays in teaching order: by day, then as listed on the day. */
    public List<Practice> practicesInOrder() {
        return days.stream().flatMap(day -> day.practiceIds().stream()).map(practices::get).toList();
    }

    /**
     * A day's learning time in minutes: its modules' study time, its role plays and its sessions
     * together. Courses are balanced on this figure.
     */
    public int learningMinutes(Day day) {
        return day.moduleIds().stream().map(modules::get).mapToInt(Module::minutes).sum()
                + day.practiceIds().stream().map(practices::get).mapToInt(Practice::minutes).sum()
                + day.sessions().stream().mapToInt(Session::minutes).sum();
    }

    /** Modules in teaching order: by day, then as listed on the day. */
    public List<Module> modulesInOrder() {
        return days.stream().flatMap(day -> day.moduleIds().stream()).map(modules::get).toList();
    }
}
