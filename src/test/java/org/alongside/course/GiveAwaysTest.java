package org.alongside.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GiveAwaysTest {

    private static Course.Question single(String text, String right, String... wrong) {
        List<Course.Option> options = new java.util.ArrayList<>();
        options.add(new Course.Option("right", right, true, "Yes."));
        for (int i = 0; i < wrong.length; i++) {
            options.add(new Course.Option("wrong-" + i, wrong[i], false, "No."));
        }
        return new Course.Question("q", Course.QuestionType.SINGLE, text, options);
    }

    @Test
    void aFairQuestionHasNoGiveAways() {
        assertThat(GiveAways.in(single("Sam says the week felt heavy. What could you say?",
                "That sounds like a heavy week. What made it so?", "Cheer up, next week will be better for you.",
                "Here is what worked for me when I felt low."))).isEmpty();
    }

    @Test
    void aRightAnswerMuchLongerThanTheWrongOnesGivesItselfAway() {
        assertThat(GiveAways.in(single("What do you do?", "Listen, reflect back what you heard and ask what would help them most",
                "Give advice", "Change the subject"))).singleElement().asString().contains("clearly longer");
    }

    @Test
    void allOfTheAboveIsReported() {
        assertThat(GiveAways.in(single("Which helps?", "All of the above", "Listening", "Reflecting")))
                .anySatisfy(hint -> assertThat(hint).contains("all of the above"));
    }

    @Test
    void absoluteWordsOnlyInWrongAnswersAreReported() {
        assertThat(GiveAways.in(single("Which helps?", "It depends on the person", "Always share your story",
                "Never ask questions"))).anySatisfy(hint -> assertThat(hint).contains("always"));
    }

    @Test
    void aRightAnswerEchoingTheQuestionIsReported() {
        assertThat(GiveAways.in(single("How do you agree confidentiality limits at a first meeting?",
                "Agree the confidentiality limits at the first meeting", "Wait to be asked", "Leave it to the coordinator")))
                .anySatisfy(hint -> assertThat(hint).contains("repeats words of the question").contains("confidentiality"));
    }
}
