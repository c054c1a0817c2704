package org.alongside.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alongside.learning.LearningCalendar;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/** A trainee or supporter reads their own supervision sessions and adds their reflection to each. */
@Named
@ViewScoped
public class TraineeSupervisionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionService supervision;

    @Inject
    LearningCalendar calendar;

    @Inject
    CurrentAccount current;

    /** The reflection text in each session's form, by session id, kept as typed when saving fails. */
    private final Map<Long, String> reflections = new HashMap<>();
    private transient List<SupervisionSession> sessions;
    private transient SupervisionStatus status;

    public List<SupervisionSession> getSessions() {
        if (sessions == null) {
            sessions = supervision.sessions(personId(), personId());
            for (SupervisionSession session : sessions) {
                reflections.putIfAbsent(session.getId(), session.getReflection());
            }
        }
        return sessions;
    }

    public void saveReflection(long sessionId) {
        try {
            SupervisionSession saved = supervision.reflect(personId(), sessionId, reflections.get(sessionId));
            reflections.put(sessionId, saved.getReflection());
            Page.info("supervision.trainee.reflectionSaved");
        } catch (OptimisticLockException | TransactionalException raced) {
            Page.error("supervision.someoneElse");
        } finally {
            sessions = null;
            status = null;
        }
    }

    public SupervisionStatus getStatus() {
        if (status == null) {
            status = supervision.status(personId(), calendar.today());
        }
        return status;
    }

    public Map<Long, String> getReflections() {
        return reflections;
    }

    private long personId() {
        return current.id();
    }
}
