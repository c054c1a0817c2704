package org.alongside.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alongside.identity.SecondFactorRule;
import org.apache.commons.codec.binary.Base32;

/**
 * The second step of signing in over HTTP, as a person with an authenticator app would take it:
 * after the password, the code page gets a code computed from the secret, and a person who must
 * set up a second factor first (the demo coordinator and administrator) sets it up on the page
 * they are sent to, reading the secret from it. The secrets stay here, in the test JVM, for the
 * whole run, so every test class signing in as the same person uses the same authenticator, and
 * each code is of a time step not used before (the portal refuses a code twice).
 */
final class SecondFactorClient {

    private static final Map<String, byte[]> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> RECOVERY_CODES = new ConcurrentHashMap<>();
    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<li><code>([0-9A-Z]{4}-[0-9A-Z]{4})</code></li>");

    private SecondFactorClient() {
    }

    /**
     * Finishes a sign-in whose password step answered {@code afterPassword} (a redirect): enters a
     * code on the code page, or sets up the second factor when the portal asks for it.
     */
    static void finish(HttpClient client, String base, HttpResponse<String> afterPassword, String email) throws Exception {
        assertEquals(302, afterPassword.statusCode(), email + ": the password is right");
        String location = afterPassword.headers().firstValue("Location").orElseThrow();
        if (location.contains("/sign-in-code.xhtml")) {
            HttpResponse<String> signedIn = enterCode(client, base, email, nextCode(email));
            assertEquals(302, signedIn.statusCode(), email + ": the code is right");
            return;
        }
        HttpResponse<String> landing = PortalHttp.get(client, URI.create(base).resolve(location).toString());
        if (landing.statusCode() == 302 && landing.headers().firstValue("Location").orElse("").contains("/account/second-factor.xhtml")) {
            enrol(client, base, email);
        }
    }

    /** Sets up the second factor on the setup page; keeps the secret and the recovery codes shown. */
    static HttpResponse<String> enrol(HttpClient client, String base, String email) throws Exception {
        String page = PortalHttp.get(client, base + "/account/second-factor.xhtml").body();
        Matcher secret = SECRET.matcher(page);
        assertTrue(secret.find(), "the setup page shows the secret typed out");
        SECRETS.put(email, new Base32().decode(secret.group(1).replace(" ", "")));
        LAST_STEP.remove(email);
        HttpResponse<String> done = PortalHttp.post(client, base + "/account/second-factor.xhtml",
                "setup=setup&setup%3Acode=" + nextCode(email) + "&setup%3Asubmit=&" + PortalHttp.formState(page), false);
        assertEquals(200, done.statusCode());
        List<String> codes = new ArrayList<>();
        Matcher code = RECOVERY_CODE.matcher(done.body());
        while (code.find()) {
            codes.add(code.group(1));
        }
        assertEquals(SecondFactorRule.RECOVERY_CODES, codes.size(), "the recovery codes are shown once: " + done.body());
        RECOVERY_CODES.put(email, codes);
        return done;
    }

    /** Posts a code (or a recovery code) on the code page. */
    static HttpResponse<String> enterCode(HttpClient client, String base, String email, String code) throws Exception {
        String page = PortalHttp.get(client, base + "/sign-in-code.xhtml").body();
        return PortalHttp.post(client, base + "/sign-in-code.xhtml",
                "code=code&code%3Avalue=" + PortalHttp.encode(code) + "&code%3Asubmit=&" + PortalHttp.formState(page), false);
    }

    /**
     * The authenticator's code for a time step after the last one used: this one or the next (the
     * portal accepts one step either side), waiting for the clock when both are used.
     */
    static synchronized String nextCode(String email) {
        byte[] secret = SECRETS.get(email);
        assertTrue(secret != null, email + " has a second factor set up in this run");
        while (true) {
            long now = SecondFactorRule.step(Instant.now());
            long step = Math.max(now, LAST_STEP.getOrDefault(email, Long.MIN_VALUE) + 1);
            if (step <= now + SecondFactorRule.WINDOW) {
                LAST_STEP.put(email, step);
                return SecondFactorRule.code(secret, step);
            }
            // Both usable steps are spent: wait for the very moment the clock makes the next one
            // acceptable (a wait on the clock's condition, re-checked above, not a fixed pause).
            long usableFrom = (step - SecondFactorRule.WINDOW) * SecondFactorRule.TIME_STEP.toMillis();
            LockSupport.parkUntil(usableFrom);
            if (Thread.interrupted()) {
                throw new IllegalStateException("Interrupted while waiting for the next time step");
            }
        }
    }

    /** Whether a second factor was set up for this person in this run (the browser saga keeps their sessions). */
    static boolean hasSecondFactor(String email) {
        return SECRETS.containsKey(email);
    }

    /** The secret a browser test read off the setup page (typed out, in groups). */
    static void remember(String email, String typedSecret) {
        SECRETS.put(email, new Base32().decode(typedSecret.replace(" ", "")));
        LAST_STEP.remove(email);
    }

    static Optional<List<String>> recoveryCodes(String email) {
        return Optional.ofNullable(RECOVERY_CODES.get(email));
    }

    /** After an administrator reset it: the next sign-in sets up a new one. */
    static void forget(String email) {
        SECRETS.remove(email);
        LAST_STEP.remove(email);
        RECOVERY_CODES.remove(email);
    }
}
