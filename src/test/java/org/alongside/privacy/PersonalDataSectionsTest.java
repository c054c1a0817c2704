package org.alongside.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.alongside.platform.Texts;
import org.alongside.privacy.PersonalDataSections.ForeignKey;
import org.alongside.privacy.PersonalDataSections.Kind;
import org.alongside.privacy.PersonalDataSections.Section;
import org.junit.jupiter.api.Test;

class PersonalDataSectionsTest {

    @Test
    void everySectionHasOneKeyANameOnTheReadablePageAndAQueryForOneAccount() {
        ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH);
        Set<String> keys = new HashSet<>();
        for (Section section : PersonalDataSections.all()) {
            assertThat(keys.add(section.key())).as("key %s is unique", section.key()).isTrue();
            assertThat(bundle.containsKey("myData.section." + section.key())).as("title of %s", section.key()).isTrue();
            assertThat(section.parameterCount()).as("%s reads one account", section.key()).isEqualTo(1);
            assertThat(section.covers()).allMatch(column -> column.matches("[a-z_]+\\.[a-z_]+"));
        }
    }

    @Test
    void noSectionReadsASecret() {
        for (Section section : PersonalDataSections.all()) {
            assertThat(section.sql()).doesNotContain("password_hash", "code_hash", "token_hash", "search_text");
        }
        assertThat(section("mail").sql()).doesNotContain("body");
    }

    @Test
    void unreleasedFeedbackIsNotExported() {
        assertThat(section("feedback").sql()).contains("released_at IS NOT NULL");
        assertThat(section("feedbackCriteria").sql()).contains("released_at IS NOT NULL");
    }

    @Test
    void aNewTableWithAKeyToAccountIsReportedAsUncovered() {
        List<ForeignKey> schema = List.of(new ForeignKey("submission", "account_id", "account"),
                new ForeignKey("wellbeing_note", "account_id", "ACCOUNT"));
        assertThat(PersonalDataSections.uncovered(schema)).containsExactly("wellbeing_note.account_id -> account");
    }

    @Test
    void aChildOfThePersonsOwnTableMustBeCoveredButAChildOfAMentionNeedNot() {
        List<ForeignKey> schema = List.of(new ForeignKey("check_answer", "attempt_id", "check_attempt"),
                new ForeignKey("check_note", "attempt_id", "check_attempt"),
                new ForeignKey("cohort_day", "cohort_id", "cohort"));
        assertThat(PersonalDataSections.uncovered(schema)).containsExactly("check_note.attempt_id -> check_attempt");
        assertThat(PersonalDataSections.ownTables()).contains("check_attempt", "submission", "grade", "supporter_profile")
                .doesNotContain("cohort", "support_request");
    }

    @Test
    void mentionsAreOnlyOfStaffWorkOnOtherPeoplesRecords() {
        assertThat(PersonalDataSections.all().stream().filter(section -> section.kind() == Kind.MENTION))
                .allMatch(section -> !section.single());
        assertThat(section("sessionsSupervised").sql()).doesNotContain("note", "reflection");
    }

    private static Section section(String key) {
        return PersonalDataSections.all().stream().filter(section -> section.key().equals(key)).findFirst().orElseThrow();
    }
}
