package org.alongside.learning;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * The private check-in before a module with a content note: "I'm OK", "a bit wobbly" or
 * "struggling". The answer lives only in this sign-in session, so nobody else ever sees it and
 * it is gone at sign-out; "struggling" offers a break, the help page and, only if the trainee
 * chooses, a word with their trainer.
 */
@Named
@SessionScoped
public class WellbeingCheckIn implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WellbeingService wellbeing;

    @Inject
    CurrentAccount current;

    private final Map<String, Feeling> answers = new HashMap<>();
    private final Map<String, Boolean> trainerTold = new HashMap<>();

    public void answer(String moduleId, Feeling feeling) {
        answers.put(moduleId, feeling);
    }

    /** Asks again, for a trainee who feels different now. */
    public void change(String moduleId) {
        answers.remove(moduleId);
    }

    public Feeling feeling(String moduleId) {
        return answers.get(moduleId);
    }

    public boolean answered(String moduleId) {
        return answers.containsKey(moduleId);
    }

    public void tellTrainer(String moduleId, String moduleTitle) {
        int told = wellbeing.tellTrainers(current.id(), moduleTitle, Page.locale());
        if (told == 0) {
            Page.warn("wellbeing.noTrainer");
        } else {
            trainerTold.put(moduleId, true);
            Page.info("wellbeing.toldTrainer");
        }
    }

    public boolean trainerTold(String moduleId) {
        return trainerTold.getOrDefault(moduleId, false);
    }

    public Feeling[] getFeelings() {
        return Feeling.values();
    }
}
