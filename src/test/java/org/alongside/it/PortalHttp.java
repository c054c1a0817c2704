package org.alongside.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal over HTTP, as a browser without JavaScript would use it, for the test classes that
 * run as a client: one {@link HttpClient} per session (its own cookies), redirects not followed
 * so a test sees them, and the view state and CSP nonce a Faces form must send back.
 */
final class PortalHttp {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private PortalHttp() {
    }

    /** Where Arquillian deployed the portal, on loopback (Arquillian reports the machine's own address). */
    static String base(URL deployedAt) throws Exception {
        return new URL("http", "127.0.0.1", deployedAt.getPort(), deployedAt.getPath()).toString().replaceFirst("/$", "");
    }

    /** A new visitor: no cookies yet. */
    static HttpClient newSession() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();
    }

    static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post; {@code ajax} sends it as PrimeFaces' Ajax would. */
    static HttpRequest postRequest(String url, String form, boolean ajax) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return request.build();
    }

    static HttpResponse<String> post(HttpClient client, String url, String form, boolean ajax) throws Exception {
        return client.send(postRequest(url, form, ajax), HttpResponse.BodyHandlers.ofString());
    }

    /** A new visitor signed in through the form with a password alone (no second factor). */
    static HttpClient signedIn(String base, String email, String password) throws Exception {
        HttpClient client = newSession();
        String signInPage = get(client, base + "/sign-in.xhtml").body();
        post(client, base + "/sign-in.xhtml", signInForm(signInPage, email, password), false);
        return client;
    }

    /** The sign-in form of {@code page} filled in, ready to post. */
    static String signInForm(String page, String email, String password) {
        return "signin=signin&signin%3Aemail=" + encode(email) + "&signin%3Apassword=" + encode(password)
                + "&signin%3Asubmit=&" + formState(page);
    }

    /** The page's view state and the nonce PrimeFaces' script would send with the form (it checks it on a postback). */
    static String formState(String page) {
        Matcher state = VIEW_STATE.matcher(page);
        assertTrue(state.find(), "the page has a form");
        Matcher nonce = NONCE.matcher(page);
        return "jakarta.faces.ViewState=" + encode(state.group(1)) + (nonce.find() ? "&primefaces.nonce=" + encode(nonce.group(1)) : "");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
