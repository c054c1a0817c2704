package org.alongside.it;

import org.alongside.platform.ActionRefused;
import static org.alongside.it.CertifiableTrainee.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.alongside.assessment.PracticeLogEntry;
import org.alongside.assessment.PracticeObservation;
import org.alongside.assessment.PracticeService;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.learning.CohortService;
import org.alongside.platform.AuditTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Observed practice inside Payara Micro on H2 and on PostgreSQL: a trainer records role plays
 * only for the trainees of their own groups, sign-off needs every item shown and is final, the
 * trainee reflects on their own records only, and the practice log is for the trainee and their
 * trainers alone.
 */
@SharedPortal
class PracticePersistenceIT {

    @Inject
    CertifiableTrainee trainees;

    @Inject
    PracticeService practice;

    @Inject
    CohortService cohorts;

    @Inject
    CourseCatalog catalog;

    @Inject
    AuditTrail audit;

    private Course.Practice safetyCheck() {
        return catalog.course("peer-supporter").orElseThrow().practice("a-safety-check").orElseThrow();
    }

    @Test
    void aTrainerRecordsPracticeOnlyForTheTraineesOfTheirGroups() {
        CertifiableTrainee.People people = trainees.enrolled("Pia");
        long ownTrainer = trainees.trainer();
        long otherTrainer = trainees.trainer();
        cohorts.assignTrainer(people.coordinator(), people.cohort(), ownTrainer);
        Course.Practice rolePlay = safetyCheck();

        assertRefused("grading.notFound", () -> practice.record(otherTrainer, people.trainee(), rolePlay.id(), TODAY,
                CertifiableTrainee.everyItemShown(rolePlay), false));
        assertRefused("grading.notFound", () -> practice.record(people.trainee(), people.trainee(), rolePlay.id(), TODAY,
                CertifiableTrainee.everyItemShown(rolePlay), true));
        assertRefused("grading.notFound", () -> practice.record(ownTrainer, people.trainee(), "a-made-up-role-play", TODAY,
                CertifiableTrainee.everyItemShown(rolePlay), false));
        assertTrue(practice.observationsOf(people.trainee()).isEmpty());

        PracticeObservation recorded = practice.record(ownTrainer, people.trainee(), rolePlay.id(), TODAY,
                notYetOnTheLastItem(rolePlay), false);

        assertFalse(recorded.isSignedOff());
        assertEquals(rolePlay.checklist().size() - 1, recorded.getShownCount());
        assertEquals("Theo", recorded.getObserverName());
        assertEquals(0, practice.signedOffCount(people.trainee(), "peer-supporter"));
        assertTrue(audit.about(people.trainee()).stream().anyMatch(entry -> entry.getAction().equals("practice.recorded")));
    }

    @Test
    void signingOffNeedsEveryItemShownAndIsFinal() {
        CertifiableTrainee.People people = trainees.enrolled("Rue");
        long trainer = trainees.trainer();
        cohorts.assignTrainer(people.coordinator(), people.cohort(), trainer);
        Course.Practice rolePlay = safetyCheck();

        assertRefused("practice.signOffNeedsEveryItem", () -> practice.record(trainer, people.trainee(), rolePlay.id(), TODAY,
                notYetOnTheLastItem(rolePlay), true));
        assertRefused("practice.markEveryItem", () -> practice.record(trainer, people.trainee(), rolePlay.id(), TODAY,
                CertifiableTrainee.everyItemShown(rolePlay).subList(1, rolePlay.checklist().size()), true));
        practice.record(trainer, people.trainee(), rolePlay.id(), TODAY, notYetOnTheLastItem(rolePlay), false);
        PracticeObservation signedOff = practice.record(trainer, people.trainee(), rolePlay.id(), TODAY.plusDays(1),
                CertifiableTrainee.everyItemShown(rolePlay), true);

        assertTrue(signedOff.isSignedOff());
        assertEquals(1, practice.observationsOf(people.trainee()).size(), "practising again updates the one record");
        assertEquals(1, practice.signedOffCount(people.trainee(), "peer-supporter"));
        assertRefused("practice.alreadySignedOff", () -> practice.record(trainer, people.trainee(), rolePlay.id(), TODAY,
                notYetOnTheLastItem(rolePlay), false));
    }

    @Test
    void theTraineeReflectsOnTheirOwnRecordsOnly() {
        CertifiableTrainee.People people = trainees.enrolled("Sol");
        CertifiableTrainee.People someoneElse = trainees.enrolled("Tam");
        trainees.isObservedInPractice(people, 1);
        long recordId = practice.observationsOf(people.trainee()).get(0).getId();

        assertRefused("grading.notFound", () -> practice.reflect(someoneElse.trainee(), recordId, "Not mine to write."));
        practice.reflect(people.trainee(), recordId, "I slowed down before asking about a plan.");

        assertEquals("I slowed down before asking about a plan.", practice.observationsOf(people.trainee()).get(0).getReflection());
    }

    @Test
    void thePracticeLogIsForTheTraineeAndTheTrainersOfTheirGroup() {
        CertifiableTrainee.People people = trainees.enrolled("Uma");
        long ownTrainer = trainees.trainer();
        long otherTrainer = trainees.trainer();
        cohorts.assignTrainer(people.coordinator(), people.cohort(), ownTrainer);

        assertRefused("practice.log.learntRequired", () -> practice.addToLog(people.trainee(), "Reflecting back", "  "));
        practice.addToLog(people.trainee(), "Reflecting back", "Short reflections kept the focus on them.");

        List<PracticeLogEntry> seenByTrainer = practice.logForTrainer(ownTrainer, people.trainee());
        assertEquals(List.of("Reflecting back"), seenByTrainer.stream().map(PracticeLogEntry::getPractised).toList());
        assertEquals(1, practice.logOf(people.trainee()).size());
        assertRefused("grading.notFound", () -> practice.logForTrainer(otherTrainer, people.trainee()));
        assertRefused("grading.notFound", () -> practice.logForTrainer(people.coordinator(), people.trainee()));
        assertTrue(practice.observationPage(people.coordinator(), people.trainee(), safetyCheck().id()).log().isEmpty(),
                "a coordinator's record page shows no log");
        assertEquals(1, practice.observationPage(ownTrainer, people.trainee(), safetyCheck().id()).log().size());
    }

    private static List<PracticeService.Mark> notYetOnTheLastItem(Course.Practice rolePlay) {
        List<Course.ChecklistItem> items = rolePlay.checklist();
        return items.stream().map(item -> new PracticeService.Mark(item.id(), item != items.get(items.size() - 1),
                item == items.get(items.size() - 1) ? "Next time, name the supervisor." : null)).toList();
    }

    private static void assertRefused(String messageKey, Executable action) {
        ActionRefused refused = assertThrows(ActionRefused.class, action);
        assertEquals(messageKey, refused.messageKey());
    }
}
