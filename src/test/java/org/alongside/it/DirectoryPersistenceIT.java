package org.alongside.it;

import org.alongside.platform.ActionRefused;
import static org.alongside.it.CertifiableTrainee.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alongside.certification.Certificate;
import org.alongside.certification.CertificationService;
import org.alongside.directory.AvailabilitySlot;
import org.alongside.directory.DirectoryConsent;
import org.alongside.directory.DirectoryPage;
import org.alongside.directory.DirectoryQuery;
import org.alongside.directory.DirectorySearch;
import org.alongside.directory.DirectoryService;
import org.alongside.directory.LivedExperienceArea;
import org.alongside.directory.ProfileField;
import org.alongside.directory.ProfileInput;
import org.alongside.directory.ProfileStatus;
import org.alongside.directory.ProfilesForMatching;
import org.alongside.directory.PublicProfile;
import org.alongside.directory.SupportFormat;
import org.alongside.directory.SupporterProfile;
import org.alongside.identity.AccountService;
import org.alongside.learning.LearningCalendar;
import org.alongside.platform.AuditEntry;
import org.alongside.platform.AuditTrail;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * The directory inside Payara Micro on H2 and on PostgreSQL: the search and a supporter's page
 * never show anyone whose certificate expired or was revoked, who paused, unpublished or withdrew
 * consent (each case built through the real services), filters never match a hidden field, and
 * only certified supporters with a bio that passes the safe-sharing check can publish. Each test
 * searches for a word only its own supporters carry, so the tests do not see each other.
 */
@SharedPortal
class DirectoryPersistenceIT {

    @Inject
    CertifiableTrainee trainees;

    @Inject
    CertificationService certification;

    @Inject
    DirectoryService directory;

    @Inject
    DirectorySearch search;

    @Inject
    AuditTrail audit;

    @Inject
    ProfilesForMatching profiles;

    @Inject
    AccountService accounts;

    @Inject
    LearningCalendar calendar;

    @ArquillianResource
    URL deployedAt;

    private record Supporter(CertifiableTrainee.People people, Certificate certificate, long profileId, String word) {
    }

    /**
     * The supporter's own page with a flagged bio, as the server renders it: the words picked out
     * and the preview tell the same story as the refusal to publish, and on a phone a link after
     * the bio leads to the preview.
     */
    @Test
    void aFlaggedBioTellsOneStoryOnTheSupportersOwnPage() throws Exception {
        CertifiableTrainee.People people = trainees.eligible("Ria");
        Certificate certificate = certification.certify(people.coordinator(), people.trainee(), "Ready", TODAY);
        // Certified on the portal's own calendar, which the page goes by.
        profiles.validToday(certificate.getId());
        assertInstanceOf(DirectoryService.Saved.class, directory.save(people.trainee(),
                input("Ria " + word(), "When I was very unwell I weighed 45 kg."), calendar.today()));

        String base = PortalHttp.base(deployedAt);
        HttpClient client = PortalHttp.signedIn(base, accounts.find(people.trainee()).orElseThrow().getEmail(), CertifiableTrainee.PASSWORD);
        HttpResponse<String> answer = PortalHttp.get(client, base + "/trainee/directory-profile.xhtml");
        assertEquals(200, answer.statusCode());
        String page = answer.body();
        assertTrue(page.contains("id=\"flagged\"") && page.contains("safe-sharing-flag") && page.contains(">45 kg</mark>"), page);
        assertTrue(page.contains("so a profile cannot be published while its bio has them"), page);
        assertTrue(page.contains("id=\"previewFlagged\"") && page.contains("this profile cannot be published, so the public sees none of it"), page);
        assertFalse(page.contains("never shows"), "no second story that the directory shows the profile without the words");
        assertTrue(page.contains("id=\"toPreview\""), page);
    }

    @Test
    void onlyACertifiedConsentingUnpausedPublishedSupporterIsListed() {
        Supporter supporter = listed("Nell");
        assertListed(supporter, TODAY);

        // Expired: the day after the certificate's last day, whatever else holds.
        assertNotListed(supporter, supporter.certificate().getExpiresOn().plusDays(1));
        assertListed(supporter, supporter.certificate().getExpiresOn());
        // Not yet issued on a date before it.
        assertNotListed(supporter, TODAY.minusDays(1));

        directory.pause(supporter.people().trainee());
        assertNotListed(supporter, TODAY);
        assertEquals(ProfileStatus.PAUSED, status(supporter));
        directory.resume(supporter.people().trainee());
        assertListed(supporter, TODAY);

        directory.unpublish(supporter.people().trainee());
        assertNotListed(supporter, TODAY);
        assertEquals(ProfileStatus.NOT_PUBLISHED, status(supporter));
        directory.publish(supporter.people().trainee(), true, TODAY);
        assertListed(supporter, TODAY);

        certification.revoke(supporter.people().coordinator(), supporter.certificate().getId(), "Stepped back");
        assertNotListed(supporter, TODAY);
        assertRefused("directory.notCertified", () -> directory.publish(supporter.people().trainee(), true, TODAY));
        // Taking it down never needs a certificate.
        directory.withdrawConsent(supporter.people().trainee());
        assertEquals(ProfileStatus.CONSENT_WITHDRAWN, status(supporter));

        List<String> actions = audit.about(supporter.people().trainee()).stream().map(AuditEntry::getAction)
                .filter(action -> action.startsWith("directory.")).toList();
        assertTrue(actions.containsAll(List.of("directory.saved", "directory.consent-given", "directory.published", "directory.paused",
                "directory.resumed", "directory.unpublished", "directory.consent-withdrawn")), actions.toString());
    }

    @Test
    void lookingThroughTheFirstProfilesGivesTheSamePagesAsCountingEveryMatch() {
        String word = word();
        List<Long> ids = new ArrayList<>();
        for (String name : List.of("Ash", "Bo", "Cal", "Di", "Ed", "Fen", "Gil")) {
            ids.add(listed(name, word).profileId());
        }
        profiles.placeFirst(ids, TODAY);

        for (int page = 0; page <= 4; page++) {
            DirectoryQuery query = new DirectoryQuery(null, null, null, null, null, word, page, 2);
            DirectoryPage counted = search.search(query, TODAY, 0);
            assertTrue(counted.exact());
            assertEquals(7, counted.total());
            for (int window : new int[] {1, 3, 5, 7, 1_000_000}) {
                DirectoryPage looked = search.search(query, TODAY, window);
                String what = "page " + page + ", window " + window;
                assertEquals(ids(counted), ids(looked), what);
                assertEquals(counted.page(), looked.page(), what);
                if (looked.exact()) {
                    assertEquals(7, looked.total(), what);
                } else {
                    assertTrue(looked.total() > (looked.page() + 1) * 2L && looked.total() <= 7, what + ": " + looked.total());
                }
            }
        }
        assertEquals(ids.subList(0, 2), ids(search.search(new DirectoryQuery(null, null, null, null, null, word, 0, 2), TODAY, 0)),
                "today's order starts with the profiles placed first");
        DirectoryPage fromAFew = search.search(new DirectoryQuery(null, null, null, null, null, word, 1, 2), TODAY, 5);
        assertFalse(fromAFew.exact(), "five looked through hold the second page and one more");
        assertEquals(5, fromAFew.total());
        assertTrue(search.search(new DirectoryQuery(null, null, null, null, null, word, 1, 2), TODAY, 1_000_000).exact(),
                "everyone looked through gives the exact number");
    }

    @Test
    void textFindsTheBeginningsOfWordsAlikeWhenLookedThroughAndWhenCounted() {
        String word = word();
        CertifiableTrainee.People people = trainees.eligible("Niamh");
        certification.certify(people.coordinator(), people.trainee(), "Ready", TODAY);
        assertInstanceOf(DirectoryService.Saved.class, directory.save(people.trainee(), input("Niamh O'Brien-" + word,
                "Tea & <b>biscuits</b> at 50% off_lemon, back\\slash: companionship. \u0BA4\u0BAE\u0BBF\u0BB4\u0BCD"), TODAY));
        assertInstanceOf(DirectoryService.Published.class, directory.publish(people.trainee(), true, TODAY));

        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(word, 1);
        expected.put(word.substring(1), 0);
        expected.put("o'brien " + word.toUpperCase(java.util.Locale.ROOT), 1);
        expected.put("brien biscuits <b>biscuits</b> & 50% off_lemon lemon", 1);
        expected.put("brien-", 0);
        expected.put("off%lemon", 0);
        expected.put("back\\slash: slash companionship COMPANION \u0BA4\u0BAE\u0BBF", 1);
        expected.put("companionships", 0);
        expected.put("' OR 1=1 --", 0);
        expected.put(":* | ! <->", 0);
        expected.put("format:video", 0);
        for (Map.Entry<String, Integer> text : expected.entrySet()) {
            DirectoryQuery query = query(word + " " + text.getKey(), null, null, null, null, null);
            // A window of none counts every match (on PostgreSQL through its index of terms); a
            // window of everyone looks through all listed profiles in order.
            assertEquals((long) text.getValue(), search.search(query, TODAY, 0).total(), "counted: " + text.getKey());
            assertEquals((long) text.getValue(), search.search(query, TODAY, 1_000_000).total(), "looked through: " + text.getKey());
        }
    }

    @Test
    void withdrawingConsentRemovesTheListingAtTheVeryNextSearch() {
        Supporter supporter = listed("Ola");
        DirectoryConsent consent = directory.profileOf(supporter.people().trainee()).orElseThrow().getConsent();
        assertEquals("2026-11", consent.getWordingVersion());
        assertTrue(consent.isInForce());
        assertListed(supporter, TODAY);

        directory.withdrawConsent(supporter.people().trainee());

        assertNotListed(supporter, TODAY);
        SupporterProfile profile = directory.profileOf(supporter.people().trainee()).orElseThrow();
        assertFalse(profile.isPublished());
        assertNotNull(profile.getConsent().getWithdrawnAt());
        assertEquals(ProfileStatus.CONSENT_WITHDRAWN, ProfileStatus.of(profile));
        assertRefused("directory.noConsent", () -> directory.withdrawConsent(supporter.people().trainee()));

        // Publishing again asks for consent again and records a new one.
        assertRefused("directory.consentRequired", () -> directory.publish(supporter.people().trainee(), false, TODAY));
        directory.publish(supporter.people().trainee(), true, TODAY);
        assertListed(supporter, TODAY);
        assertTrue(directory.profileOf(supporter.people().trainee()).orElseThrow().getConsent().isInForce());
    }

    @Test
    void filtersAndTextNeverMatchAHiddenField() {
        String word = word();
        LivedExperienceArea area = directory.currentAreas().get(0);
        CertifiableTrainee.People people = trainees.eligible("Pat");
        certification.certify(people.coordinator(), people.trainee(), "Ready", TODAY);
        Set<ProfileField> nameOnly = EnumSet.of(ProfileField.DISPLAY_NAME);
        ProfileInput hidden = new ProfileInput("Pat " + word, "they/them", "Walks and talks, secret" + word, Set.of(area.getId()),
                Set.of("Welsh"), "Wales", EnumSet.of(SupportFormat.PHONE), EnumSet.of(AvailabilitySlot.WEEKENDS), 3, nameOnly);
        assertInstanceOf(DirectoryService.Saved.class, directory.save(people.trainee(), hidden, TODAY));
        directory.publish(people.trainee(), true, TODAY);

        assertEquals(1, find(query(word, null, null, null, null, null)).total());
        assertEquals(0, find(query(word, area.getId(), null, null, null, null)).total());
        assertEquals(0, find(query(word, null, SupportFormat.PHONE, null, null, null)).total());
        assertEquals(0, find(query(word, null, null, "Welsh", null, null)).total());
        assertEquals(0, find(query(word, null, null, null, "Wales", null)).total());
        assertEquals(0, find(query(word, null, null, null, null, AvailabilitySlot.WEEKENDS)).total());
        assertEquals(0, find(query("secret" + word, null, null, null, null, null)).total());
        PublicProfile shown = find(query(word, null, null, null, null, null)).profiles().get(0);
        assertNull(shown.bio());
        assertNull(shown.region());
        assertNull(shown.pronouns());
        assertTrue(shown.areas().isEmpty() && shown.languages().isEmpty() && shown.formats().isEmpty() && shown.availability().isEmpty());

        ProfileInput everything = new ProfileInput(hidden.displayName(), hidden.pronouns(), hidden.bio(), hidden.areaIds(), hidden.languages(),
                hidden.region(), hidden.formats(), hidden.availability(), 3, EnumSet.allOf(ProfileField.class));
        assertInstanceOf(DirectoryService.Saved.class, directory.save(people.trainee(), everything, TODAY));
        assertEquals(1, find(query(word, area.getId(), SupportFormat.PHONE, "Welsh", "Wales", AvailabilitySlot.WEEKENDS)).total());
        assertEquals(1, find(query("secret" + word, null, null, null, null, null)).total());
        assertEquals(0, find(query(word, null, SupportFormat.VIDEO, null, null, null)).total());
        // Wildcards and quotes are looked for as themselves.
        assertEquals(0, find(query(word + " %", null, null, null, null, null)).total());
        assertEquals(0, find(query(word + " ' OR 1=1 --", null, null, null, null, null)).total());
    }

    @Test
    void onlyTheCertifiedMayWriteOrPublishAndAFlaggedBioIsNeverListed() {
        CertifiableTrainee.People notYet = trainees.eligible("Quinn");
        ProfileInput input = input("Quinn " + word(), "A friendly ear.");
        assertRefused("directory.notCertified", () -> directory.save(notYet.trainee(), input, TODAY));
        assertRefused("directory.notCertified", () -> directory.publish(notYet.trainee(), true, TODAY));
        assertTrue(directory.profileOf(notYet.trainee()).isEmpty());

        String word = word();
        CertifiableTrainee.People people = trainees.eligible("Rui");
        certification.certify(people.coordinator(), people.trainee(), "Ready", TODAY);
        ProfileInput flagged = input("Rui " + word, "When I was very unwell I weighed 45 kg.");
        DirectoryService.Saved saved = assertInstanceOf(DirectoryService.Saved.class, directory.save(people.trainee(), flagged, TODAY));
        assertFalse(saved.bioFindings().isEmpty(), "an unpublished profile is saved, with the findings as a warning");
        DirectoryService.BioFlagged refused = assertInstanceOf(DirectoryService.BioFlagged.class,
                directory.publish(people.trainee(), true, TODAY));
        assertEquals("45 kg", refused.findings().get(0).matchedText());
        assertEquals(0, find(query(word, null, null, null, null, null)).total());

        ProfileInput fixed = input("Rui " + word, "When I was very unwell, a friend sat with me every evening.");
        assertInstanceOf(DirectoryService.Saved.class, directory.save(people.trainee(), fixed, TODAY));
        assertInstanceOf(DirectoryService.Published.class, directory.publish(people.trainee(), true, TODAY));
        assertEquals(1, find(query(word, null, null, null, null, null)).total());

        // Once listed, a flagged bio is not saved at all: the listing keeps the safe text.
        assertInstanceOf(DirectoryService.BioFlagged.class, directory.save(people.trainee(), flagged, TODAY));
        assertEquals(fixed.bio(), find(query(word, null, null, null, null, null)).profiles().get(0).bio());

        DirectoryService.Invalid invalid = assertInstanceOf(DirectoryService.Invalid.class, directory.save(people.trainee(),
                new ProfileInput(" ", null, null, Set.of(999_999L), Set.of("Klingon"), "Mars", Set.of(), Set.of(), 11, Set.of()), TODAY));
        assertEquals(List.of("displayName", "areas", "languages", "region", "capacity"),
                invalid.problems().stream().map(p -> p.field()).toList());
    }

    @Test
    void coordinatorsKeepTheAreasListWithoutDuplicatesOrLostUpdates() {
        CertifiableTrainee.People people = trainees.enrolled("Sol");
        String name = "Loneliness " + word();
        LivedExperienceArea area = directory.addArea(people.coordinator(), name);
        assertRefused("directory.area.duplicate", () -> directory.addArea(people.coordinator(), name.toUpperCase()));
        assertRefused("directory.notCoordinator", () -> directory.addArea(people.trainee(), "Other " + word()));
        assertRefused("directory.area.nameRequired", () -> directory.addArea(people.coordinator(), "  "));

        LivedExperienceArea renamed = directory.renameArea(people.coordinator(), area.getId(), area.getVersion(), name + " and isolation");
        assertRefused("directory.area.changed", () -> directory.retireArea(people.coordinator(), area.getId(), area.getVersion()));
        assertRefused("directory.area.duplicate", () -> directory.renameArea(people.coordinator(), area.getId(), renamed.getVersion(), "anxiety"));
        LivedExperienceArea retired = directory.retireArea(people.coordinator(), area.getId(), renamed.getVersion());
        assertTrue(directory.currentAreas().stream().noneMatch(a -> a.getId().equals(area.getId())));
        assertTrue(directory.allAreas().stream().anyMatch(a -> a.getId().equals(area.getId())));
        directory.restoreArea(people.coordinator(), area.getId(), retired.getVersion());
        assertTrue(directory.currentAreas().stream().anyMatch(a -> a.getId().equals(area.getId())));
    }

    @Test
    void thePublicPagesAnswerBadInputPlainlyAndAreNeverCached() throws Exception {
        String word = word();
        CertifiableTrainee.People people = trainees.eligible("Tia");
        certification.certify(people.coordinator(), people.trainee(), "Ready", TODAY);
        directory.save(people.trainee(), input("Tia " + word, "I listen."), TODAY);
        directory.publish(people.trainee(), true, TODAY);
        long id = directory.profileOf(people.trainee()).orElseThrow().getId();
        String base = deployedAt.toString().replaceFirst("/$", "");
        HttpClient client = HttpClient.newHttpClient();

        // The portal's own today is years before the test's 2031: the certificate is not issued yet, so the page is a 404.
        HttpResponse<String> page = get(client, base + "/directory/supporter.xhtml?id=" + id);
        assertEquals(404, page.statusCode());
        assertEquals(404, get(client, base + "/directory/supporter.xhtml?id=abc").statusCode());
        assertEquals(404, get(client, base + "/directory/supporter.xhtml?id=99999999999999999999999").statusCode());
        assertEquals(404, get(client, base + "/directory/supporter.xhtml").statusCode());

        HttpResponse<String> huge = get(client, base + "/directory?page=99999999999999999999&format=CARRIER_PIGEON&q="
                + URLEncoder.encode("%' OR 1=1 --", StandardCharsets.UTF_8));
        assertEquals(200, huge.statusCode());
        assertEquals("no-store", huge.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(huge.body().contains("is not a page number, so here is the first page."), huge.body());
        assertTrue(huge.body().contains("CARRIER_PIGEON"));
        assertTrue(huge.body().contains("No one matches this search right now."));
        HttpResponse<String> script = get(client, base + "/directory?q=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8)
                + "&region=" + URLEncoder.encode("<b>Mars</b>", StandardCharsets.UTF_8));
        assertEquals(200, script.statusCode());
        assertFalse(script.body().contains("<script>alert(1)"), "what was typed comes back as text only");
        assertFalse(script.body().contains("<b>Mars"));
        assertTrue(script.body().contains("&lt;b&gt;Mars&lt;/b&gt;"));
        HttpResponse<String> bare = get(client, base + "/directory");
        assertEquals(200, bare.statusCode());
        assertTrue(bare.body().contains("Find a peer supporter"));
        assertEquals("no-store", bare.headers().firstValue("Cache-Control").orElse(""));
    }

    private Supporter listed(String name) {
        return listed(name, word());
    }

    private Supporter listed(String name, String word) {
        CertifiableTrainee.People people = trainees.eligible(name);
        Certificate certificate = certification.certify(people.coordinator(), people.trainee(), "Ready", TODAY);
        assertInstanceOf(DirectoryService.Saved.class, directory.save(people.trainee(), input(name + " " + word, "I listen."), TODAY));
        assertInstanceOf(DirectoryService.Published.class, directory.publish(people.trainee(), true, TODAY));
        long profileId = directory.profileOf(people.trainee()).orElseThrow().getId();
        return new Supporter(people, certificate, profileId, word);
    }

    private void assertListed(Supporter supporter, java.time.LocalDate today) {
        DirectoryPage page = search.search(query(supporter.word(), null, null, null, null, null), today);
        assertEquals(1, page.total(), "listed on " + today);
        assertEquals(supporter.profileId(), page.profiles().get(0).id());
        assertTrue(search.listedProfile(supporter.profileId(), today).isPresent());
    }

    private void assertNotListed(Supporter supporter, java.time.LocalDate today) {
        assertEquals(0, search.search(query(supporter.word(), null, null, null, null, null), today).total(), "not listed on " + today);
        assertTrue(search.listedProfile(supporter.profileId(), today).isEmpty());
    }

    private static List<Long> ids(DirectoryPage page) {
        return page.profiles().stream().map(PublicProfile::id).toList();
    }

    private ProfileStatus status(Supporter supporter) {
        return ProfileStatus.of(directory.profileOf(supporter.people().trainee()).orElseThrow());
    }

    private DirectoryPage find(DirectoryQuery query) {
        return search.search(query, TODAY);
    }

    private static DirectoryQuery query(String text, Long areaId, SupportFormat format, String language, String region,
                                        AvailabilitySlot availability) {
        return new DirectoryQuery(areaId, format, language, region, availability, text, 0, 10);
    }

    private static ProfileInput input(String name, String bio) {
        return new ProfileInput(name, null, bio, Set.of(), Set.of("English"), "London", EnumSet.of(SupportFormat.VIDEO),
                EnumSet.of(AvailabilitySlot.WEEKDAY_EVENINGS), 2, EnumSet.allOf(ProfileField.class));
    }

    /** A word only this test's supporters carry. */
    private static String word() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(String messageKey, Runnable action) {
        ActionRefused refused = assertThrows(ActionRefused.class, action::run);
        assertEquals(messageKey, refused.messageKey());
    }
}
