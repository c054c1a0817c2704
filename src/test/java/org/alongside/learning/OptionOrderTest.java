package org.alongside.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.alongside.course.Course;
import org.junit.jupiter.api.Test;

class OptionOrderTest {

    private static final Course.Question QUESTION = new Course.Question("q", Course.QuestionType.SINGLE, "Which?",
            IntStream.range(0, 5).mapToObj(i -> new Course.Option("option-" + i, "Option " + i, i == 0, "Because.")).toList());

    private static List<String> idsFor(String attemptKey) {
        return OptionOrder.of(QUESTION, attemptKey).stream().map(Course.Option::id).toList();
    }

    @Test
    void theOrderIsTheSameEveryTimeTheSameAttemptIsDrawn() {
        assertThat(idsFor("attempt-one")).isEqualTo(idsFor("attempt-one")).isEqualTo(idsFor("attempt-one"));
    }

    @Test
    void everyOptionIsShownOnce() {
        assertThat(idsFor("attempt-one")).containsExactlyInAnyOrder("option-0", "option-1", "option-2", "option-3", "option-4");
    }

    @Test
    void differentAttemptsGetDifferentOrders() {
        assertThat(idsFor("attempt-one")).isNotEqualTo(idsFor("attempt-two"));
    }

    @Test
    void theRightAnswerMovesAroundAcrossAttempts() {
        Set<Integer> placesOfTheRightAnswer = new HashSet<>();
        for (int attempt = 0; attempt < 40; attempt++) {
            placesOfTheRightAnswer.add(idsFor("attempt-" + attempt).indexOf("option-0"));
        }
        assertThat(placesOfTheRightAnswer).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    @Test
    void eachQuestionOfAnAttemptIsShuffledOnItsOwn() {
        Course.Question other = new Course.Question("other", QUESTION.type(), QUESTION.text(), QUESTION.options());
        assertThat(OptionOrder.of(other, "attempt-one")).isNotEqualTo(OptionOrder.of(QUESTION, "attempt-one"));
    }
}
