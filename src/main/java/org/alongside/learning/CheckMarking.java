package org.alongside.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.alongside.course.Course;

/**
 * Marks one go at a knowledge check. A question counts as right only when exactly its correct
 * options were chosen; an unanswered question counts as wrong. The check is passed when the share
 * of right answers reaches the pass mark (a percentage).
 */
public record CheckMarking(Map<String, Set<Integer>> chosen, Map<String, Boolean> right, int correctCount,
                           int questionCount, int passMark) {

    public static CheckMarking of(Course.KnowledgeCheck check, Map<String, Set<Integer>> answers) {
        Map<String, Set<Integer>> chosen = new LinkedHashMap<>();
        Map<String, Boolean> right = new LinkedHashMap<>();
        int correct = 0;
        for (Course.Question question : check.questions()) {
            Set<Integer> picked = new TreeSet<>(answers.getOrDefault(question.id(), Set.of()));
            picked.removeIf(index -> index < 0 || index >= question.options().size());
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

    /** Chosen option positions as stored: ascending, comma-separated ("0,2"). */
    static String encode(Set<Integer> chosen) {
        return String.join(",", new TreeSet<>(chosen).stream().map(String::valueOf).toList());
    }

    static Set<Integer> decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(List.of(stored.split(",")).stream().map(Integer::valueOf).toList());
    }
}
