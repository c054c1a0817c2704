package org.alongside.learning;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alongside.course.Course;
import org.alongside.platform.SecureTokens;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * A module's knowledge check: answer, see which answers were right with every option explained,
 * try again. The form carries a submission key made when it was shown, so sending it twice counts once.
 */
@Named
@ViewScoped
public class KnowledgeCheckView implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The answer given to one question; single-choice questions fill {@code one}, the others
     * {@code many}. The options are in this attempt's shuffled order and valued by their ids.
     */
    public static class Answer implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Course.Question question;
        private final List<Course.Option> options;
        private String one;
        private List<String> many = new ArrayList<>();

        Answer(Course.Question question, String attemptKey) {
            this.question = question;
            this.options = OptionOrder.of(question, attemptKey);
        }

        public Course.Question getQuestion() {
            return question;
        }

        /** The options in the order shown for this attempt. */
        public List<Course.Option> getOptions() {
            return options;
        }

        public List<SelectItem> getChoices() {
            return options.stream().map(option -> new SelectItem(option.id(), option.text())).toList();
        }

        public boolean isChooseMany() {
            return question.type() == Course.QuestionType.MULTIPLE;
        }

        public String getOne() {
            return one;
        }

        public void setOne(String one) {
            this.one = one;
        }

        public List<String> getMany() {
            return many;
        }

        public void setMany(List<String> many) {
            this.many = many == null ? new ArrayList<>() : new ArrayList<>(many);
        }

        /** The ids chosen; anything that is not one of the options offered counts as not chosen when marking. */
        Set<String> chosen() {
            return new HashSet<>(isChooseMany() ? many : (one == null ? List.<String>of() : List.of(one)));
        }
    }

    private static final int SUBMISSION_KEY_MAX = 64;

    @Inject
    LearningService learning;

    @Inject
    LearningCalendar calendar;

    @Inject
    CurrentAccount current;

    private String moduleId;
    private String submissionKey;
    /** The submission key of the attempt whose result this page shows ({@code ?attempt=}), if any. */
    private String shownAttempt;
    private transient TraineeCourse course;
    private List<Answer> answers;
    private transient CheckAttempt attempt;

    public void load() {
        try {
            course();
        } catch (LearningException refusal) {
            TraineePages.refuse(refusal, moduleId);
            return;
        }
        if (shownAttempt != null) {
            // The result page of one attempt: the trainee's own, of this module, or nothing at all.
            attempt = learning.attempt(current.id(), shownAttempt)
                    .filter(found -> found.getModuleId().equals(moduleId)).orElse(null);
            if (attempt == null) {
                Page.notFound();
                return;
            }
            submissionKey = shownAttempt;
        }
    }

    public String submit() {
        Map<String, Set<String>> chosen = new HashMap<>();
        for (Answer answer : getAnswers()) {
            chosen.put(answer.getQuestion().id(), answer.chosen());
        }
        long accountId = current.id();
        if (submissionKey == null || submissionKey.isBlank() || submissionKey.length() > SUBMISSION_KEY_MAX) {
            submissionKey = SecureTokens.newLinkToken();
        }
        try {
            attempt = learning.submitCheck(accountId, moduleId, submissionKey, chosen, calendar.today());
        } catch (LearningException refusal) {
            TraineePages.refuse(refusal, moduleId);
            return null;
        } catch (PersistenceException | TransactionalException raced) {
            // The same form sent twice at the same moment: the first one is recorded, show that one.
            attempt = learning.attempt(accountId, submissionKey).orElseThrow(() -> raced);
        }
        // Post, then redirect to the result's own address: Back and Forward never ask to send the
        // answers again, the result can be bookmarked, and another instance can show it.
        Page.infoAfterRedirect(attempt.isPassed() ? "check.passedMessage" : "check.notYetMessage");
        return "/trainee/check.xhtml?faces-redirect=true&module=" + URLEncoder.encode(moduleId, StandardCharsets.UTF_8)
                + "&attempt=" + URLEncoder.encode(submissionKey, StandardCharsets.UTF_8);
    }

    /** When a question is left unanswered, says so at the top of the page too, where it is announced. */
    public void summariseMissingAnswers() {
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            Page.error("check.answerAll");
        }
    }

    public Course.Module getModule() {
        return course().openModule(moduleId);
    }

    public List<Answer> getAnswers() {
        if (answers == null) {
            String attemptKey = getSubmissionKey();
            answers = getModule().knowledgeCheck().questions().stream().map(question -> new Answer(question, attemptKey)).toList();
        }
        return answers;
    }

    /** The attempt just submitted, once the form has been sent. */
    public CheckAttempt getAttempt() {
        return attempt;
    }

    public boolean isChosen(Course.Question question, Course.Option option) {
        return attempt.answerTo(question.id()).map(answer -> answer.getChosenOptionIds().contains(option.id())).orElse(false);
    }

    public boolean isRight(Course.Question question) {
        return attempt.answerTo(question.id()).map(CheckAnswer::isCorrect).orElse(false);
    }

    /** The trainee's best result so far, if they have tried before. */
    public ModuleProgress getBest() {
        return learning.moduleProgress(current.id(), course().course().id(), moduleId).orElse(null);
    }

    public CourseProgress.ModuleProgressSummary getProgress() {
        return course().progress().module(moduleId).orElseThrow();
    }

    /** Made once per showing of the form; sent back with the answers. */
    public String getSubmissionKey() {
        if (submissionKey == null) {
            submissionKey = SecureTokens.newLinkToken();
        }
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }

    private TraineeCourse course() {
        if (course == null) {
            course = learning.courseOf(current.id(), calendar.today()).orElseThrow(LearningException::notEnrolled);
            course.openModule(moduleId);
        }
        return course;
    }

    public String getShownAttempt() {
        return shownAttempt;
    }

    public void setShownAttempt(String shownAttempt) {
        this.shownAttempt = shownAttempt;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }
}
