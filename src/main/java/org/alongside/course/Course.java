package org.alongside.course;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A course as loaded from its folder under {@code courses/}. Immutable: a new version of the
 * files gives a new {@code Course}. Everything is addressed by stable ids, so a trainee's record
 * survives edits to the text.
 */
public record Course(String id, String title, String version, String description, String framework,
                     double attendanceShare, List<Day> days, Map<String, Module> modules) {

    public record Day(int number, String title, List<String> moduleIds) {
    }

    public record Module(String id, String title, int day, int minutes, String contentNote, List<String> outcomes,
                         List<String> frameworkUnits, List<Lesson> lessons, KnowledgeCheck knowledgeCheck,
                         Reflection reflection) {
    }

    /** A lesson with its Markdown and the sanitised HTML made from it once, at load time. */
    public record Lesson(String id, String title, String file, String markdown, String html) {
    }

    public record KnowledgeCheck(int passMark, List<Question> questions) {
    }

    public enum QuestionType { SINGLE, MULTIPLE }

    public record Question(String id, QuestionType type, String text, List<Option> options) {
    }

    public record Option(String text, boolean correct, String explanation) {
    }

    public record Reflection(String id, String prompt, String guidance, List<Criterion> rubric) {
    }

    public record Criterion(String id, String title, List<Level> levels) {
    }

    public record Level(String id, String description) {
    }

    public Optional<Module> module(String moduleId) {
        return Optional.ofNullable(modules.get(moduleId));
    }

    /** Modules in teaching order: by day, then as listed on the day. */
    public List<Module> modulesInOrder() {
        return days.stream().flatMap(day -> day.moduleIds().stream()).map(modules::get).toList();
    }
}
