package org.alongside.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.alongside.identity.Role;
import org.alongside.learning.LearningCalendar;
import org.alongside.learning.LearningException;
import org.alongside.platform.Texts;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Formats;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where the reflection page's autosave sends the text (resources/js/reflection.js). It is not a
 * Faces request on purpose: it needs no view, so an expired view or a restarted server cannot
 * throw the words away; the script sends them again until the server has them. Only the signed-in
 * trainee's own draft is written, and the page says which account it belongs to, so words typed
 * before a sign-in as someone else never land in that other account.
 *
 * <p>Cross-site requests cannot reach it: the session cookie is SameSite=Lax, and a JSON body
 * cannot be sent from another site without a CORS preflight, which the portal never allows.
 */
@Path("drafts/reflection/{module}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReflectionDraftResource {

    /** What the page sends: its text, the draft version it last saw, whether to replace another tab's text, and whose words these are. */
    public static class DraftText {
        // Public fields, read by JSON-B: a plain bean binds the same on every JSON-B version.
        public String text;
        public long seenVersion = -1;
        public boolean overwrite;
        public long account;
    }

    /**
     * The answer: {@code state} is saved, conflict, refused or signedOut; {@code message} is
     * the sentence for the page when the words were not saved.
     */
    public record DraftAnswer(String state, long version, String savedAt, String otherText, long otherVersion, String message) {
    }

    @Inject
    ReflectionService reflections;

    @Inject
    LearningCalendar calendar;

    @Inject
    CurrentAccount current;

    @Inject
    Formats formats;

    /** An answer with its HTTP status, decided apart from JAX-RS so unit tests reach it. */
    record Reply(int status, DraftAnswer answer) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response save(@PathParam("module") String moduleId, DraftText draft) {
        Reply reply = reply(moduleId, draft);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(reply.status()).entity(reply.answer()).cacheControl(noStore).build();
    }

    Reply reply(String moduleId, DraftText draft) {
        if (!current.hasRole(Role.TRAINEE.name())) {
            return new Reply(401, new DraftAnswer("signedOut", 0, null, null, 0, text("drafts.signedOut")));
        }
        if (draft == null || current.id() != draft.account) {
            return new Reply(403, new DraftAnswer("refused", 0, null, null, 0, text("drafts.otherAccount")));
        }
        ReflectionService.DraftSave result;
        try {
            result = reflections.saveDraft(current.id(), moduleId, draft.text, draft.seenVersion, draft.overwrite, calendar.today());
        } catch (LearningException closed) {
            return new Reply(403, new DraftAnswer("refused", 0, null, null, 0, text("drafts.closed")));
        }
        if (result instanceof ReflectionService.Saved saved) {
            return new Reply(200, new DraftAnswer("saved", saved.version(), formats.time(saved.savedAt()), null, 0, null));
        }
        if (result instanceof ReflectionService.Conflict conflict) {
            return new Reply(409, new DraftAnswer("conflict", 0, null, conflict.otherText(), conflict.otherVersion(), text("drafts.conflict")));
        }
        ReflectionService.Refused refused = (ReflectionService.Refused) result;
        return new Reply(400, new DraftAnswer("refused", 0, null, null, 0, text(refused.messageKey(), Reflections.MAX_CHARACTERS)));
    }

    private static String text(String key, Object... arguments) {
        return Texts.get(Locale.ENGLISH, key, arguments);
    }
}
