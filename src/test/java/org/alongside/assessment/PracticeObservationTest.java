package org.alongside.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.alongside.course.Course;
import org.alongside.identity.Account;
import org.alongside.identity.Role;
import org.alongside.platform.ActionRefused;
import org.junit.jupiter.api.Test;

/** The rules of an observed role play: every item marked, sign-off only when every item was shown, and final. */
class PracticeObservationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final Course.Practice SAFETY_CHECK = new Course.Practice("a-safety-check", "A safety check", 3, 50, List.of("1.8"),
            "Someone says they feel hopeless.", "Ask directly.", "Share feelings only.", "Watch the questions.",
            List.of(new Course.ChecklistItem("asks-directly", "Asks directly about suicide", "1.8"),
                    new Course.ChecklistItem("agrees-next-steps", "Agrees next steps, including telling the supervisor", "1.8")));
    private static final Account TRAINER = new Account("trainer@example.org", "Tess Trainer", "hash", Set.of(Role.TRAINER), NOW);

    private static PracticeObservation observation() {
        return new PracticeObservation(new Account("sam@example.org", "Sam", "hash", Set.of(Role.TRAINEE), NOW), "peer-supporter",
                "a-safety-check");
    }

    @Test
    void aRecordKeepsEveryItemInTheChecklistsOrderWithTheObserversName() {
        PracticeObservation observation = observation();

        observation.record(SAFETY_CHECK, TRAINER, DAY, List.of(new ObservedItem("agrees-next-steps", false, "Try naming the supervisor."),
                new ObservedItem("asks-directly", true, "  Clear and calm.  ")), false, NOW);

        assertThat(observation.getItems()).extracting(ObservedItem::getItemId).containsExactly("asks-directly", "agrees-next-steps");
        assertThat(observation.item("asks-directly").orElseThrow().getComment()).isEqualTo("Clear and calm.");
        assertThat(observation.getShownCount()).isEqualTo(1);
        assertThat(observation.getObserverName()).isEqualTo("Tess Trainer");
        assertThat(observation.isSignedOff()).isFalse();
    }

    @Test
    void everyItemMustBeMarkedAndNoOthers() {
        assertThatThrownBy(() -> observation().record(SAFETY_CHECK, TRAINER, DAY,
                List.of(new ObservedItem("asks-directly", true, null)), false, NOW))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("practice.markEveryItem"));
        assertThatThrownBy(() -> observation().record(SAFETY_CHECK, TRAINER, DAY, List.of(new ObservedItem("asks-directly", true, null),
                new ObservedItem("made-up", true, null)), false, NOW))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("practice.markEveryItem"));
    }

    @Test
    void signingOffNeedsEveryItemShown() {
        assertThatThrownBy(() -> observation().record(SAFETY_CHECK, TRAINER, DAY, List.of(new ObservedItem("asks-directly", true, null),
                new ObservedItem("agrees-next-steps", false, null)), true, NOW))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("practice.signOffNeedsEveryItem"));
    }

    @Test
    void aSignedOffRecordIsFinal() {
        PracticeObservation observation = observation();
        List<ObservedItem> allShown = List.of(new ObservedItem("asks-directly", true, null), new ObservedItem("agrees-next-steps", true, null));
        observation.record(SAFETY_CHECK, TRAINER, DAY, allShown, true, NOW);

        assertThat(observation.isSignedOff()).isTrue();
        assertThatThrownBy(() -> observation.record(SAFETY_CHECK, TRAINER, DAY, allShown, false, NOW))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("practice.alreadySignedOff"));
    }

    @Test
    void theTraineesReflectionIsKeptTrimmedAndBlankClearsIt() {
        PracticeObservation observation = observation();

        observation.reflect("  I rushed the last question.  ", NOW);
        assertThat(observation.getReflection()).isEqualTo("I rushed the last question.");
        observation.reflect("   ", NOW);
        assertThat(observation.getReflection()).isNull();
        assertThatThrownBy(() -> observation.reflect("x".repeat(PracticeObservation.REFLECTION_MAX + 1), NOW))
                .isInstanceOf(ActionRefused.class);
    }
}
