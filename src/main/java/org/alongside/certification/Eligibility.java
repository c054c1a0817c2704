package org.alongside.certification;

import java.time.LocalDate;
import java.util.List;

/** Each rule a trainee must meet to be certified (or a certificate renewed), and whether it holds. */
public record Eligibility(List<Rule> rules) {

    public enum Requirement {
        COURSE_COMPLETE, ATTENDANCE, SUPERVISION, OBSERVED_PRACTICE
    }

    /**
     * One rule: {@code achieved} of {@code required} (modules, days present, signed-off sessions,
     * signed-off role plays).
     * {@code since} is set for supervision, which only counts within a period.
     */
    public record Rule(Requirement requirement, int achieved, int required, LocalDate since) {

        /**
         * Nothing to achieve means no cohort or course yet, except for supervision and observed
         * practice, which a service or a course may ask none of.
         */
        public boolean holds() {
            return achieved >= required
                    && (required > 0 || requirement == Requirement.SUPERVISION || requirement == Requirement.OBSERVED_PRACTICE);
        }

        public String name() {
            return requirement.name();
        }
    }

    public Eligibility {
        rules = List.copyOf(rules);
    }

    public boolean eligible() {
        return rules.stream().allMatch(Rule::holds);
    }
}
