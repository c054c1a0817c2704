package org.alongside.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import org.alongside.learning.ReflectionStage;

/** The modules where a trainee has a reflection drafted, for learning's pages: one query per course. */
@ApplicationScoped
public class ReflectionDrafts implements ReflectionStage.Source {

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> modulesWithDraft(long accountId, String courseId) {
        return new HashSet<>(em.createNamedQuery("ReflectionDraft.modulesWithText", String.class).setParameter("accountId", accountId)
                .setParameter("courseId", courseId).getResultList());
    }
}
