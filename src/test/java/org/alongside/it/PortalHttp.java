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
import java.util.ArrayList;
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
     * browser without JavaScript would, with the {@code fields} given; returns the answer.
     */
    static HttpResponse<String> submit(HttpClient client, String base, String path, String formId, String button,
            Map<String, String> fields) throws Exception {
        Form form = form(client, base, path, formId);
        fields.forEach(form::set);
        return form.submit(button);
    }

    /** Opens {@code path} and reads its form {@code formId}, ready to be filled in and submitted. */
    static Form form(HttpClient client, String base, String path, String formId) throws Exception {
        return new Form(client, base, get(client, base + path).body(), formId);
    }

    /**
     * One form of a page as a browser without JavaScript would send it: every hidden field as the
     * page has it (the view state among them), the nonce PrimeFaces checks, the fields set or
     * chosen, and the button pressed.
     */
    static final class Form {

        private final HttpClient client;
        private final String base;
        private final String page;
        private final String formId;
        private final String action;
        private final String html;
        private final List<Map.Entry<String, String>> fields = new ArrayList<>();

        private Form(HttpClient client, String base, String page, String formId) {
            this.client = client;
            this.base = base;
            this.page = page;
            this.formId = formId;
            Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>",
                    Pattern.DOTALL).matcher(page);
            assertTrue(form.find(), "the page has the form " + formId + ": " + title(page));
            this.action = form.group(1).replace("&amp;", "&");
            this.html = form.group(2);
            Matcher hidden = HIDDEN.matcher(html);
            while (hidden.find()) {
                set(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
            }
        }

        /** The whole page the form is on. */
        String page() {
            return page;
        }

        /** Sends {@code value} as the field {@code name} (a second call with the same name sends it twice, as checkboxes do). */
        Form set(String name, String value) {
            fields.add(Map.entry(name, value));
            return this;
        }

        /** Ticks the radio button or checkbox whose id is {@code inputId}: its name and value go with the form. */
        Form choose(String inputId) {
            Matcher input = Pattern.compile("<input[^>]*\\bid=\"" + Pattern.quote(inputId) + "\"[^>]*>").matcher(html);
            assertTrue(input.find(), formId + " has the input " + inputId);
            return set(attribute(input.group(), "name"), attribute(input.group(), "value"));
        }

        /** Chooses the option of the drop-down {@code selectId} whose text is {@code label}. */
        Form select(String selectId, String label) {
            Matcher select = Pattern.compile("<select[^>]*\\bid=\"" + Pattern.quote(selectId) + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                    .matcher(html);
            assertTrue(select.find(), formId + " has the drop-down " + selectId);
            Matcher option = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*>\\s*" + Pattern.quote(label) + "\\s*</option>")
                    .matcher(select.group(1));
            assertTrue(option.find(), selectId + " has the choice " + label);
            return set(attribute(select.group(), "name"), option.group(1));
        }

        /** Ticks every radio button or checkbox whose id matches {@code idPattern}; returns how many. */
        int chooseEvery(String idPattern) {
            Matcher ids = Pattern.compile("<input[^>]*\\bid=\"(" + idPattern + ")\"").matcher(html);
            int chosen = 0;
            while (ids.find()) {
                choose(ids.group(1));
                chosen++;
            }
            return chosen;
        }

        /** Submits the form with the button whose client id is {@code button}. */
        HttpResponse<String> submit(String button) throws Exception {
            StringBuilder body = new StringBuilder(encode(formId) + "=" + encode(formId) + "&" + encode(button) + "=");
            fields.forEach(field -> body.append('&').append(encode(field.getKey())).append('=').append(encode(field.getValue())));
            Matcher nonce = NONCE.matcher(page);
            if (nonce.find()) {
                body.append("&primefaces.nonce=").append(encode(nonce.group(1)));
            }
            return post(client, URI.create(base + "/").resolve(action).toString(), body.toString(), false);
        }

        private static String attribute(String tag, String name) {
            Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
            assertTrue(value.find(), tag + " has " + name);
            return value.group(1).replace("&amp;", "&");
        }
    }

    /** A page's title, to name it in a failed assertion. */
    static String title(String page) {
        return page.replaceAll("(?s).*<title>([^<]*)</title>.*", "$1");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
