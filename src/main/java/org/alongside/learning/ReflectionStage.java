package org.alongside.learning;

import java.util.Map;

/**
 * Where a trainee's reflective exercise stands, for the module page and home. The reflections
 * live in {@code org.alongside.assessment}, which depends on this package; it provides the
 * {@link Source}, so learning never imports assessment.
 */
public enum ReflectionStage {
    NOT_STARTED, DRAFT, WITH_TRAINER, NEEDS_REVISION, ACCEPTED;

    /** The stages of one trainee's reflections in one course, by module id; a module missing is NOT_STARTED. */
    public interface Source {
        Map<String, ReflectionStage> of(long accountId, String courseId);

        /**
         * The same for the reflections sent to a trainer only (with the trainer, to revise,
         * accepted): a module with a draft alone is missing. One query, for home, which says no
         * more of a draft than that the module is started.
         */
        Map<String, ReflectionStage> sentOf(long accountId, String courseId);
    }
}
