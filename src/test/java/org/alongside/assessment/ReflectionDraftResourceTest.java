package org.alongside.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.alongside.identity.Account;
import org.alongside.identity.Role;
import org.alongside.learning.LearningCalendar;
import org.alongside.learning.LearningException;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Formats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The autosave's answers say only what is true: "saved" with the time only when the service
 * stored the text; an ended session, another account's words, a refusal and another tab's text
 * each come back as what they are, so the page never calls them saved.
 */
class ReflectionDraftResourceTest {

    private static final Instant SAVED = Instant.parse("2026-03-03T10:42:00Z");

    private final ReflectionDraftResource resource = new ReflectionDraftResource();
    private Account trainee;
    private ReflectionService.DraftSave outcome;
    private boolean trainer;

    @BeforeEach
    void wire() throws Exception {
        trainee = new Account("tam@example.org", "Tam", "hash", EnumSet.of(Role.TRAINEE), SAVED);
        Field id = Account.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(trainee, 7L);
        resource.current = new CurrentAccount() {
            @Override
            public boolean hasRole(String role) {
                return trainee != null && !trainer && "TRAINEE".equals(role);
            }

            @Override
            public long id() {
                return trainee.getId();
            }
        };
        resource.calendar = new LearningCalendar() {
            @Override
            public LocalDate today() {
                return LocalDate.of(2026, 3, 3);
            }
        };
        resource.reflections = new ReflectionService() {
            @Override
            public DraftSave saveDraft(long accountId, String moduleId, String text, long seenVersion, boolean overwrite, LocalDate today) {
                if (outcome == null) {
                    throw LearningException.notFound();
                }
                return outcome;
            }
        };
        Formats formats = new Formats();
        Field zone = Formats.class.getDeclaredField("timeZone");
        zone.setAccessible(true);
        zone.set(formats, "Europe/London");
        resource.formats = formats;
    }

    @Test
    void savedWordsComeBackWithTheirTimeAndVersion() {
        outcome = new ReflectionService.Saved(4, SAVED);
        ReflectionDraftResource.DraftAnswer answer = answerOf(resource.reply("m", draft(7)), 200);
        assertThat(answer.state()).isEqualTo("saved");
        assertThat(answer.savedAt()).isEqualTo("10:42");
        assertThat(answer.version()).isEqualTo(4);
    }

    @Test
    void anEndedSessionIsSaidSoAndNothingIsSaved() {
        trainee = null;
        outcome = new ReflectionService.Saved(4, SAVED);
        assertThat(answerOf(resource.reply("m", draft(7)), 401).state()).isEqualTo("signedOut");
    }

    @Test
    void wordsOfAnotherAccountAreNotSavedIntoThisOne() {
        outcome = new ReflectionService.Saved(4, SAVED);
        assertThat(answerOf(resource.reply("m", draft(8)), 403).message()).contains("another account");
        trainer = true;
        assertThat(answerOf(resource.reply("m", draft(7)), 401).state()).isEqualTo("signedOut");
    }

    @Test
    void aRefusalAndAnotherTabsTextAreNeverCalledSaved() {
        outcome = new ReflectionService.Refused("reflection.tooLong");
        ReflectionDraftResource.DraftAnswer refused = answerOf(resource.reply("m", draft(7)), 400);
        assertThat(refused.state()).isEqualTo("refused");
        assertThat(refused.message()).contains("longer than 20000 characters");
        assertThat(refused.savedAt()).isNull();

        outcome = new ReflectionService.Conflict("their text", 9, SAVED);
        ReflectionDraftResource.DraftAnswer conflict = answerOf(resource.reply("m", draft(7)), 409);
        assertThat(conflict.otherText()).isEqualTo("their text");
        assertThat(conflict.otherVersion()).isEqualTo(9);
        assertThat(conflict.savedAt()).isNull();

        outcome = null;
        assertThat(answerOf(resource.reply("m", draft(7)), 403).state()).isEqualTo("refused");
    }

    private static ReflectionDraftResource.DraftText draft(long account) {
        ReflectionDraftResource.DraftText draft = new ReflectionDraftResource.DraftText();
        draft.text = "Listening comes first";
        draft.seenVersion = 3;
        draft.account = account;
        return draft;
    }

    private static ReflectionDraftResource.DraftAnswer answerOf(ReflectionDraftResource.Reply reply, int status) {
        assertThat(reply.status()).isEqualTo(status);
        return reply.answer();
    }
}
