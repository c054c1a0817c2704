package org.alongside.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.alongside.course.Course;

/**
 * What a grade needs before it can be released: a level from the rubric for every criterion and
 * an outcome. A reflection can only be accepted when no criterion is at the rubric's first level
 * ("not yet"): accepting work the trainer marked "not yet" would send mixed messages.
 */
public final class GradingRules {

    private GradingRules() {
    }

    /** Message keys of what is missing or inconsistent; empty when the grade can be released. */
    public static List<String> problemsBeforeRelease(Course.Reflection reflection, List<CriterionGrade> grades, Submission.Status outcome) {
        List<String> problems = new ArrayList<>();
        Map<String, CriterionGrade> byCriterion = grades.stream()
                .collect(Collectors.toMap(CriterionGrade::getCriterionId, grade -> grade, (first, second) -> first));
        boolean anyAtFirstLevel = false;
        for (Course.Criterion criterion : reflection.rubric()) {
            CriterionGrade grade = byCriterion.get(criterion.id());
            Set<String> levels = criterion.levels().stream().map(Course.Level::id).collect(Collectors.toSet());
            if (grade == null || grade.getLevelId() == null || !levels.contains(grade.getLevelId())) {
                problems.add("grading.levelForEachCriterion");
                continue;
            }
            anyAtFirstLevel |= grade.getLevelId().equals(criterion.levels().get(0).id());
        }
        if (outcome == null || outcome == Submission.Status.SUBMITTED) {
            problems.add("grading.chooseOutcome");
        } else if (outcome == Submission.Status.ACCEPTED && anyAtFirstLevel) {
            problems.add("grading.notYetCannotBeAccepted");
        }
        return problems.stream().distinct().toList();
    }
}
