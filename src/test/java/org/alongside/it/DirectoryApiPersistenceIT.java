package org.alongside.it;

import static org.alongside.it.CertifiableTrainee.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The directory's JSON API inside Payara Micro, on H2 and on PostgreSQL, asked over HTTP as any
 * website would. The first test builds two certified supporters in the container; the others are
 * clients. Both supporters' bios carry a word no one else uses, so searches for it see only them
 * whatever other tests left in the database.
 */
@SharedPortal
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryApiPersistenceIT {

    private static final String MARKER = "quillwort";
    private static final String API = "/api/v1/directory";

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

    /**
     * Rowan is listed and shows their name, bio, formats and languages, but not their pronouns,
     * region, areas or times. Sorrel shows everything but has withdrawn their consent.
     */
    @Test
    @Order(1)
    void twoCertifiedSupportersWriteProfiles() throws Exception {
        LocalDate today = calendar.today();
        long rowan = certifiedOnTheServersToday("Rowan", today);
        long sorrel = certifiedOnTheServersToday("Sorrel", today);
        long anxiety = directory.currentAreas().stream().filter(area -> area.getName().equals("Anxiety")).findFirst().orElseThrow().getId();

        publishes(rowan, new ProfileInput("Rowan", "they/them", "Gardening and a " + MARKER + " pond kept me going, and companionship."
                + " 50% off_lemon.",
                Set.of(anxiety), Set.of("Welsh"), "Wales", Set.of(SupportFormat.PHONE), Set.of(AvailabilitySlot.WEEKENDS), 2,
                EnumSet.of(ProfileField.DISPLAY_NAME, ProfileField.BIO, ProfileField.FORMATS, ProfileField.LANGUAGES)), today);
        publishes(sorrel, new ProfileInput("Sorrel", "she/her", "Walking by the " + MARKER + " marsh.", Set.of(anxiety), Set.of("English"),
                "Wales", Set.of(SupportFormat.PHONE), Set.of(AvailabilitySlot.WEEKENDS), 2, EnumSet.allOf(ProfileField.class)), today);
        directory.withdrawConsent(sorrel);
    }

    @Test
    @Order(2)
    @RunAsClient
    void onlyTheFieldsASupporterShowsAreInTheAnswer() throws Exception {
        assertEquals(1, total(API + "?q=" + MARKER), "Sorrel withdrew consent");
        String page = json(get(API + "?q=" + MARKER), 200);
        assertTrue(page.contains("\"page\":1,\"pageCount\":1,\"pageSize\":10,"), page);
        String rowan = only(page);
        assertTrue(rowan.contains("\"displayName\":\"Rowan\""), rowan);
        assertTrue(rowan.contains(MARKER + " pond"), rowan);
        assertTrue(rowan.contains("\"formats\":[\"PHONE\"]"), rowan);
        assertTrue(rowan.contains("\"languages\":[\"Welsh\"]"), rowan);
        // JSON-B leaves out what is null: a hidden field is simply not there, a hidden list is empty.
        assertFalse(rowan.contains("\"pronouns\""), rowan);
        assertFalse(rowan.contains("they/them"), rowan);
        assertFalse(rowan.contains("\"region\""), rowan);
        assertFalse(rowan.contains("Wales"), rowan);
        assertTrue(rowan.contains("\"areas\":[]"), rowan);
        assertTrue(rowan.contains("\"availability\":[]"), rowan);

        assertEquals(rowan, json(get(API + "/" + id(rowan)), 200));
    }

    @Test
    @Order(3)
    @RunAsClient
    void filteringOnAHiddenFieldFindsNothing() throws Exception {
        assertEquals(1, total(API + "?q=" + MARKER + "&format=PHONE&language=welsh"));
        assertEquals(0, total(API + "?q=" + MARKER + "&region=Wales"));
        assertEquals(0, total(API + "?q=" + MARKER + "&availability=WEEKENDS"));
        Matcher anxiety = Pattern.compile("\\{\"id\":(\\d+),\"name\":\"Anxiety\"}").matcher(json(get(API + "/filters"), 200));
        assertTrue(anxiety.find());
        assertEquals(0, total(API + "?q=" + MARKER + "&area=" + anxiety.group(1)));
        assertEquals(0, total(API + "?q=" + MARKER + "+they%2Fthem"), "hidden pronouns are not searched");
        assertEquals(0, total(API + "?q=sorrel+" + MARKER), "a withdrawn consent hides the name too");
    }

    @Test
    @Order(4)
    @RunAsClient
    void unknownFiltersAndSenselessPagesAreRefusedWithTheValuesUnderstood() throws Exception {
        String format = json(get(API + "?format=CARRIER_PIGEON"), 400);
        assertTrue(format.contains("\"allowed\":[\"IN_PERSON\",\"PHONE\",\"VIDEO\",\"TEXT\"]"), format);
        assertTrue(format.contains("\"parameter\":\"format\""), format);
        String language = json(get(API + "?language=Klingon"), 400);
        assertTrue(language.contains("\"parameter\":\"language\"") && language.contains("\"Welsh\""), language);
        assertTrue(json(get(API + "?area=999999"), 400).contains("\"parameter\":\"area\""));
        String region = json(get(API + "?region=%3Cscript%3E"), 400);
        assertTrue(region.contains("\"parameter\":\"region\"") && !region.contains("<script>"), region);
        for (String page : List.of("-1", "0", "abc", "1.5", "1000000000", "99999999999999999999")) {
            String refused = json(get(API + "?page=" + page), 400);
            assertTrue(refused.contains("\"parameter\":\"page\"") && refused.contains("1 to 999999999"), page + ": " + refused);
        }
        assertTrue(json(get(API + "?size=51"), 400).contains("\"parameter\":\"size\""));
    }

    @Test
    @Order(5)
    @RunAsClient
    void aPagePastTheEndGivesTheLastPage() throws Exception {
        String page = json(get(API + "?q=" + MARKER + "&page=999999999&size=1"), 200);

        assertTrue(page.contains("\"page\":1,\"pageCount\":1,\"pageSize\":1,"), page);
        assertTrue(only(page).contains("Rowan"), page);
    }

    @Test
    @Order(6)
    @RunAsClient
    void sqlAndWildcardsInTheTextAreSearchedForLiterally() throws Exception {
        assertEquals(0, total(API + "?q=" + encode("%' OR 1=1 --")));
        assertEquals(0, total(API + "?q=" + encode(MARKER + " off%lemon")), "% is not a wildcard");
        assertEquals(0, total(API + "?q=" + encode(MARKER + " 5_%")), "_ is not a wildcard");
        assertEquals(1, total(API + "?q=" + encode(MARKER + " 50% off_lemon")));
        assertEquals(0, total(API + "?q=" + encode(MARKER + " o'brien\\ & | ! :* <->")), "text search operators mean themselves");
    }

    @Test
    @Order(7)
    @RunAsClient
    void aWordIsFoundByItsBeginningWithOrWithoutThePunctuationAroundIt() throws Exception {
        assertEquals(1, total(API + "?q=" + encode(MARKER.substring(0, 6) + " LEMON pon")));
        assertEquals(1, total(API + "?q=" + encode(MARKER + " off_lemon. 50")));
        assertEquals(0, total(API + "?q=" + encode(MARKER.substring(2))), "not from the middle of a word");
        assertEquals(0, total(API + "?q=" + encode(MARKER + " emon")));
        assertEquals(1, total(API + "?q=" + encode(MARKER + " companionship")), "longer than the beginnings PostgreSQL indexes");
        assertEquals(0, total(API + "?q=" + encode(MARKER + " companionships")));
    }

    @Test
    @Order(8)
    @RunAsClient
    void noAnswerIsKeptInACacheAndUnlistedIdsAreNotFound() throws Exception {
        for (String path : List.of(API + "?q=" + MARKER, API + "?format=nope", API + "/999999999", API + "/abc", API + "/filters")) {
            HttpResponse<String> response = get(path);
            assertTrue(response.headers().allValues("Cache-Control").stream().anyMatch(value -> value.contains("no-store")),
                    path + ": " + response.headers().map());
        }
        assertEquals(404, get(API + "/999999999").statusCode());
        assertEquals(404, get(API + "/abc").statusCode());
        assertEquals(404, get(API + "/-1").statusCode());
    }

    @Test
    @Order(9)
    @RunAsClient
    void theApiIsDescribedInOpenApi() throws Exception {
        URL local = new URL("http", "127.0.0.1", deployedAt.getPort(), "/openapi");
        HttpResponse<String> openapi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(local.toURI()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/directory:"), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/directory/{id}:"));
        assertTrue(openapi.body().contains("FilterProblem"));
        assertTrue(openapi.body().contains("WEEKDAY_EVENINGS"));
    }

    /** Certified through the real services on the test calendar, then dated so the certificate is in force on the server's today. */
    private long certifiedOnTheServersToday(String name, LocalDate today) throws Exception {
        CertifiableTrainee.People people = trainees.eligible(name);
        certification.certify(people.coordinator(), people.trainee(), "Ready to support others.", TODAY);
        transaction.begin();
        em.createNativeQuery("UPDATE certificate SET issued_on = ?1, expires_on = ?2 WHERE account_id = ?3")
                .setParameter(1, today.minusDays(30)).setParameter(2, today.plusYears(2)).setParameter(3, people.trainee())
                .executeUpdate();
        transaction.commit();
        return people.trainee();
    }

    private void publishes(long account, ProfileInput input, LocalDate today) {
        assertTrue(directory.save(account, input, today) instanceof DirectoryService.Saved);
        assertTrue(directory.publish(account, true, today) instanceof DirectoryService.Published);
    }

    private HttpResponse<String> get(String path) throws Exception {
        URL local = new URL("http", "127.0.0.1", deployedAt.getPort(), deployedAt.getPath().replaceFirst("/$", "") + path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(local.toURI()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.uri().toString());
        return response.body();
    }

    private int total(String path) throws Exception {
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(json(get(path), 200));
        assertTrue(total.find(), path);
        return Integer.parseInt(total.group(1));
    }

    /** The one profile of a page (a profile holds no nested objects, so it ends at the first closing brace). */
    private static String only(String page) {
        Matcher profiles = Pattern.compile("\"profiles\":\\[(\\{[^}]*})]").matcher(page);
        assertTrue(profiles.find(), page);
        return profiles.group(1);
    }

    private static String id(String profile) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(profile);
        assertTrue(id.find(), profile);
        return id.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
