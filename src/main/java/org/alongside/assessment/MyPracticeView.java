package org.alongside.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alongside.course.Course;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * A trainee's practice: the role plays of their course by day with what each role is told, what
 * their trainers observed with a reflection of their own on each, and their practice log.
 */
@Named
@ViewScoped
public class MyPracticeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PracticeService practice;

    @Inject
    CurrentAccount current;

    /** The reflection typed on each record, by record id, kept as typed when saving fails. */
    private final Map<Long, String> reflections = new HashMap<>();
    private String practised;
    private String learnt;
    /** The words of the entry just added, for the safe-sharing notice: the entry is kept, the notice only says what to look at. */
    private String lastAdded;
    private transient Optional<PracticeService.Placement> placement;
    private transient Map<String, PracticeObservation> observations;
    private transient List<PracticeLogEntry> log;

    public Optional<Course> getCourse() {
        if (placement == null) {
            placement = practice.placementOf(traineeId());
        }
        return placement.map(PracticeService.Placement::course);
    }

    /** The course's role plays, or none before the trainee is in a group. */
    public List<Course.Practice> getPractices() {
        return getCourse().map(Course::practicesInOrder).orElse(List.of());
    }

    public PracticeObservation observation(String practiceId) {
        if (observations == null) {
            observations = new HashMap<>();
            for (PracticeObservation observation : practice.observationsOf(traineeId())) {
                observations.put(observation.getPracticeId(), observation);
                reflections.putIfAbsent(observation.getId(), observation.getReflection());
            }
        }
        return observations.get(practiceId);
    }

    public long getSignedOffCount() {
        return getPractices().stream().map(p -> observation(p.id())).filter(o -> o != null && o.isSignedOff()).count();
    }

    public void saveReflection(long observationId) {
        try {
            PracticeObservation saved = practice.reflect(traineeId(), observationId, reflections.get(observationId));
            reflections.put(observationId, saved.getReflection());
            Page.info("practice.reflectionSaved");
        } catch (OptimisticLockException | TransactionalException raced) {
            Page.error("practice.someoneElse");
        } finally {
            observations = null;
        }
    }

    public void addToLog() {
        try {
            practice.addToLog(traineeId(), practised, learnt);
            lastAdded = practised + "\n" + learnt;
            practised = null;
            learnt = null;
            Page.info("practice.log.added");
        } finally {
            log = null;
        }
    }

    public List<PracticeLogEntry> getLog() {
        if (log == null) {
            log = practice.logOf(traineeId());
        }
        return log;
    }

    public String getLastAdded() {
        return lastAdded;
    }

    public Map<Long, String> getReflections() {
        return reflections;
    }

    public String getPractised() {
        return practised;
    }

    public void setPractised(String practised) {
        this.practised = practised;
    }

    public String getLearnt() {
        return learnt;
    }

    public void setLearnt(String learnt) {
        this.learnt = learnt;
    }

    private long traineeId() {
        return current.id();
    }
}
