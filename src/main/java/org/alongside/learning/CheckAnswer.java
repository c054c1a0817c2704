package org.alongside.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * The answer given to one question in an attempt, by option id. Answers recorded before options
 * had ids (course version 1.0.0) keep the positions they were given in that version's file, in
 * {@code chosen_positions}, and have no option ids.
 */
@Embeddable
public class CheckAnswer {

    @NotBlank
    @Size(max = 64)
    @Column(name = "question_id", nullable = false)
    private String questionId;

    @Size(max = 1000)
    @Column(name = "chosen_options")
    private String chosenOptions;

    @Size(max = 100)
    @Column(name = "chosen_positions")
    private String chosenPositions;

    @Column(nullable = false)
    private boolean correct;

    protected CheckAnswer() {
    }

    CheckAnswer(String questionId, Set<String> chosenOptionIds, boolean correct) {
        this.questionId = questionId;
        this.chosenOptions = CheckMarking.encode(chosenOptionIds);
        this.correct = correct;
    }

    public String getQuestionId() {
        return questionId;
    }

    /** The ids of the options chosen; empty for an answer recorded by position before options had ids. */
    public Set<String> getChosenOptionIds() {
        return CheckMarking.decode(chosenOptions);
    }

    /** For answers recorded before options had ids: the positions chosen, as stored ("0,2"); otherwise null. */
    public String getChosenPositions() {
        return chosenPositions;
    }

    public boolean isCorrect() {
        return correct;
    }
}
