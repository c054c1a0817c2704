package org.alongside.identity;


import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.alongside.platform.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Signing in again from a page whose session has ended, without leaving it (the reflection page's
 * small dialog, resources/js/reflection.js), so the words on the page are saved straight after.
 * The same steps as the sign-in form ({@link SignInView}): the throttle, a new session id before
 * any privilege, the portal's authentication mechanism, and an outage not counted as a wrong try.
 * An account with a second factor gets its code asked on the code page, which the dialog opens in
 * a new tab; the page with the words stays open and saves once that tab has signed the session in.
 */
@Path("session/sign-in-again")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SignInAgainResource {

    public static class Credentials {
        // Public fields, read by JSON-B: a plain bean binds the same on every JSON-B version.
        public String email;
        public String password;
    }

    /** {@code state}: signedIn, code (the code page must finish it), or refused with the message to show. */
    public record Answer(String state, String message) {
    }

    @Inject
    PasswordSignIn passwordSignIn;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response signIn(Credentials credentials) throws ServletException {
        if (credentials == null || credentials.email == null || credentials.password == null) {
            return answer("refused", text("signin.failed"));
        }
        PasswordSignIn.Result result = passwordSignIn.attempt(request, response, credentials.email, credentials.password);
        return switch (result.outcome()) {
            case SIGNED_IN -> answer("signedIn", null);
            case CODE_NEEDED -> answer("code", text("drafts.signIn.code"));
            case THROTTLED -> answer("refused", text("signin.throttled", result.waitMinutes()));
            case UNAVAILABLE -> answer("refused", text("signin.unavailable"));
            case REFUSED -> answer("refused", text("signin.failed"));
        };
    }

    private static String text(String key, Object... arguments) {
        return Texts.get(Locale.ENGLISH, key, arguments);
    }

    private static Response answer(String state, String message) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new Answer(state, message)).cacheControl(noStore).build();
    }
}
