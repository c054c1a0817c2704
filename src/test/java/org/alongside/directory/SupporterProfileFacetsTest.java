package org.alongside.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.alongside.identity.Account;
import org.alongside.identity.Role;
import org.junit.jupiter.api.Test;

class SupporterProfileFacetsTest {

    private static final Instant NOW = Instant.parse("2031-05-01T10:00:00Z");
    private static final ProfileDetails DETAILS = new ProfileDetails("Tam", "they/them", "I like walking.", "North West England", 2,
            Set.of(), Set.of("Welsh", "British Sign Language"), EnumSet.of(SupportFormat.PHONE, SupportFormat.VIDEO),
            EnumSet.of(AvailabilitySlot.WEEKENDS));

    private final Account tam = new Account("tam@example.org", "Tam Jones", "hash", EnumSet.of(Role.TRAINEE), NOW);

    @Test
    void everyShownValueIsAWholeFacetInAFixedOrder() {
        SupporterProfile profile = new SupporterProfile(tam, DETAILS, EnumSet.allOf(ProfileField.class), NOW);

        assertThat(profile.getSearchFacets()).isEqualTo("|format:PHONE|format:VIDEO|language:British Sign Language"
                + "|language:Welsh|region:North West England|slot:WEEKENDS|");
    }

    @Test
    void aHiddenFieldLeavesNoFacetToBeFoundBy() {
        SupporterProfile profile = new SupporterProfile(tam, DETAILS, EnumSet.of(ProfileField.DISPLAY_NAME, ProfileField.FORMATS), NOW);

        assertThat(profile.getSearchFacets()).isEqualTo("|format:PHONE|format:VIDEO|");

        profile.update(DETAILS, EnumSet.of(ProfileField.DISPLAY_NAME), NOW);
        assertThat(profile.getSearchFacets()).as("nothing shown, nothing to filter on").isEmpty();
    }

    @Test
    void onlyAShownNameAndBioCanBeSearched() {
        SupporterProfile profile = new SupporterProfile(tam, DETAILS, EnumSet.of(ProfileField.DISPLAY_NAME), NOW);
        assertThat(profile.getSearchText()).isEqualTo(" tam");

        profile.update(DETAILS, EnumSet.of(ProfileField.BIO), NOW);
        assertThat(profile.getSearchText()).isEqualTo(" i like walking. walking");
    }

    @Test
    void aSeparatorInsideAValueCannotSplitIt() {
        assertThat(DirectoryFacets.language("Welsh|English")).isEqualTo("language:Welsh/English");
    }
}
