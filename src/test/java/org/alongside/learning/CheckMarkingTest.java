package org.alongside.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckMarkingTest {

    private static Map<String, Set<Integer>> allRight() {
        Map<String, Set<Integer>> answers = new HashMap<>();
        for (String id : new String[] {"q1", "q2", "q3", "q4"}) {
            answers.put(id, Set.of(0));
        }
        answers.put("q5", Set.of(0, 2));
        return answers;
    }

    @Test
    void everyAnswerRightPasses() {
        CheckMarking marking = CheckMarking.of(SampleCourse.check(), allRight());

        assertThat(marking.correctCount()).isEqualTo(5);
        assertThat(marking.passed()).isTrue();
    }

    @Test
    void fourOfFiveMeetsAPassMarkOfEightyExactly() {
        Map<String, Set<Integer>> answers = allRight();
        answers.put("q1", Set.of(1));

        CheckMarking marking = CheckMarking.of(SampleCourse.check(), answers);

        assertThat(marking.correctCount()).isEqualTo(4);
        assertThat(marking.passed()).isTrue();
        assertThat(marking.right()).containsEntry("q1", false).containsEntry("q2", true);
    }

    @Test
    void threeOfFiveIsNotYetAPass() {
        Map<String, Set<Integer>> answers = allRight();
        answers.put("q1", Set.of(1));
        answers.put("q2", Set.of(1));

        assertThat(CheckMarking.of(SampleCourse.check(), answers).passed()).isFalse();
    }

    @Test
    void aMultipleChoiceQuestionNeedsExactlyTheRightOptions() {
        Map<String, Set<Integer>> partly = allRight();
        partly.put("q5", Set.of(0));
        Map<String, Set<Integer>> tooMany = allRight();
        tooMany.put("q5", Set.of(0, 1, 2));

        assertThat(CheckMarking.of(SampleCourse.check(), partly).right()).containsEntry("q5", false);
        assertThat(CheckMarking.of(SampleCourse.check(), tooMany).right()).containsEntry("q5", false);
    }

    @Test
    void twoChoicesOnASingleChoiceQuestionCountAsNoAnswer() {
        Map<String, Set<Integer>> answers = allRight();
        answers.put("q1", Set.of(0, 1));

        CheckMarking marking = CheckMarking.of(SampleCourse.check(), answers);

        assertThat(marking.right()).containsEntry("q1", false);
        assertThat(marking.chosen().get("q1")).isEmpty();
    }

    @Test
    void unansweredAndMadeUpOptionsCountAsWrong() {
        Map<String, Set<Integer>> answers = allRight();
        answers.remove("q1");
        answers.put("q2", Set.of(7));
        answers.put("unknown-question", Set.of(0));

        CheckMarking marking = CheckMarking.of(SampleCourse.check(), answers);

        assertThat(marking.right()).containsEntry("q1", false).containsEntry("q2", false).doesNotContainKey("unknown-question");
        assertThat(marking.chosen().get("q2")).isEmpty();
        assertThat(marking.questionCount()).isEqualTo(5);
    }

    @Test
    void chosenOptionsAreStoredInOrder() {
        assertThat(CheckMarking.encode(Set.of(2, 0))).isEqualTo("0,2");
        assertThat(CheckMarking.decode("0,2")).containsExactlyInAnyOrder(0, 2);
        assertThat(CheckMarking.decode("")).isEmpty();
    }
}
