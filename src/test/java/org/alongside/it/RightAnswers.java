package org.alongside.it;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.alongside.course.Course;

/** The right options of every question of a module's knowledge check, by option id, as a trainee would tick them. */
final class RightAnswers {

    private RightAnswers() {
    }

    static Map<String, Set<String>> of(Course.Module module) {
        Map<String, Set<String>> answers = new HashMap<>();
        for (Course.Question question : module.knowledgeCheck().questions()) {
            answers.put(question.id(), question.options().stream().filter(Course.Option::correct).map(Course.Option::id)
                    .collect(Collectors.toSet()));
        }
        return answers;
    }
}
