package org.alongside.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alongside.course.Course;
import org.junit.jupiter.api.Test;

class CheckMarkingTest {

    private static Map<String, Set<String>> allRight() {
        Map<String, Set<String>> answers = new HashMap<>();
        for (String id : new String[] {"q1", "q2", "q3", "q4"}) {
            answers.put(id, Set.of("right"));
        }
        answers.put("q5", Set.of("a", "c"));
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
        Map<String, Set<String>> answers = allRight();
        answers.put("q1", Set.of("wrong"));

        CheckMarking marking = CheckMarking.of(SampleCourse.check(), answers);

        assertThat(marking.correctCount()).isEqualTo(4);
        assertThat(marking.passed()).isTrue();
        assertThat(marking.right()).containsEntry("q1", false).containsEntry("q2", true);
    }

    @Test
    void threeOfFiveIsNotYetAPass() {
        Map<String, Set<String>> answers = allRight();
        answers.put("q1", Set.of("wrong"));
        answers.put("q2", Set.of("wrong"));

        assertThat(CheckMarking.of(SampleCourse.check(), answers).passed()).isFalse();
    }

    @Test
    void aMultipleChoiceQuestionNeedsExactlyTheRightOptions() {
        Map<String, Set<String>> partly = allRight();
        partly.put("q5", Set.of("a"));
        Map<String, Set<String>> tooMany = allRight();
        tooMany.put("q5", Set.of("a", "b", "c"));

        assertThat(CheckMarking.of(SampleCourse.check(), partly).right()).containsEntry("q5", false);
        assertThat(CheckMarking.of(SampleCourse.check(), tooMany).right()).containsEntry("q5", false);
    }

    @Test
    void twoChoicesOnASingleChoiceQuestionCountAsNoAnswer() {
        Map<String, Set<String>> answers = allRight();
        answers.put("q1", Set.of("right", "wrong"));

        CheckMarking marking = CheckMarking.of(SampleCourse.check(), answers);

        assertThat(marking.right()).containsEntry("q1", false);
        assertThat(marking.chosen().get("q1")).isEmpty();
    }

    @Test
    void unansweredAndMadeUpOptionsCountAsWrong() {
        Map<String, Set<String>> answers = allRight();
        answers.remove("q1");
        answers.put("q2", Set.of("made-up"));
        answers.put("unknown-question", Set.of("right"));

        CheckMarking marking = CheckMarking.of(SampleCourse.check(), answers);

        assertThat(marking.right()).containsEntry("q1", false).containsEntry("q2", false).doesNotContainKey("unknown-question");
        assertThat(marking.chosen().get("q2")).isEmpty();
        assertThat(marking.questionCount()).isEqualTo(5);
    }

    @Test
    void answersByIdStillMeanTheSameWhenTheFileIsReordered() {
        Course.KnowledgeCheck reordered = new Course.KnowledgeCheck(80, SampleCourse.check().questions().stream()
                .map(question -> new Course.Question(question.id(), question.type(), question.text(),
                        reversed(question.options())))
                .toList());

        CheckMarking marking = CheckMarking.of(reordered, allRight());

        assertThat(marking.correctCount()).isEqualTo(5);
        assertThat(marking.chosen().get("q5")).containsExactlyInAnyOrder("a", "c");
    }

    private static List<Course.Option> reversed(List<Course.Option> options) {
        List<Course.Option> reversed = new ArrayList<>(options);
        Collections.reverse(reversed);
        return reversed;
    }

    @Test
    void chosenOptionIdsAreStoredSorted() {
        assertThat(CheckMarking.encode(Set.of("stay-with-them", "ask-directly"))).isEqualTo("ask-directly stay-with-them");
        assertThat(CheckMarking.decode("ask-directly stay-with-them")).containsExactlyInAnyOrder("ask-directly", "stay-with-them");
        assertThat(CheckMarking.decode("")).isEmpty();
    }
}
