package org.alongside.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import org.alongside.learning.ReflectionStage;

/** The stages of a trainee's reflections, from their drafts and the latest version of each: two queries per course, or one without drafts. */
@ApplicationScoped
public class ReflectionStages implements ReflectionStage.Source {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, ReflectionStage> of(long accountId, String courseId) {
        Map<String, ReflectionStage> stages = new HashMap<>();
        em.createNamedQuery("ReflectionDraft.modulesWithText", String.class).setParameter("accountId", accountId)
                .setParameter("courseId", courseId).getResultStream()
                .forEach(moduleId -> stages.put(moduleId, ReflectionStage.DRAFT));
        stages.putAll(sentOf(accountId, courseId));
        return stages;
    }

    @Override
    public Map<String, ReflectionStage> sentOf(long accountId, String courseId) {
        // Newest version first: the first row of each module is where it stands.
        Map<String, ReflectionStage> stages = new HashMap<>();
        em.createNamedQuery("Submission.statusesOfCourse", Object[].class).setParameter("accountId", accountId)
                .setParameter("courseId", courseId).getResultStream()
                .forEach(row -> stages.putIfAbsent((String) row[0], stageOf((Submission.Status) row[1])));
        return stages;
    }

    static ReflectionStage stageOf(Submission.Status status) {
        return switch (status) {
            case SUBMITTED -> ReflectionStage.WITH_TRAINER;
            case NEEDS_REVISION -> ReflectionStage.NEEDS_REVISION;
            case ACCEPTED -> ReflectionStage.ACCEPTED;
        };
    }
}
