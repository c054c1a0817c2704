package org.alongside.assessment;

import java.time.Instant;

/**
 * One line of a trainer's grading queue, read in a single query with the trainee's and the
 * group's names, so a page of the queue costs one query however long it is.
 */
public record QueueRow(long submissionId, String courseId, String moduleId, int attempt, Instant submittedAt,
                       Submission.Status status, boolean safeSharingOverridden, String traineeName, String cohortName) {
}
