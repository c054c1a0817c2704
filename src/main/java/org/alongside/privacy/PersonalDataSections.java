package org.alongside.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every kind of record the portal holds that points at a person's account, and the query that
 * reads one person's rows of it for "download my data". Each section names the foreign keys it
 * covers ({@code table.column}); PersonalDataPersistenceIT reads the live schema and fails when a
 * foreign key to {@code account}, or into one of the person's own tables, is covered by no
 * section, so a new feature cannot forget its table.
 *
 * <p>Queries select named columns and never a secret: no password hash, no reset or invitation
 * code hash, no e-mail body (those can hold live links). On other people's records the person is
 * only named as the member of staff who did something; those sections say what and when, never
 * what the record says about the other person.
 */
public final class PersonalDataSections {

    /** Whether a section holds the person's own records or mentions them on someone else's. */
    public enum Kind {
        /** The person's own data: exported in full and erased with the account. */
        OWN,
        /** A record about someone else that names this person as the member of staff who acted; kept on erasure with the link cleared. */
        MENTION
    }

    /**
     * One part of the export. {@code sql} reads the rows for one account, given as its only
     * parameter (written once per {@code ?}); {@code single} sections hold at most one row and are
     * exported as an object rather than a list.
     */
    public record Section(String key, Kind kind, boolean single, List<String> covers, String sql) {

        /** How many times the account id is passed to {@link #sql()}. */
        public int parameterCount() {
            return (int) sql.chars().filter(c -> c == '?').count();
        }
    }

    private static final List<Section> SECTIONS = List.of(
            own("account", true, List.of("account.id"), """
                    SELECT id, email, display_name, active, created_at, password_changed_at, last_sign_in_at
                    FROM account WHERE id = ?"""),
            own("roles", false, List.of("account_role.account_id"), """
                    SELECT role FROM account_role WHERE account_id = ? ORDER BY role"""),
            own("passwordResets", false, List.of("password_reset.account_id"), """
                    SELECT created_at, expires_at, used_at FROM password_reset WHERE account_id = ? ORDER BY created_at"""),
            own("invitationsRedeemed", false, List.of("invitation.redeemed_by_id"), """
                    SELECT id, email, cohort_id, created_at, expires_at, redeemed_at
                    FROM invitation WHERE redeemed_by_id = ? ORDER BY id"""),
            own("mail", false, List.of("outbox_message.account_id"), """
                    SELECT id, recipient, subject, status, created_at, sent_at
                    FROM outbox_message WHERE account_id = ? ORDER BY created_at, id"""),
            own("enrolments", false, List.of("enrolment.account_id"), """
                    SELECT e.cohort_id, c.name AS cohort_name, c.course_id, e.joined_at, e.place_module_id, e.place_lesson_id,
                           e.place_position, e.place_saved_at
                    FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE e.account_id = ? ORDER BY e.joined_at"""),
            own("trainerGroups", false, List.of("cohort_trainer.trainer_id"), """
                    SELECT t.cohort_id, c.name AS cohort_name FROM cohort_trainer t JOIN cohort c ON c.id = t.cohort_id
                    WHERE t.trainer_id = ? ORDER BY t.cohort_id"""),
            own("lessonProgress", false, List.of("lesson_progress.account_id"), """
                    SELECT course_id, module_id, lesson_id, course_version, completed_at
                    FROM lesson_progress WHERE account_id = ? ORDER BY completed_at, id"""),
            own("checkAttempts", false, List.of("check_attempt.account_id"), """
                    SELECT id, course_id, module_id, course_version, submitted_at, correct_count, question_count, pass_mark, passed
                    FROM check_attempt WHERE account_id = ? ORDER BY submitted_at, id"""),
            own("checkAnswers", false, List.of("check_answer.attempt_id"), """
                    SELECT a.attempt_id, a.question_id, a.chosen_options, a.chosen_positions, a.correct
                    FROM check_answer a JOIN check_attempt t ON t.id = a.attempt_id WHERE t.account_id = ?
                    ORDER BY a.attempt_id, a.question_id"""),
            own("moduleProgress", false, List.of("module_progress.account_id"), """
                    SELECT course_id, module_id, best_correct, best_question_count, check_passed_at, reflection_accepted_at, reflection_stage
                    FROM module_progress WHERE account_id = ? ORDER BY course_id, module_id"""),
            own("reflectionDrafts", false, List.of("reflection_draft.account_id"), """
                    SELECT course_id, module_id, body, saved_at FROM reflection_draft WHERE account_id = ? ORDER BY saved_at"""),
            own("submissions", false, List.of("submission.account_id"), """
                    SELECT id, cohort_id, course_id, course_version, module_id, attempt, body, submitted_at, status,
                           safe_sharing_overridden, flagged_rules
                    FROM submission WHERE account_id = ? ORDER BY module_id, attempt"""),
            // Only released feedback: a trainer's unreleased draft is not yet anything said to the person.
            own("feedback", false, List.of("grade.submission_id"), """
                    SELECT g.id, g.submission_id, g.outcome, g.overall_feedback, g.released_at
                    FROM grade g JOIN submission s ON s.id = g.submission_id
                    WHERE s.account_id = ? AND g.released_at IS NOT NULL ORDER BY g.released_at, g.id"""),
            own("feedbackCriteria", false, List.of("grade_criterion.grade_id"), """
                    SELECT c.grade_id, c.criterion_id, c.level_id, c.comment
                    FROM grade_criterion c JOIN grade g ON g.id = c.grade_id JOIN submission s ON s.id = g.submission_id
                    WHERE s.account_id = ? AND g.released_at IS NOT NULL ORDER BY c.grade_id, c.criterion_id"""),
            own("trainerMailPreference", true, List.of("trainer_mail_preference.trainer_id"), """
                    SELECT daily_digest, last_digest_on FROM trainer_mail_preference WHERE trainer_id = ?"""),
            own("attendance", false, List.of("attendance_mark.account_id"), """
                    SELECT cohort_id, day_number, status, marked_at FROM attendance_mark WHERE account_id = ?
                    ORDER BY cohort_id, day_number"""),
            own("agreementAcknowledgements", false, List.of("agreement_acknowledgement.account_id"), """
                    SELECT cohort_id, agreement_version, acknowledged_at FROM agreement_acknowledgement WHERE account_id = ?
                    ORDER BY acknowledged_at"""),
            // The private note is for the supervisor, coordinators and the person: the person may read it.
            own("supervisionSessions", false, List.of("supervision_session.person_id"), """
                    SELECT id, supervisor_name, session_date, duration_minutes, format, note, signed_off_at, reflection, reflection_at, created_at
                    FROM supervision_session WHERE person_id = ? ORDER BY session_date, id"""),
            own("certificates", false, List.of("certificate.account_id"), """
                    SELECT verification_code, holder_name, course_id, course_title, issued_on, expires_on, renewed_on, decision_note,
                           revoked_at, revocation_reason, reminded_for_expiry
                    FROM certificate WHERE account_id = ? ORDER BY issued_on"""),
            own("directoryConsents", false, List.of("directory_consent.account_id"), """
                    SELECT id, wording_version, given_at, withdrawn_at FROM directory_consent WHERE account_id = ? ORDER BY given_at"""),
            own("directoryProfile", true, List.of("supporter_profile.account_id", "supporter_profile.consent_id"), """
                    SELECT display_name, pronouns, bio, region, capacity, show_display_name, show_pronouns, show_bio, show_areas,
                           show_languages, show_region, show_formats, show_availability, published, paused, consent_id, updated_at
                    FROM supporter_profile WHERE account_id = ?"""),
            own("directoryAreas", false, List.of("supporter_area.profile_id"), """
                    SELECT a.name AS area FROM supporter_area s JOIN lived_experience_area a ON a.id = s.area_id
                    JOIN supporter_profile p ON p.id = s.profile_id WHERE p.account_id = ? ORDER BY a.name"""),
            own("directoryLanguages", false, List.of("supporter_language.profile_id"), """
                    SELECT l.language FROM supporter_language l JOIN supporter_profile p ON p.id = l.profile_id
                    WHERE p.account_id = ? ORDER BY l.language"""),
            own("directoryFormats", false, List.of("supporter_format.profile_id"), """
                    SELECT f.format FROM supporter_format f JOIN supporter_profile p ON p.id = f.profile_id
                    WHERE p.account_id = ? ORDER BY f.format"""),
            own("directoryAvailability", false, List.of("supporter_availability.profile_id"), """
                    SELECT v.slot FROM supporter_availability v JOIN supporter_profile p ON p.id = v.profile_id
                    WHERE p.account_id = ? ORDER BY v.slot"""),
            // The requester's details are theirs, not the supporter's: only the offer itself.
            own("supportOffers", false, List.of("support_offer.supporter_id"), """
                    SELECT id, request_id, offered_at, status, responded_at, ended_at FROM support_offer WHERE supporter_id = ?
                    ORDER BY offered_at, id"""),
            own("practiceObservations", false, List.of("practice_observation.trainee_id"), """
                    SELECT id, course_id, practice_id, observer_name, observed_on, recorded_at, signed_off_at, reflection, reflection_at
                    FROM practice_observation WHERE trainee_id = ? ORDER BY observed_on, id"""),
            own("practiceObservationItems", false, List.of("practice_observation_item.observation_id"), """
                    SELECT i.observation_id, i.item_id, i.shown, i.item_comment
                    FROM practice_observation_item i JOIN practice_observation o ON o.id = i.observation_id
                    WHERE o.trainee_id = ? ORDER BY i.observation_id, i.item_id"""),
            own("practiceLog", false, List.of("practice_log_entry.trainee_id"), """
                    SELECT written_at, practised, learnt FROM practice_log_entry WHERE trainee_id = ? ORDER BY written_at, id"""),
            own("erasureRequest", true, List.of("erasure_request.account_id"), """
                    SELECT requested_at, reason FROM erasure_request WHERE account_id = ?"""),
            // Only that a second factor is set up and when: never its secret, nor the recovery codes' hashes.
            own("secondFactor", true, List.of("second_factor.account_id"), """
                    SELECT created_at, confirmed_at FROM second_factor WHERE account_id = ?"""),
            own("recoveryCodes", false, List.of("recovery_code.account_id"), """
                    SELECT created_at, used_at FROM recovery_code WHERE account_id = ? ORDER BY created_at, id"""),
            // Audit entries name people by account id only (see AuditTrail); the person's own trail.
            own("auditEntries", false, List.of("audit_entry.subject_account_id"), """
                    SELECT occurred_at, action, detail FROM audit_entry WHERE subject_account_id = ? ORDER BY occurred_at, id"""),

            mention("groupsCreated", List.of("cohort.created_by_id"), """
                    SELECT id, name, created_at FROM cohort WHERE created_by_id = ? ORDER BY id"""),
            mention("invitationsCreated", List.of("invitation.created_by_id"), """
                    SELECT id, created_at, expires_at FROM invitation WHERE created_by_id = ? ORDER BY id"""),
            mention("feedbackGiven", List.of("grade.trainer_id"), """
                    SELECT id, submission_id, saved_at, released_at FROM grade WHERE trainer_id = ? ORDER BY id"""),
            mention("attendanceMarked", List.of("attendance_mark.marked_by_id"), """
                    SELECT cohort_id, day_number, marked_at FROM attendance_mark WHERE marked_by_id = ? ORDER BY id"""),
            mention("sessionsSupervised", List.of("supervision_session.supervisor_id"), """
                    SELECT id, supervisor_name, session_date FROM supervision_session WHERE supervisor_id = ? ORDER BY id"""),
            mention("sessionsSignedOff", List.of("supervision_session.signed_off_by_id"), """
                    SELECT id, signed_off_at FROM supervision_session WHERE signed_off_by_id = ? ORDER BY id"""),
            mention("certificatesIssued", List.of("certificate.issued_by_id"), """
                    SELECT id, issued_on FROM certificate WHERE issued_by_id = ? ORDER BY id"""),
            mention("certificatesRevoked", List.of("certificate.revoked_by_id"), """
                    SELECT id, revoked_at FROM certificate WHERE revoked_by_id = ? ORDER BY id"""),
            mention("supportOffersMade", List.of("support_offer.offered_by_id"), """
                    SELECT id, request_id, offered_at FROM support_offer WHERE offered_by_id = ? ORDER BY id"""),
            mention("practiceObserved", List.of("practice_observation.observer_id"), """
                    SELECT id, observer_name, observed_on FROM practice_observation WHERE observer_id = ? ORDER BY id"""),
            // A request from the public that asked for this supporter: that it happened, never who asked.
            mention("supportRequestsForMe", List.of("support_request.asked_profile_id"), """
                    SELECT r.id, r.status, r.created_at FROM support_request r JOIN supporter_profile p ON p.id = r.asked_profile_id
                    WHERE p.account_id = ? ORDER BY r.id"""),
            // Audit entries where the person acted; the entry is about someone else, so only what and when.
            mention("auditEntriesAsActor", List.of("audit_entry.actor_id"), """
                    SELECT occurred_at, action FROM audit_entry WHERE actor_id = ? ORDER BY occurred_at, id"""));

    private PersonalDataSections() {
    }

    public static List<Section> all() {
        return SECTIONS;
    }

    /** Every {@code table.column} the export covers, lower case. */
    public static Set<String> coveredColumns() {
        Set<String> covered = new TreeSet<>();
        SECTIONS.forEach(section -> section.covers().forEach(column -> covered.add(column.toLowerCase(Locale.ROOT))));
        return covered;
    }

    /** The tables whose rows are the person's own (their children must be covered too), lower case. */
    public static Set<String> ownTables() {
        Set<String> tables = new TreeSet<>();
        for (Section section : SECTIONS) {
            if (section.kind() == Kind.OWN) {
                section.covers().forEach(column -> tables.add(column.substring(0, column.indexOf('.')).toLowerCase(Locale.ROOT)));
            }
        }
        return tables;
    }

    /**
     * The foreign keys of a schema that no section covers, as {@code table.column -> referenced}:
     * every key to {@code account}, and every key into one of the person's own tables.
     */
    public static List<String> uncovered(List<ForeignKey> schema) {
        Set<String> own = ownTables();
        Set<String> covered = coveredColumns();
        List<String> missing = new ArrayList<>();
        for (ForeignKey key : schema) {
            String referenced = key.referencedTable().toLowerCase(Locale.ROOT);
            boolean mustCover = referenced.equals("account") || own.contains(referenced);
            if (mustCover && !covered.contains(key.column())) {
                missing.add(key.column() + " -> " + referenced);
            }
        }
        return missing;
    }

    /** One foreign-key column as the schema reports it. */
    public record ForeignKey(String table, String columnName, String referencedTable) {

        public String column() {
            return (table + "." + columnName).toLowerCase(Locale.ROOT);
        }
    }

    private static Section own(String key, boolean single, List<String> covers, String sql) {
        return new Section(key, Kind.OWN, single, covers, sql);
    }

    private static Section mention(String key, List<String> covers, String sql) {
        return new Section(key, Kind.MENTION, false, covers, sql);
    }
}
