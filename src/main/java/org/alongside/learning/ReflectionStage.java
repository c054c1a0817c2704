package org.alongside.learning;

import java.util.Set;

/**
 * Where a trainee's reflective exercise stands, for the module page and home. Once a version is
 * sent, its stage is kept with the trainee's progress on the module ({@link ModuleProgress});
 * before that, whether there is a draft with text in it. The drafts live in
 * {@code org.alongside.assessment}, which depends on this package; it provides the {@link Source},
 * so learning never imports assessment.
 */
public enum ReflectionStage {
    NOT_STARTED, DRAFT, WITH_TRAINER, NEEDS_REVISION, ACCEPTED;

    /** Where a reflection stands, from the stage of the latest version sent and whether a draft has text. */
    public static ReflectionStage of(ReflectionStage sent, boolean draftWithText) {
        return sent == NOT_STARTED && draftWithText ? DRAFT : sent;
    }

    /** The trainee's drafts. */
    public interface Source {
        /** The ids of the modules of a course where the trainee has a draft with text in it. */
        Set<String> modulesWithDraft(long accountId, String courseId);
    }
}
