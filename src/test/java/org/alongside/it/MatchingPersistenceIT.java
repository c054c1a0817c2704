package org.alongside.it;

import org.alongside.platform.ActionRefused;
import static org.alongside.it.CertifiableTrainee.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alongside.certification.CertificationService;
import org.alongside.directory.ProfilesForMatching;
import org.alongside.directory.SupportFormat;
import org.alongside.identity.AccountService;
import org.alongside.identity.TraineeMenu;
import org.alongside.matching.MatchingService;
import org.alongside.matching.NotOffered;
import org.alongside.matching.RankedSupporter;
import org.alongside.matching.RequestDetails;
import org.alongside.matching.SupportOffer;
import org.alongside.matching.SupportOfferStatus;
import org.alongside.matching.SupportRequest;
import org.alongside.matching.SupportRequestStatus;
import org.alongside.platform.AuditTrail;
import org.alongside.platform.mail.OutboxMessage;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * Matching inside Payara Micro on H2 and on PostgreSQL: who may be offered a request (capacity,
 * pause, revocation, supervision), what declining, accepting and ending do, that a supporter acts
 * only on their own offers, and that the public request form is rate-limited per address.
 * Supporters are certified through the real services and given a listed profile.
 */
@SharedPortal
class MatchingPersistenceIT {

    private static final long BEREAVEMENT = 2L;
    private static final long PSYCHOSIS = 7L;

    @Inject
    CertifiableTrainee trainees;

    @Inject
    CertificationService certification;

    @Inject
    ProfilesForMatching profiles;

    @Inject
    MatchingService matching;

    @Inject
    AuditTrail audit;

    @Inject
    AccountService accounts;

    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL deployedAt;

    private record Supporter(long coordinator, long account, long profile, long certificate) {
    }

    /** A certified trainee with a listed profile, supervised up to {@link CertifiableTrainee#TODAY}. */
    private Supporter supporter(String name, int capacity, Set<Long> areas, Set<SupportFormat> formats, Set<String> languages, String region) {
        CertifiableTrainee.People people = trainees.eligible(name);
        long certificate = certification.certify(people.coordinator(), people.trainee(), "Ready", TODAY).getId();
        long profile = profiles.listed(people.trainee(), name, capacity, areas, formats, languages, region);
        return new Supporter(people.coordinator(), people.trainee(), profile, certificate);
    }

    private Supporter supporter(String name, int capacity) {
        return supporter(name, capacity, Set.of(), Set.of(), Set.of(), null);
    }

    private SupportRequest ask(Supporter from, String email, LocalDate today) {
        return matching.submit(from.profile(), new RequestDetails("Robin", email, SupportFormat.PHONE, "English", "Leeds", BEREAVEMENT,
                "Evenings suit me."), today);
    }

    private static String email() {
        return "robin-" + UUID.randomUUID() + "@example.org";
    }

    private List<Long> rankedProfiles(long coordinator, long requestId, LocalDate today) {
        return matching.ranked(coordinator, requestId, today).stream().map(r -> r.candidate().profileId()).toList();
    }

    /**
     * "My certificate", "Directory profile" and "People I support" appear in a trainee's menu only
     * once they apply, read in the one statement the sign-in mechanism makes at every request.
     */
    @Test
    void theTraineeMenuOffersCertificateProfileAndSupportOnlyOnceTheyApply() throws Exception {
        CertifiableTrainee.People people = trainees.eligible("Menu");
        assertEquals(TraineeMenu.NONE, menuOf(people.trainee()), "on the course: none of the three");
        String before = accountPage(people.trainee());
        assertFalse(before.contains("navMyCertificate") || before.contains("navDirectoryProfile") || before.contains("navSupportOffers"), before);

        long certificate = certification.certify(people.coordinator(), people.trainee(), "Ready", TODAY).getId();
        assertEquals(new TraineeMenu(true, false, false), menuOf(people.trainee()), "certified only from the issue date on");
        profiles.validToday(certificate);
        assertEquals(new TraineeMenu(true, true, false), menuOf(people.trainee()));
        String certified = accountPage(people.trainee());
        assertTrue(certified.contains("navMyCertificate") && certified.contains("navDirectoryProfile"), certified);
        assertFalse(certified.contains("navSupportOffers"), certified);

        certification.revoke(people.coordinator(), certificate, "Test of the menu");
        assertEquals(new TraineeMenu(true, false, false), menuOf(people.trainee()), "revoked: the certificate page says so; no profile to manage");

        // Certified for the test cohort's dates, not the portal's today: the profile alone keeps the directory link.
        Supporter listed = supporter("Menu listed", 2);
        SupportRequest request = ask(listed, email(), TODAY);
        matching.offer(listed.coordinator(), request.getId(), listed.profile(), TODAY);
        assertEquals(new TraineeMenu(true, true, true), menuOf(listed.account()));
        certification.revoke(listed.coordinator(), listed.certificate(), "Test of the menu");
        assertEquals(new TraineeMenu(true, true, true), menuOf(listed.account()), "a profile stays reachable to take it down");
        assertTrue(accountPage(listed.account()).contains("navSupportOffers"));
    }

    private TraineeMenu menuOf(long accountId) {
        return accounts.sessionState(accountId).orElseThrow().menu();
    }

    /** The account page as the person sees it, signed in through the form. */
    private String accountPage(long accountId) throws Exception {
        String base = PortalHttp.base(deployedAt);
        HttpClient client = PortalHttp.signedIn(base, emailOf(accountId), CertifiableTrainee.PASSWORD);
        HttpResponse<String> page = PortalHttp.get(client, base + "/account/password.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("signOutForm"), "signed in");
        return page.body();
    }

    @Test
    void aSupporterAtCapacityIsNotOfferedAndOfferingIsRefusedUntilAPlaceIsFree() {
        Supporter sam = supporter("Sam", 1);
        SupportRequest first = ask(sam, email(), TODAY);
        SupportRequest second = ask(sam, email(), TODAY);
        assertEquals(SupportRequestStatus.WAITING, first.getStatus());
        assertTrue(rankedProfiles(sam.coordinator(), first.getId(), TODAY).contains(sam.profile()));

        SupportOffer offer = matching.offer(sam.coordinator(), first.getId(), sam.profile(), TODAY);
        assertEquals(SupportOfferStatus.OFFERED, offer.getStatus());
        assertEquals(SupportRequestStatus.OFFERED, matching.request(sam.coordinator(), first.getId()).getStatus());

        // The offer holds Sam's only place: the second request cannot be put to Sam, even though it was sent from Sam's profile.
        assertFalse(rankedProfiles(sam.coordinator(), second.getId(), TODAY).contains(sam.profile()));
        assertEquals(NotOffered.AT_CAPACITY, matching.whyAskedForIsNotOffered(sam.coordinator(), second.getId(), TODAY).orElseThrow());
        assertRefused("matching.notOffered.AT_CAPACITY", () -> matching.offer(sam.coordinator(), second.getId(), sam.profile(), TODAY));
        assertRefused("matching.notWaiting", () -> matching.offer(sam.coordinator(), first.getId(), sam.profile(), TODAY));

        // Accepting keeps the place taken; ending the support frees it.
        matching.accept(sam.account(), offer.getId());
        assertRefused("matching.notOffered.AT_CAPACITY", () -> matching.offer(sam.coordinator(), second.getId(), sam.profile(), TODAY));
        matching.end(sam.account(), offer.getId());
        assertEquals(SupportRequestStatus.CLOSED, matching.request(sam.coordinator(), first.getId()).getStatus());
        assertEquals(SupportOfferStatus.OFFERED, matching.offer(sam.coordinator(), second.getId(), sam.profile(), TODAY).getStatus());
    }

    @Test
    void pausedRevokedAndSupervisionLapsedSupportersAreNeverOffered() {
        LocalDate later = TODAY.plusMonths(7);
        Supporter ready = supporter("Ready", 2);
        Supporter paused = supporter("Paused", 2);
        Supporter revoked = supporter("Revoked", 2);
        Supporter lapsed = supporter("Lapsed", 2);
        for (Supporter current : List.of(ready, paused, revoked)) {
            trainees.isSupervised(new CertifiableTrainee.People(current.coordinator(), current.account(), 0), 3, later);
        }
        profiles.pause(paused.profile());
        certification.revoke(revoked.coordinator(), revoked.certificate(), "Stepped back.");
        SupportRequest request = ask(ready, email(), later);

        List<Long> ranked = rankedProfiles(ready.coordinator(), request.getId(), later);

        assertTrue(ranked.contains(ready.profile()));
        assertFalse(ranked.contains(paused.profile()), "paused");
        assertFalse(ranked.contains(revoked.profile()), "revoked");
        assertFalse(ranked.contains(lapsed.profile()), "supervision lapsed");
        assertRefused("matching.notOffered.PAUSED", () -> matching.offer(ready.coordinator(), request.getId(), paused.profile(), later));
        assertRefused("matching.notOffered.NO_VALID_CERTIFICATE", () -> matching.offer(ready.coordinator(), request.getId(), revoked.profile(), later));
        assertRefused("matching.notOffered.SUPERVISION_NOT_CURRENT",
                () -> matching.offer(ready.coordinator(), request.getId(), lapsed.profile(), later));
        // Nor is a request taken from the form of a supporter who is no longer listed.
        assertRefused("matching.supporterNotListed", () -> ask(paused, email(), later));
        assertRefused("matching.supporterNotListed", () -> ask(revoked, email(), later));
    }

    @Test
    void theBestFitComesFirstWithWhyTheyFit() {
        Supporter asked = supporter("Asked", 3);
        Supporter sharesAll = supporter("Shares", 3, Set.of(BEREAVEMENT), Set.of(SupportFormat.PHONE), Set.of("English"), "Leeds");
        Supporter sharesArea = supporter("Area", 3, Set.of(BEREAVEMENT, PSYCHOSIS), Set.of(SupportFormat.TEXT), Set.of(), "York");
        SupportRequest request = ask(asked, email(), TODAY);

        List<RankedSupporter> ranked = matching.ranked(asked.coordinator(), request.getId(), TODAY);
        List<Long> order = ranked.stream().map(r -> r.candidate().profileId()).filter(id -> Set.of(asked.profile(), sharesAll.profile(),
                sharesArea.profile()).contains(id)).toList();

        assertEquals(List.of(asked.profile(), sharesAll.profile(), sharesArea.profile()), order);
        assertEquals(asked.profile(), ranked.get(0).candidate().profileId(), "the supporter asked for is first of all");
        RankedSupporter best = ranked.stream().filter(r -> r.candidate().profileId() == sharesAll.profile()).findFirst().orElseThrow();
        assertEquals(10, best.score());
        assertEquals(3, best.candidate().placesLeft());
    }

    @Test
    void decliningReturnsTheRequestToTheQueueAndAcceptingTellsOnlyTheRequesterByEmail() {
        Supporter ana = supporter("Ana", 2);
        Supporter bo = supporter("Bo", 2);
        String requester = email();
        SupportRequest request = ask(ana, requester, TODAY);
        long waitingBefore = matching.count(SupportRequestStatus.WAITING);

        SupportOffer toAna = matching.offer(ana.coordinator(), request.getId(), ana.profile(), TODAY);
        assertEquals(waitingBefore - 1, matching.count(SupportRequestStatus.WAITING));
        matching.decline(ana.account(), toAna.getId());
        assertEquals(SupportRequestStatus.WAITING, matching.request(ana.coordinator(), request.getId()).getStatus());
        assertEquals(waitingBefore, matching.count(SupportRequestStatus.WAITING));
        assertTrue(matching.withStatus(SupportRequestStatus.WAITING, 0, 10_000).stream().anyMatch(r -> r.getId().equals(request.getId())));
        assertFalse(rankedProfiles(ana.coordinator(), request.getId(), TODAY).contains(ana.profile()), "Ana said no already");
        assertRefused("matching.notOffered.DECLINED", () -> matching.offer(ana.coordinator(), request.getId(), ana.profile(), TODAY));
        assertRefused("matching.alreadyAnswered", () -> matching.accept(ana.account(), toAna.getId()));

        profiles.hideDisplayName(bo.profile());
        SupportOffer toBo = matching.offer(ana.coordinator(), request.getId(), bo.profile(), TODAY);
        matching.accept(bo.account(), toBo.getId());
        assertEquals(SupportRequestStatus.MATCHED, matching.request(ana.coordinator(), request.getId()).getStatus());

        List<OutboxMessage> toRequester = mailTo(requester);
        assertEquals(1, toRequester.size());
        assertEquals("A peer supporter has agreed to support you", toRequester.get(0).getSubject());
        String body = toRequester.get(0).getBody();
        assertTrue(body.contains("Hello Robin") && body.contains("a peer supporter has agreed"), body);
        assertFalse(body.contains("Bo") || body.contains("@example.org"), "Bo chose not to show a name: " + body);
        assertTrue(body.contains("Samaritans"), "the crisis lines come with it");
        // Nobody else's mail carries the requester's details.
        List<OutboxMessage> others = em.createQuery("SELECT m FROM OutboxMessage m WHERE m.recipient <> :r", OutboxMessage.class)
                .setParameter("r", requester).getResultList();
        assertTrue(others.stream().noneMatch(m -> m.getBody() != null && (m.getBody().contains(requester) || m.getBody().contains("Evenings suit"))));
        assertTrue(mailTo(emailOf(bo.account())).stream().anyMatch(m -> m.getSubject().equals("You have been offered someone to support")));

        assertEquals(List.of("support.accepted", "support.offered"), audit.about(bo.account()).stream().map(e -> e.getAction())
                .filter(action -> action.startsWith("support.")).toList());
        assertEquals(List.of("support.declined", "support.offered"), audit.about(ana.account()).stream().map(e -> e.getAction())
                .filter(action -> action.startsWith("support.")).toList());

        // Once the support ends and the retention period passes, the request, its offers and the mail to the requester are gone.
        matching.end(bo.account(), toBo.getId());
        List<OutboxMessage> toCoordinator = mailTo(emailOf(ana.coordinator()));
        assertTrue(toCoordinator.stream().anyMatch(m -> m.getSubject().equals("A supporter has ended a support")
                && m.getBody().contains("/coordinator/support-request.xhtml?id=" + request.getId())), "the coordinator who matched them hears");
        OutboxMessage ended = mailTo(requester).get(1);
        assertEquals("Your peer support has come to an end", ended.getSubject(), "the person supported has no account: they are told");
        assertTrue(ended.getBody().contains("/directory") && ended.getBody().contains("Samaritans"), ended.getBody());
        assertFalse(ended.getBody().contains("Bo"), "still no name the supporter chose not to show");
        matching.deleteExpired(Instant.now().plus(Duration.ofDays(91)));
        assertRefused("matching.notFound", () -> matching.request(ana.coordinator(), request.getId()));
        assertTrue(mailTo(requester).isEmpty());
        assertTrue(matching.offersFor(bo.account()).isEmpty());
    }

    @Test
    void aSupporterActsOnlyOnTheirOwnOffersAndOnlyCoordinatorsOffer() {
        Supporter cal = supporter("Cal", 2);
        Supporter dee = supporter("Dee", 2);
        SupportRequest request = ask(cal, email(), TODAY);

        assertRefused("matching.notCoordinator", () -> matching.offer(dee.account(), request.getId(), dee.profile(), TODAY));
        assertRefused("matching.notCoordinator", () -> matching.request(cal.account(), request.getId()));
        SupportOffer toCal = matching.offer(cal.coordinator(), request.getId(), cal.profile(), TODAY);

        assertRefused("matching.notFound", () -> matching.accept(dee.account(), toCal.getId()));
        assertRefused("matching.notFound", () -> matching.decline(dee.account(), toCal.getId()));
        assertRefused("matching.notFound", () -> matching.end(dee.account(), toCal.getId()));
        assertRefused("matching.notFound", () -> matching.accept(cal.coordinator(), toCal.getId()));
        assertRefused("matching.cannotEnd", () -> matching.end(cal.account(), toCal.getId()));
        assertTrue(matching.offersFor(dee.account()).isEmpty());
        assertEquals(SupportOfferStatus.OFFERED, matching.offersFor(cal.account()).get(0).getStatus());

        // A coordinator may withdraw an unanswered offer: the request is back in the queue and Cal's place is free.
        matching.end(cal.coordinator(), toCal.getId());
        assertEquals(SupportRequestStatus.WAITING, matching.request(cal.coordinator(), request.getId()).getStatus());
        assertRefused("matching.alreadyAnswered", () -> matching.accept(cal.account(), toCal.getId()));
        assertEquals(List.of("You have been offered someone to support", "An offer to you has been withdrawn"), supportMailTo(cal.account()));

        // A support under way that a coordinator ends is news to the supporter.
        SupportOffer again = matching.offer(cal.coordinator(), request.getId(), cal.profile(), TODAY);
        matching.accept(cal.account(), again.getId());
        matching.end(cal.coordinator(), again.getId());
        assertEquals(SupportRequestStatus.CLOSED, matching.request(cal.coordinator(), request.getId()).getStatus());
        assertEquals("A support you were giving has ended", supportMailTo(cal.account()).get(3));
    }

    @Test
    void closedRequestsAreDeletedAfterTheRetentionPeriodAndACoordinatorCanDeleteOneAtOnce() {
        Supporter eve = supporter("Eve", 2);
        SupportRequest closed = ask(eve, email(), TODAY);
        SupportRequest deleted = ask(eve, email(), TODAY);
        SupportRequest open = ask(eve, email(), TODAY);
        matching.offer(eve.coordinator(), deleted.getId(), eve.profile(), TODAY);
        matching.close(eve.coordinator(), closed.getId());
        assertRefused("matching.closeOnlyWaiting", () -> matching.close(eve.coordinator(), deleted.getId()));

        matching.delete(eve.coordinator(), deleted.getId());
        assertRefused("matching.notFound", () -> matching.request(eve.coordinator(), deleted.getId()));
        assertTrue(matching.offersFor(eve.account()).isEmpty(), "its offer went with it");

        matching.deleteExpired(Instant.now().plus(Duration.ofDays(89)));
        assertNotNull(matching.request(eve.coordinator(), closed.getId()));
        matching.deleteExpired(Instant.now().plus(Duration.ofDays(91)));
        assertRefused("matching.notFound", () -> matching.request(eve.coordinator(), closed.getId()));
        assertEquals(SupportRequestStatus.WAITING, matching.request(eve.coordinator(), open.getId()).getStatus());
    }

    @Test
    void thePublicFormSendsARequestAndIsRateLimitedPerAddress() throws Exception {
        Supporter fay = supporter("Fay", 2);
        profiles.validToday(fay.certificate());
        String base = new URL("http", "127.0.0.1", deployedAt.getPort(), deployedAt.getPath()).toString().replaceFirst("/$", "");
        HttpClient client = PortalHttp.newSession();
        String form = base + "/directory/request.xhtml?supporter=" + fay.profile();

        assertEquals(404, client.send(HttpRequest.newBuilder(URI.create(base + "/directory/request.xhtml?supporter=987654321")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        String requester = email();
        HttpResponse<String> sent = send(client, form, requester);
        // Redirect after POST: the answer to the post is the form's own address, which says "sent" once.
        assertEquals(302, sent.statusCode(), sent.body());
        URI sentPage = URI.create(form).resolve(sent.headers().firstValue("Location").orElseThrow());
        assertEquals(URI.create(form).getPath(), sentPage.getPath());
        assertTrue(sentPage.getQuery().contains("supporter=" + fay.profile()), sentPage.toString());
        String thanks = client.send(HttpRequest.newBuilder(sentPage).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(thanks.contains("Your request is with our coordinators."), thanks);
        String again = client.send(HttpRequest.newBuilder(sentPage).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertFalse(again.contains("Your request is with our coordinators."), "opened again, the address shows the form, not a second thank-you");
        SupportRequest stored = em.createQuery("SELECT r FROM SupportRequest r WHERE r.email = :e", SupportRequest.class)
                .setParameter("e", requester).getSingleResult();
        assertEquals("1", stored.getConsentVersion());
        assertEquals(fay.profile(), stored.getAskedProfile().getId());

        int throttled = 0;
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> flood = send(client, form, email());
            assertTrue(flood.statusCode() == 302 || flood.statusCode() == 429, "got " + flood.statusCode());
            if (flood.statusCode() == 302) {
                // As a browser does: the thank-you is shown by the next page the visitor opens.
                client.send(HttpRequest.newBuilder(URI.create(form).resolve(flood.headers().firstValue("Location").orElseThrow())).build(),
                        HttpResponse.BodyHandlers.discarding());
            } else {
                throttled++;
                assertTrue(flood.body().contains("Too many requests have come from your connection"), flood.body());
                assertTrue(flood.body().contains("value=\"Robin\""), "what was typed is kept");
            }
        }
        assertEquals(2, throttled, "5 an hour by default: the 6th and 7th are refused");
    }

    /** Opens the form and sends it with everything filled in, as a browser would (with the hidden fields: view state, CSP nonce). */
    private static HttpResponse<String> send(HttpClient client, String form, String email) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
        StringBuilder body = new StringBuilder("request%3AdisplayName=Robin&request%3Aemail=").append(URLEncoder.encode(email, StandardCharsets.UTF_8))
                .append("&request%3Aarea=&request%3Aformat=&request%3Alanguage=&request%3Aregion=&request%3Anote=&request%3Aconsent=on&request%3Asend=");
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(page);
        int found = 0;
        while (hidden.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
            if (name.find() && value.find()) {
                body.append('&').append(URLEncoder.encode(name.group(1), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8));
                found++;
            }
        }
        assertTrue(found > 0, page);
        // PrimeFaces' script adds the page's CSP nonce to a form it submits; the server checks it on the postback.
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
        assertTrue(nonce.find(), page);
        body.append("&primefaces.nonce=").append(URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(form)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The subjects of the mail about supporting someone, without the certification mail that came before. */
    private List<String> supportMailTo(long supporter) {
        return mailTo(emailOf(supporter)).stream().map(OutboxMessage::getSubject).filter(subject -> !subject.contains("certif")).toList();
    }

    private List<OutboxMessage> mailTo(String recipient) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.recipient = :r ORDER BY m.id", OutboxMessage.class)
                .setParameter("r", recipient).getResultList();
    }

    private String emailOf(long accountId) {
        return em.find(org.alongside.identity.Account.class, accountId).getEmail();
    }

    private static void assertRefused(String messageKey, Runnable action) {
        ActionRefused refused = assertThrows(ActionRefused.class, action::run);
        assertEquals(messageKey, refused.messageKey());
    }
}
