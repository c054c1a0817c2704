package org.alongside.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {

    private static final Set<Long> AREAS = Set.of(1L, 2L);
    private static final Set<String> LANGUAGES = Set.of("English", "Welsh");
    private static final Set<String> REGIONS = Set.of("Wales");

    private static ProfileInput input(String name, String bio, Set<Long> areas, String language, String region, Integer capacity) {
        return new ProfileInput(name, "she/her", bio, areas, language == null ? Set.of() : Set.of(language), region,
                EnumSet.of(SupportFormat.PHONE), EnumSet.of(AvailabilitySlot.WEEKENDS), capacity, EnumSet.allOf(ProfileField.class));
    }

    private static List<FieldProblem> check(ProfileInput input) {
        return ProfileRules.check(input, AREAS, LANGUAGES, REGIONS);
    }

    @Test
    void aCompleteProfileHasNoProblems() {
        assertThat(check(input("Sam", "I walk alongside people.", Set.of(2L), "Welsh", "Wales", 3))).isEmpty();
        assertThat(check(input("Sam", null, Set.of(), null, null, 1))).isEmpty();
        assertThat(check(input("Sam", null, Set.of(), null, "  ", 10))).isEmpty();
    }

    @Test
    void eachProblemNamesItsField() {
        List<FieldProblem> problems = check(input("  ", "x".repeat(SupporterProfile.BIO_MAX + 1), Set.of(9L), "Klingon", "Mars", null));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("displayName", "bio", "areas", "languages", "region", "capacity");
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("directory.error.displayNameRequired",
                "directory.error.bioTooLong", "directory.error.unknownChoice", "directory.error.unknownChoice",
                "directory.error.unknownChoice", "directory.error.capacityRequired");
        assertThat(problems.get(1).arguments()).containsExactly(SupporterProfile.BIO_MAX, SupporterProfile.BIO_MAX + 1);
    }

    @Test
    void capacityIsOneToTen() {
        assertThat(check(input("Sam", null, Set.of(), null, null, 0))).extracting(FieldProblem::messageKey)
                .containsExactly("directory.error.capacityRange");
        assertThat(check(input("Sam", null, Set.of(), null, null, 11))).extracting(FieldProblem::field).containsExactly("capacity");
    }

    @Test
    void aBioOfExactlyTheMaximumIsAccepted() {
        assertThat(check(input("Sam", "x".repeat(SupporterProfile.BIO_MAX), Set.of(), null, null, 2))).isEmpty();
    }

    @Test
    void longNamesAndPronounsAreRefused() {
        ProfileInput input = new ProfileInput("n".repeat(101), "p".repeat(41), null, Set.of(), Set.of(), null, Set.of(), Set.of(), 2, Set.of());
        assertThat(check(input)).extracting(FieldProblem::field).containsExactly("displayName", "pronouns");
    }
}
