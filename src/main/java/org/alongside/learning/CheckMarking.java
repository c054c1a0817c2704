package org.alongside.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.alongside.course.Course;

/**
 * Marks one go at a knowledge check. Answers are option ids, never positions, so the order the
 * options were shown in (shuffled per attempt) or written in cannot change what was chosen. A
 * question counts as right only when exactly its correct options were chosen; an unanswered
 * question counts as wrong. The check is passed when the share of right answers reaches the pass
 * mark (a percentage).
 */
public record CheckMarking(Map<String, Set<String>> chosen, Map<String, Boolean> right, int correctCount,
                           int questionCount, int passMark) {

    public static CheckMarking of(Course.KnowledgeCheck check, Map<String, Set<String>> answers) {
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        Map<String, Boolean> right = new LinkedHashMap<>();
        int correct = 0;
        for (Course.Question question : check.questions()) {
            Set<String> picked = new TreeSet<>(answers.getOrDefault(question.id(), Set.of()));
            picked.removeIf(optionId -> question.option(optionId).isEmpty());
            if (question.type() == Course.QuestionType.SINGLE && picked.size() > 1) {
                picked.clear();
            }
            boolean isRight = !picked.isEmpty() && question.answeredBy(picked);
            chosen.put(question.id(), Set.copyOf(picked));
            right.put(question.id(), isRight);
            correct += isRight ? 1 : 0;
        }
        return new CheckMarking(Map.copyOf(chosen), Map.copyOf(right), correct, check.questions().size(), check.passMark());
    }

    public boolean passed() {
        return passes(correctCount, questionCount, passMark);
    }

    /** Whole-number arithmetic, so 4 of 5 meets a pass mark of 80 exactly. */
    public static boolean passes(int correct, int questions, int passMark) {
        return questions > 0 && correct * 100 >= passMark * questions;
    }

    /** Chosen option ids as stored: sorted, space-separated ("ask-directly stay-with-them"); ids never hold a space. */
    static String encode(Set<String> chosen) {
        return String.join(" ", new TreeSet<>(chosen));
    }

    static Set<String> decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return List.of(stored.trim().split(" +")).stream().collect(Collectors.toUnmodifiableSet());
    }
}
