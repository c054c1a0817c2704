package org.alongside.assessment;

import org.alongside.platform.ActionRefused;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.alongside.course.Course;
import org.alongside.learning.LearningCalendar;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * A trainer records one trainee's role play: each checklist item shown or not yet with a comment,
 * then saves or signs off. What was typed stays on the page when the server refuses it.
 */
@Named
@ViewScoped
public class ObservationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One checklist item on the form. */
    public static class ItemForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Course.ChecklistItem item;
        private boolean shown;
        private String comment;

        ItemForm(Course.ChecklistItem item, Optional<ObservedItem> recorded) {
            this.item = item;
            this.shown = recorded.map(ObservedItem::isShown).orElse(false);
            this.comment = recorded.map(ObservedItem::getComment).orElse(null);
        }

        public Course.ChecklistItem getItem() {
            return item;
        }

        public boolean isShown() {
            return shown;
        }

        public void setShown(boolean shown) {
            this.shown = shown;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    @Inject
    PracticeService practice;

    @Inject
    LearningCalendar calendar;

    @Inject
    CurrentAccount current;

    private Long traineeId;
    private String practiceId;
    private String traineeName;
    private Long cohortId;
    private Course.Practice activity;
    private LocalDate observedOn;
    private List<ItemForm> items = List.of();
    private transient PracticeObservation recorded;
    private transient List<PracticeLogEntry> log = List.of();

    public void load() {
        try {
            PracticeService.ObservationPage page = practice.observationPage(current.id(),
                    traineeId == null ? -1 : traineeId, practiceId);
            recorded = page.recorded().orElse(null);
            activity = page.practice();
            traineeName = page.traineeName();
            cohortId = page.placement().cohort().getId();
            observedOn = page.recorded().map(PracticeObservation::getObservedOn).orElse(calendar.today());
            items = activity.checklist().stream().map(item -> new ItemForm(item, page.recorded().flatMap(r -> r.item(item.id())))).toList();
            log = page.log();
        } catch (ActionRefused notTheirs) {
            Page.notFound();
        }
    }

    public void save() {
        record(false);
    }

    public void signOff() {
        record(true);
    }

    private void record(boolean signOff) {
        List<PracticeService.Mark> marks = items.stream()
                .map(form -> new PracticeService.Mark(form.getItem().id(), form.isShown(), form.getComment())).toList();
        try {
            recorded = practice.record(current.id(), traineeId, practiceId, observedOn, marks, signOff);
            Page.info(signOff ? "practice.signedOffMessage" : "practice.savedMessage");
        } catch (OptimisticLockException | TransactionalException raced) {
            Page.error("practice.someoneElse");
        }
    }

    public boolean isSignedOff() {
        return recorded != null && recorded.isSignedOff();
    }

    public PracticeObservation getRecorded() {
        return recorded;
    }

    public Course.Practice getActivity() {
        return activity;
    }

    public List<ItemForm> getItems() {
        return items;
    }

    public List<PracticeLogEntry> getLog() {
        return log == null ? List.of() : log;
    }

    public String getTraineeName() {
        return traineeName;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public void setObservedOn(LocalDate observedOn) {
        this.observedOn = observedOn;
    }

    public Long getTraineeId() {
        return traineeId;
    }

    public void setTraineeId(Long traineeId) {
        this.traineeId = traineeId;
    }

    public String getPracticeId() {
        return practiceId;
    }

    public void setPracticeId(String practiceId) {
        this.practiceId = practiceId;
    }
}
