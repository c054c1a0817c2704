package org.alongside.it;

import static org.alongside.it.CertifiableTrainee.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.alongside.certification.CertificationService;
import org.alongside.directory.AvailabilitySlot;
import org.alongside.directory.DirectoryService;
import org.alongside.directory.ProfileField;
import org.alongside.directory.ProfileInput;
import org.alongside.directory.SupportFormat;
import org.alongside.learning.LearningCalendar;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What anyone on the internet gets without signing in, asked over HTTP without cookies: the public
 * pages create no session, and every error answer has its own status and the portal's page (JSON
 * under /api), naming neither the server nor a version. The first test lists a certified supporter
 * with a certificate code the others know.
 */
@SharedPortal
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicPagesPersistenceIT {

    private static final String MARKER = "saxifrage";
    /** A well-formed verification code, set on the supporter's certificate so the client tests can check it. */
    private static final String CODE = "N0C00K1E5PAGE5TE5T00";
    /** What no answer may carry: the server's and its parts' names, and Payara's version. */
    private static final List<String> SERVER_NAMES = List.of("payara", "glassfish", "grizzly", "jersey", "mojarra",
            "eclipselink", "7.2025");

    @Inject
    CertifiableTrainee trainees;

    @Inject
    CertificationService certification;

    @Inject
    DirectoryService directory;

    @Inject
    LearningCalendar calendar;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @ArquillianResource
    URL deployedAt;

    @Test
    @Order(1)
    void aCertifiedSupporterIsListed() throws Exception {
        if (!em.createNativeQuery("SELECT id FROM certificate WHERE verification_code = ?1").setParameter(1, CODE)
                .getResultList().isEmpty()) {
            return; // listed by an earlier run against the same database
        }
        LocalDate today = calendar.today();
        CertifiableTrainee.People people = trainees.eligible("Saxon");
        certification.certify(people.coordinator(), people.trainee(), "Ready to support others.", TODAY);
        transaction.begin();
        em.createNativeQuery("UPDATE certificate SET issued_on = ?1, expires_on = ?2, verification_code = ?3 WHERE account_id = ?4")
                .setParameter(1, today.minusDays(30)).setParameter(2, today.plusYears(2)).setParameter(3, CODE)
                .setParameter(4, people.trainee()).executeUpdate();
        transaction.commit();
        ProfileInput profile = new ProfileInput("Saxon", "he/him", "A " + MARKER + " on the wall reminds me that things grow back.",
                Set.of(), Set.of("English"), "Wales", Set.of(SupportFormat.PHONE), Set.of(AvailabilitySlot.WEEKENDS), 2,
                EnumSet.allOf(ProfileField.class));
        assertTrue(directory.save(people.trainee(), profile, today) instanceof DirectoryService.Saved);
        assertTrue(directory.publish(people.trainee(), true, today) instanceof DirectoryService.Published);
    }

    @Test
    @Order(2)
    @RunAsClient
    void publicPagesWithoutFormsCreateNoSession() throws Exception {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(get("/api/v1/directory?q=" + MARKER).body());
        assertTrue(id.find(), "the supporter is listed");
        Map<String, String> pages = Map.of(
                "/directory", MARKER,
                "/directory?q=" + MARKER + "&format=PHONE&language=English", MARKER,
                "/directory/supporter.xhtml?id=" + id.group(1), MARKER,
                "/verify", "verify",
                "/verify/" + CODE.substring(0, 4) + "-" + CODE.substring(4, 8) + "-" + CODE.substring(8, 12) + "-"
                        + CODE.substring(12, 16) + "-" + CODE.substring(16), "Saxon",
                "/help.xhtml", "Samaritans",
                "/privacy.xhtml", "privacy",
                "/", "Alongside");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            HttpResponse<String> answer = get(page.getKey());
            assertEquals(200, answer.statusCode(), page.getKey());
            assertTrue(answer.body().contains(page.getValue()), page.getKey() + " shows " + page.getValue());
            assertFalse(answer.headers().firstValue("Set-Cookie").isPresent(),
                    page.getKey() + " sets " + answer.headers().firstValue("Set-Cookie").orElse(""));
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void pageErrorsHaveTheirStatusAndThePortalsPage() throws Exception {
        portalPage(get("/no-such-page"), 404, "We could not find that page");
        portalPage(get("/no-such-page.xhtml"), 404, "We could not find that page");
        portalPage(send("POST", "/directory", "q=x"), 405, "This page cannot be used that way");
        HttpResponse<String> put = send("PUT", "/help.xhtml", "x");
        portalPage(put, 405, "This page cannot be used that way");
        assertEquals("GET, HEAD, POST", put.headers().firstValue("Allow").orElse(""));
        portalPage(send("DELETE", "/verify/" + CODE, ""), 405, "This page cannot be used that way");
        portalPage(get("/error/not-found.xhtml"), 404, "We could not find that page");

        // The length alone decides: nothing of the body is read (none is sent).
        String tooLarge = raw("POST " + prefix() + "/sign-in.xhtml HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 3000000\r\nConnection: close\r\n\r\n");
        rawPortalPage(tooLarge, 413, "That was too much to send at once");
        String chunked = raw("POST " + prefix() + "/sign-in.xhtml HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\na=b\r\n0\r\n\r\n");
        rawPortalPage(chunked, 411, "This request could not be answered");

        // A form another site's page sent (its browser says so): refused before it is read, signed in or not.
        portalPage(send("POST", "/sign-in.xhtml", "signInForm=signInForm", "Sec-Fetch-Site", "cross-site"), 403,
                "This form came from another website");
        json(send("PUT", "/api/drafts/reflection/values-and-principles", "{}", "Sec-Fetch-Site", "cross-site"), 403, "\"status\":403");

        // A form sent from a page whose state is gone: the redirect leads to a page that says so, as a 400.
        HttpResponse<String> stale = send("POST", "/sign-in.xhtml", "jakarta.faces.ViewState=stale&signInForm=signInForm");
        assertEquals(302, stale.statusCode(), stale.body());
        String expired = stale.headers().firstValue("Location").orElseThrow();
        assertTrue(expired.endsWith("/error/expired.xhtml"), expired);
        portalPage(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(expired)).build(),
                HttpResponse.BodyHandlers.ofString()), 400, "This page timed out");
    }

    @Test
    @Order(4)
    @RunAsClient
    void apiErrorsAreJsonWithTheirStatus() throws Exception {
        json(get("/api/application.wadl"), 404, "\"status\":404");
        json(get("/api/v1/nothing"), 404, "\"status\":404");
        json(get("/api/v1/directory/999999999"), 404, "\"status\":404");
        HttpResponse<String> wrongMethod = send("POST", "/api/v1/directory", "{}");
        json(wrongMethod, 405, "\"status\":405");
        assertTrue(wrongMethod.headers().firstValue("Allow").orElse("").contains("GET"));
        json(send("DELETE", "/api/help/crisis-lines", ""), 405, "\"status\":405");
        json(get("/api/v1/directory?page=first"), 400, "\"parameter\":\"page\"");
        String tooLarge = raw("POST " + prefix() + "/api/v1/directory HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 3000000\r\nConnection: close\r\n\r\n");
        assertTrue(tooLarge.startsWith("HTTP/1.1 413 "), tooLarge);
        assertTrue(tooLarge.contains("\"status\":413"), tooLarge);
        namesNoServer(tooLarge);
    }

    @Test
    @Order(5)
    @RunAsClient
    void textIsCompressedAndTheStyleSheetsAddressChangesWithItsContentSoBrowsersKeepItAYear() throws Exception {
        // HTTP/1.1, as nginx talks to the portal: Payara 7 compresses nothing it sends over HTTP/2 (h2c).
        HttpResponse<byte[]> page = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(local("/help.xhtml"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(Optional.of("gzip"), page.headers().firstValue("Content-Encoding"), "the page is compressed");
        String html = new String(new GZIPInputStream(new ByteArrayInputStream(page.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertFalse(get("/help.xhtml").headers().firstValue("Content-Encoding").isPresent(), "never for a browser that did not ask");

        Matcher styleSheet = Pattern.compile("href=\"[^\"]*(/jakarta\\.faces\\.resource/css/portal\\.css\\.xhtml\\?v=[0-9a-f]{10})\"").matcher(html);
        assertTrue(styleSheet.find(), "the portal's style sheet has a content version: " + html);
        HttpResponse<String> css = get(styleSheet.group(1));
        assertEquals(200, css.statusCode());
        assertEquals(Optional.of("public, max-age=31536000, immutable"), css.headers().firstValue("Cache-Control"));
        assertTrue(css.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        assertFalse(css.headers().firstValue("Set-Cookie").isPresent());
    }

    private void portalPage(HttpResponse<String> answer, int status, String title) {
        assertEquals(status, answer.statusCode(), answer.uri() + ": " + answer.body());
        assertTrue(answer.body().contains("<title>" + title + " · Alongside</title>"), answer.uri() + ": " + answer.body());
        assertFalse(answer.headers().firstValue("Set-Cookie").isPresent(), answer.uri() + " sets a cookie");
        namesNoServer(answer.headers().map() + answer.body());
    }

    private static void rawPortalPage(String answer, int status, String title) {
        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), answer);
        assertTrue(answer.contains("<title>" + title + " · Alongside</title>"), answer);
        assertFalse(answer.toLowerCase(Locale.ROOT).contains("\nset-cookie:"), answer);
        namesNoServer(answer);
    }

    private static void json(HttpResponse<String> answer, int status, String part) {
        assertEquals(status, answer.statusCode(), answer.uri() + ": " + answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), answer.uri().toString());
        assertTrue(answer.body().contains(part), answer.uri() + ": " + answer.body());
        namesNoServer(answer.headers().map() + answer.body());
    }

    private static void namesNoServer(String answer) {
        String lower = answer.toLowerCase(Locale.ROOT);
        for (String name : SERVER_NAMES) {
            assertFalse(lower.contains(name), "names " + name + ": " + answer);
        }
        assertFalse(lower.contains("\nserver:") || lower.contains("server=["), "a Server header: " + answer);
        assertFalse(lower.contains("x-powered-by"), "an X-Powered-By header: " + answer);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(local(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the body, with the headers given as name and value after it. */
    private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(local(path))
                .header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request written by hand, for what HttpClient will not send (a length without its body, chunks); the whole answer. */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", deployedAt.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Read the one answer, not up to the end of the stream: the server may keep the connection
            // open to swallow the body it refused.
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            while (!complete(answer.toString(StandardCharsets.UTF_8))) {
                int next = in.read();
                if (next < 0) {
                    break;
                }
                answer.write(next);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static boolean complete(String answer) {
        int bodyStart = answer.indexOf("\r\n\r\n");
        if (bodyStart < 0) {
            return false;
        }
        String head = answer.substring(0, bodyStart).toLowerCase(Locale.ROOT);
        Matcher length = Pattern.compile("\ncontent-length: *(\\d+)").matcher(head);
        if (length.find()) {
            return answer.getBytes(StandardCharsets.UTF_8).length - bodyStart - 4 >= Integer.parseInt(length.group(1));
        }
        return !head.contains("\ntransfer-encoding: chunked") || answer.endsWith("\r\n0\r\n\r\n");
    }

    private URI local(String path) throws Exception {
        return new URL("http", "127.0.0.1", deployedAt.getPort(), prefix() + path).toURI();
    }

    /** Where the portal is deployed: its context root without the final slash. */
    private String prefix() {
        return deployedAt.getPath().replaceFirst("/$", "");
    }
}
