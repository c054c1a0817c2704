package org.alongside.it;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.alongside.course.Course;

/** The right options of every question of a module's knowledge check, as a trainee would tick them. */
final class RightAnswers {

    private RightAnswers() {
    }

    static Map<String, Set<Integer>> of(Course.Module module) {
        Map<String, Set<Integer>> answers = new HashMap<>();
        for (Course.Question question : module.knowledgeCheck().questions()) {
            Set<Integer> right = new HashSet<>();
            for (int i = 0; i < question.options().size(); i++) {
                if (question.options().get(i).correct()) {
                    right.add(i);
                }
            }
            answers.put(question.id(), right);
        }
        return answers;
    }
}
