package org.alongside.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The answer given to one question in an attempt. */
@Embeddable
public class CheckAnswer {

    @NotBlank
    @Size(max = 64)
    @Column(name = "question_id", nullable = false)
    private String questionId;

    @NotNull
    @Size(max = 100)
    @Column(nullable = false)
    private String chosen;

    @Column(nullable = false)
    private boolean correct;

    protected CheckAnswer() {
    }

    CheckAnswer(String questionId, Set<Integer> chosen, boolean correct) {
        this.questionId = questionId;
        this.chosen = CheckMarking.encode(chosen);
        this.correct = correct;
    }

    public String getQuestionId() {
        return questionId;
    }

    public Set<Integer> getChosen() {
        return CheckMarking.decode(chosen);
    }

    public boolean isCorrect() {
        return correct;
    }
}
