package org.alongside.it;

import org.alongside.platform.ActionRefused;
import static org.alongside.it.CertifiableTrainee.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alongside.certification.Certificate;
import org.alongside.certification.CertificateStatus;
import org.alongside.certification.CertificationService;
import org.alongside.certification.Eligibility;
import org.alongside.certification.PublicCertificate;
import org.alongside.platform.AuditEntry;
import org.alongside.platform.AuditTrail;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * Certification inside Payara Micro on H2 and on PostgreSQL: eligibility checked on the server
 * whatever the caller sends, unique verification codes, revocation seen at once, renewal, and a
 * trainer refused by the server. Trainees are built through the real services (see
 * {@link CertifiableTrainee}); every call is given the date it runs on.
 */
@SharedPortal
class CertificationPersistenceIT {

    @Inject
    CertifiableTrainee trainees;

    @Inject
    CertificationService certification;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @ArquillianResource
    URL deployedAt;

    @Test
    void certifyingIsRefusedUntilEveryRuleHoldsWhateverTheCallerSends() {
        CertifiableTrainee.People people = trainees.enrolled("Nell");
        assertRefused("certification.notEligible", () -> certification.certify(people.coordinator(), people.trainee(), "Ready", TODAY));

        trainees.completesTheCourse(people);
        trainees.attends(people, 2);
        trainees.isSupervised(people, 3, TODAY);
        Eligibility twoDays = certification.eligibility(people.trainee(), TODAY);
        assertEquals(List.of(true, false, true, false), twoDays.rules().stream().map(Eligibility.Rule::holds).toList());
        assertRefused("certification.notEligible", () -> certification.certify(people.coordinator(), people.trainee(), "Ready", TODAY));

        trainees.attends(people, 3);
        trainees.isObservedInPractice(people, 2);
        Eligibility twoRolePlays = certification.eligibility(people.trainee(), TODAY);
        assertEquals(List.of(true, true, true, false), twoRolePlays.rules().stream().map(Eligibility.Rule::holds).toList(),
                "3 of 4 days is the configured 75%; the course asks for 3 role plays signed off");
        assertEquals(Eligibility.Requirement.OBSERVED_PRACTICE, twoRolePlays.rules().get(3).requirement());
        assertRefused("certification.notEligible", () -> certification.certify(people.coordinator(), people.trainee(), "Ready", TODAY));

        trainees.isObservedInPractice(people, 3);
        assertTrue(certification.eligibility(people.trainee(), TODAY).eligible());
        assertRefused("certification.noteRequired", () -> certification.certify(people.coordinator(), people.trainee(), "  ", TODAY));
        assertRefused("certification.notCoordinator", () -> certification.certify(trainees.trainer(), people.trainee(), "Ready", TODAY));
        assertRefused("certification.notCoordinator", () -> certification.certify(people.trainee(), people.trainee(), "Ready", TODAY));
        assertTrue(certification.certificatesOf(people.trainee()).isEmpty());

        Certificate certificate = certification.certify(people.coordinator(), people.trainee(), "Safe, warm practice.", TODAY);
        assertEquals(TODAY, certificate.getIssuedOn());
        assertEquals(TODAY.plusMonths(24), certificate.getExpiresOn());
        assertEquals("Nell", certificate.getHolderName());
        assertRefused("certification.alreadyCertified",
                () -> certification.certify(people.coordinator(), people.trainee(), "Again", TODAY));
        assertEquals(1, certification.certificatesOf(people.trainee()).size());
    }

    @Test
    void supervisionOutsideThePeriodDoesNotCount() {
        CertifiableTrainee.People people = trainees.enrolled("Ola");
        trainees.completesTheCourse(people);
        trainees.attends(people, 4);
        trainees.isSupervised(people, 3, TODAY.minusMonths(7));

        Eligibility eligibility = certification.eligibility(people.trainee(), TODAY);

        assertFalse(eligibility.eligible());
        assertEquals(0, eligibility.rules().get(2).achieved());
    }

    @Test
    void verificationCodesAreUniqueAndTheDatabaseRefusesADuplicate() throws Exception {
        Set<String> codes = new HashSet<>();
        for (String name : List.of("Ana", "Bea", "Cal")) {
            CertifiableTrainee.People people = trainees.eligible(name);
            codes.add(certification.certify(people.coordinator(), people.trainee(), "Ready", TODAY).getVerificationCode());
        }
        assertEquals(3, codes.size());

        String[] two = codes.stream().limit(2).toArray(String[]::new);
        transaction.begin();
        try {
            assertThrows(Exception.class, () -> {
                em.createNativeQuery("UPDATE certificate SET verification_code = ?1 WHERE verification_code = ?2")
                        .setParameter(1, two[0]).setParameter(2, two[1]).executeUpdate();
                em.flush();
            });
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aRevocationIsVisibleToTheNextLookupAndKeptInTheHistory() {
        CertifiableTrainee.People people = trainees.eligible("Dev");
        Certificate certificate = certification.certify(people.coordinator(), people.trainee(), "Ready", TODAY);
        String printed = certificate.getDisplayCode();

        PublicCertificate valid = certification.verify(printed.toLowerCase(), TODAY).orElseThrow();
        assertEquals(CertificateStatus.VALID, valid.status());
        assertEquals("Dev", valid.holderName());
        assertEquals(CertificateStatus.EXPIRED, certification.verify(printed, TODAY.plusMonths(25)).orElseThrow().status());

        assertRefused("certification.reasonRequired", () -> certification.revoke(people.coordinator(), certificate.getId(), ""));
        certification.revoke(people.coordinator(), certificate.getId(), "Asked to step back.");

        PublicCertificate revoked = certification.verify(printed, TODAY).orElseThrow();
        assertEquals(CertificateStatus.REVOKED, revoked.status());
        assertRefused("certification.alreadyRevoked", () -> certification.revoke(people.coordinator(), certificate.getId(), "Again"));
        assertRefused("certification.revokedCannotRenew",
                () -> certification.renew(people.coordinator(), certificate.getId(), "Renew", TODAY.plusMonths(23)));
        List<String> history = audit.about(people.trainee()).stream().map(AuditEntry::getAction)
                .filter(action -> action.startsWith("certificate.")).toList();
        assertEquals(List.of("certificate.revoked", "certificate.issued"), history);
        assertTrue(audit.about(people.trainee()).stream().allMatch(entry -> entry.getActorId() != null));

        // The holder heard of both decisions, the withdrawal with its reason.
        List<String> subjects = em.createQuery("SELECT m.subject FROM OutboxMessage m WHERE m.accountId = :id ORDER BY m.id", String.class)
                .setParameter("id", people.trainee()).getResultList();
        assertTrue(subjects.containsAll(List.of("You are certified as a peer supporter (" + certificate.getCourseTitle() + ")",
                "Your peer supporter certificate has been withdrawn (" + certificate.getCourseTitle() + ")")), subjects.toString());
        assertTrue(em.createQuery("SELECT m.body FROM OutboxMessage m WHERE m.accountId = :id AND m.subject LIKE 'Your peer supporter certificate has been withdrawn%'",
                String.class).setParameter("id", people.trainee()).getSingleResult().contains("Asked to step back."));

        assertTrue(certification.verify("0000-0000-0000-0000-0000", TODAY).isEmpty());
        assertTrue(certification.verify("' OR 1=1 --", TODAY).isEmpty());
        assertTrue(certification.verify(null, TODAY).isEmpty());
    }

    @Test
    void theCertificatesListAndTheHistoryBringThePeopleTheyShowWithTheirRows() {
        CertifiableTrainee.People people = trainees.eligible("Lou");
        Certificate certificate = certification.certify(people.coordinator(), people.trainee(), "Ready", TODAY);
        certification.revoke(people.coordinator(), certificate.getId(), "Issued by mistake.");

        // Each row of these tables reads a person; a lazy reference left unloaded would cost one query per row.
        PersistenceUnitUtil loaded = em.getEntityManagerFactory().getPersistenceUnitUtil();
        List<Certificate> newest = certification.newestFirst(0, 20);
        assertTrue(newest.stream().anyMatch(listed -> listed.getId().equals(certificate.getId())));
        assertTrue(newest.stream().allMatch(listed -> loaded.isLoaded(listed, "account")));
        List<AuditEntry> history = audit.about(people.trainee());
        assertFalse(history.isEmpty());
        assertTrue(audit.lines(history).stream().allMatch(line -> line.actorName() != null), "names come from one query, not one per entry");
    }

    @Test
    void renewalOpensBeforeExpiryAndNeedsSupervisionInTheLatestPeriod() {
        CertifiableTrainee.People people = trainees.eligible("Eli");
        Certificate certificate = certification.certify(people.coordinator(), people.trainee(), "Ready", TODAY);
        java.time.LocalDate expiry = certificate.getExpiresOn();

        assertRefused("certification.renewalNotOpen",
                () -> certification.renew(people.coordinator(), certificate.getId(), "Renew", expiry.minusDays(61)));
        assertRefused("certification.renewalNotEligible",
                () -> certification.renew(people.coordinator(), certificate.getId(), "Renew", expiry.minusDays(30)));

        trainees.isSupervised(people, 3, expiry.minusDays(30));
        Certificate renewed = certification.renew(people.coordinator(), certificate.getId(), "Still supervised.", expiry.minusDays(30));

        assertEquals(expiry.plusMonths(24), renewed.getExpiresOn());
        assertEquals(expiry.minusDays(30), renewed.getRenewedOn());
        assertEquals(CertificateStatus.VALID, certification.verify(renewed.getVerificationCode(), expiry.plusDays(1)).orElseThrow().status());
    }

    @Test
    @RunAsClient
    void aTrainerIsRefusedByTheServerAndTheVerificationPageIsPublicPlainAndRateLimited() throws Exception {
        URL local = new URL("http", "127.0.0.1", deployedAt.getPort(), deployedAt.getPath());
        String base = local.toString().replaceFirst("/$", "");
        HttpClient client = PortalHttp.newSession();

        // The demo trainer signs in through the real form, then asks for coordinators' pages.
        String signInPage = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(signInPage);
        assertTrue(state.find());
        String form = "signin=signin&signin%3Aemail=trainer%40alongside.example&signin%3Apassword="
                + URLEncoder.encode(System.getenv().getOrDefault("PORTAL_DEMO_PASSWORD", "demo-password-for-tests"), StandardCharsets.UTF_8)
                + "&signin%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode());
        assertEquals(403, status(client, base + "/coordinator/trainee.xhtml?id=1"));
        assertEquals(403, status(client, base + "/coordinator/certificates.xhtml"));
        assertEquals(404, status(client, base + "/certificates/1.pdf"));

        HttpClient anonymous = HttpClient.newHttpClient();
        HttpResponse<String> unknown = anonymous.send(HttpRequest.newBuilder(URI.create(base + "/verify/ABCD-EFGH-JKMN-PQRS-TVWX")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("No certificate has this code."));
        assertEquals("no-store", unknown.headers().firstValue("Cache-Control").orElse(""));
        // 30 lookups a minute per address, counted from the address's first lookup. Another test's
        // lookups from this address may have opened a window that ends during this loop, so it can
        // span two windows: 70 lookups put at least 10 beyond 30 in one of them.
        int throttled = 0;
        for (int i = 0; i < 70; i++) {
            int code = status(anonymous, base + "/verify/0000-0000-0000-0000-" + (1000 + i));
            assertTrue(code == 404 || code == 429, "got " + code);
            throttled += code == 429 ? 1 : 0;
        }
        assertTrue(throttled >= 10, "lookups beyond 30 in a minute are refused, got " + throttled + " refused of 70");
    }

    private static int status(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void assertRefused(String messageKey, Runnable action) {
        ActionRefused refused = assertThrows(ActionRefused.class, action::run);
        assertEquals(messageKey, refused.messageKey());
    }
}
