package org.alongside.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal over HTTP, as a browser without JavaScript would use it, for the test classes that
 * run as a client: one {@link HttpClient} per session (its own cookies), redirects not followed
 * so a test sees them, and the view state and CSP nonce a Faces form must send back.
 */
final class PortalHttp {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private PortalHttp() {
    }

    /** Where Arquillian deployed the portal, on loopback (Arquillian reports the machine's own address). */
    static String base(URL deployedAt) throws Exception {
        return new URL("http", "127.0.0.1", deployedAt.getPort(), deployedAt.getPath()).toString().replaceFirst("/$", "");
    }

    /** A new visitor: no cookies yet. */
    static HttpClient newSession() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new BrowserCookies()).build();
    }

    /**
     * Cookies sent back as a browser sends them, {@code name=value}. java.net's CookieManager takes
     * {@code JSESSIONIDVERSION} for an RFC 2965 cookie (it guesses so from "version=" in the header)
     * and sends it back quoted, after a {@code $Version="1"}. Payara 7 keeps the quotes as part of the
     * value, fails to read the session version ("Odd number of hexadecimal digits") and the request
     * loses its session; Payara 6 took the quotes off.
     */
    private static final class BrowserCookies extends CookieManager {

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            super.put(uri, responseHeaders);
            getCookieStore().getCookies().forEach(cookie -> cookie.setVersion(0));
        }
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

    /**
     * Opens {@code path} and submits its form {@code formId} with the button {@code button}, as a
     * browser without JavaScript would: every hidden field of the form as the page has it (the
     * view state among them), the nonce, and the {@code fields} given; returns the answer.
     */
    static HttpResponse<String> submit(HttpClient client, String base, String path, String formId, String button,
            Map<String, String> fields) throws Exception {
        String page = get(client, base + path).body();
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>",
                Pattern.DOTALL).matcher(page);
        assertTrue(form.find(), path + " has the form " + formId);
        StringBuilder body = new StringBuilder(encode(formId) + "=" + encode(formId) + "&" + encode(button) + "=");
        Matcher hidden = HIDDEN.matcher(form.group(2));
        while (hidden.find()) {
            body.append('&').append(encode(hidden.group(1))).append('=').append(encode(hidden.group(2).replace("&amp;", "&")));
        }
        fields.forEach((name, value) -> body.append('&').append(encode(name)).append('=').append(encode(value)));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            body.append("&primefaces.nonce=").append(encode(nonce.group(1)));
        }
        return post(client, URI.create(base + "/").resolve(form.group(1).replace("&amp;", "&")).toString(), body.toString(), false);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
