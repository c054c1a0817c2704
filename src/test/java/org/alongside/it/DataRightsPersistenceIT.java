package org.alongside.it;

import org.alongside.platform.ActionRefused;
import static org.alongside.it.CertifiableTrainee.PASSWORD;
import static org.alongside.it.CertifiableTrainee.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.alongside.assessment.ReflectionService;
import org.alongside.certification.Certificate;
import org.alongside.certification.CertificationService;
import org.alongside.identity.AccountService;
import org.alongside.identity.Role;
import org.alongside.privacy.ErasureRules;
import org.alongside.privacy.ErasureService;
import org.alongside.privacy.PersonalData;
import org.alongside.privacy.PersonalDataExport;
import org.alongside.privacy.PersonalDataSections;
import org.alongside.privacy.PersonalDataSections.ForeignKey;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * Download my data and erasure, inside Payara Micro on H2 and on PostgreSQL, checked against the
 * live schema: every foreign key to {@code account} (and into the person's own tables, such as
 * check_answer into check_attempt) must be covered by the export, and after an erasure no foreign
 * key column to {@code account} holds the erased id.
 */
@SharedPortal
class DataRightsPersistenceIT {

    private static final String MODULE = "values-and-principles";
    private static final String REFLECTION = "Sitting with someone in silence taught me that listening is enough.";

    @Inject
    CertifiableTrainee trainees;

    @Inject
    PersonalDataExport export;

    @Inject
    ErasureService erasure;

    @Inject
    ReflectionService reflections;

    @Inject
    CertificationService certification;

    @Inject
    AccountService accounts;

    @Resource(lookup = "jdbc/alongside")
    DataSource dataSource;

    @ArquillianResource
    URL deployedAt;

    @Test
    void theExportCoversEveryTableThatPointsAtAnAccount() throws Exception {
        List<ForeignKey> keys = foreignKeys();
        assertTrue(keys.stream().anyMatch(key -> key.column().equals("check_answer.attempt_id")), "the schema was read: " + keys);
        assertEquals(List.of(), PersonalDataSections.uncovered(keys),
                "tables pointing at an account (or at a person's own table) that download my data leaves out");

        Set<String> columns = columns();
        Set<String> stale = new TreeSet<>(PersonalDataSections.coveredColumns());
        stale.removeAll(columns);
        assertEquals(Set.of(), stale, "the export names columns the schema does not have");
    }

    @Test
    void aTraineesExportHoldsTheirReflectionAndNoSecret() {
        CertifiableTrainee.People people = trainees.enrolled("Ada");
        reflections.saveDraft(people.trainee(), MODULE, REFLECTION, -1, false, TODAY);
        reflections.submit(people.trainee(), MODULE, REFLECTION + " Version one.", false, TODAY);

        PersonalData data = export.collect(people.trainee());
        assertEquals(REFLECTION, data.part("reflectionDrafts").rows().get(0).get("body"));
        assertEquals(REFLECTION + " Version one.", data.part("submissions").rows().get(0).get("body"));
        assertEquals("Ada", data.part("account").rows().get(0).get("display_name"));
        assertEquals(1, data.part("enrolments").rows().size());
        assertEquals(1, data.part("agreementAcknowledgements").rows().size());

        String json = export.json(people.trainee());
        assertTrue(json.contains(REFLECTION), json);
        assertTrue(json.contains("\"format\": \"" + PersonalData.FORMAT + "\"") || json.contains("\"format\":\"" + PersonalData.FORMAT + "\""), json);
        assertFalse(json.toLowerCase(Locale.ROOT).contains("password_hash"), json);
        assertTrue(export.collect(people.trainee()).part("auditEntries").rows().stream().anyMatch(row -> "data.exported".equals(row.get("action"))),
                "the export itself is audited");
    }

    @Test
    void anErasedTraineeLeavesNothingPointingAtTheirAccountAndTheirCertificateIsNoLongerAvailable() throws Exception {
        CertifiableTrainee.People people = trainees.eligible("Bea");
        reflections.saveDraft(people.trainee(), MODULE, REFLECTION, -1, false, TODAY);
        Certificate certificate = certification.certify(people.coordinator(), people.trainee(), "Ready to support others", TODAY);
        String email = accounts.find(people.trainee()).orElseThrow().getEmail();

        erasure.request(people.trainee(), "Moving on");
        long requestId = erasure.requestOf(people.trainee()).orElseThrow().getId();
        assertThrows(ActionRefused.class, () -> erasure.erase(people.trainee(), requestId), "nobody erases their own account");
        assertTrue(erasure.pending(people.coordinator()).stream().anyMatch(pending -> pending.requestId() == requestId));
        erasure.erase(people.coordinator(), requestId);

        assertTrue(accounts.find(people.trainee()).isEmpty());
        assertEquals(Map.of(), rowsStillPointingAt(people.trainee()));
        assertTrue(certification.verify(certificate.getVerificationCode(), TODAY).isEmpty());
        assertTrue(erasure.certificateErased(certificate.getVerificationCode()), "/verify says the certificate is no longer available");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE subject_account_id = ? AND action = 'account.erased'", people.trainee()),
                "the audit entry about the erasure stays, naming only the old account number");
        assertEquals(1, count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND account_id IS NULL", email),
                "only the last e-mail to the person is left");
        // The coordinator's own record of supervising Bea went with Bea; the coordinator is untouched.
        assertTrue(accounts.find(people.coordinator()).isPresent());
    }

    @Test
    void aDeclinedRequestKeepsTheAccountAndTellsThePersonWhy() throws Exception {
        CertifiableTrainee.People people = trainees.enrolled("Eve");
        String email = accounts.find(people.trainee()).orElseThrow().getEmail();
        erasure.request(people.trainee(), null);
        long requestId = erasure.requestOf(people.trainee()).orElseThrow().getId();
        assertTrue(erasure.pending(people.coordinator(), requestId).isPresent());
        long admin = accounts.create(CertifiableTrainee.unique("admin"), "Ari", PASSWORD, EnumSet.of(Role.ADMIN)).getId();
        assertTrue(erasure.pending(admin, requestId).isEmpty(), "an administrator decides staff requests, not trainees'");

        ActionRefused noReason = assertThrows(ActionRefused.class, () -> erasure.decline(people.coordinator(), requestId, "  "));
        assertEquals("erasure.declineReasonMissing", noReason.messageKey());
        assertThrows(ActionRefused.class, () -> erasure.decline(admin, requestId, "Not yours to decide"));
        erasure.decline(people.coordinator(), requestId, "A safeguarding review about your group is still open.");

        assertTrue(accounts.find(people.trainee()).isPresent());
        assertTrue(erasure.requestOf(people.trainee()).isEmpty(), "the person can ask again");
        assertEquals(1, count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND body LIKE ?", email,
                "%A safeguarding review about your group is still open.%Information Commissioner%"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE subject_account_id = ? AND action = 'account.erasureDeclined'", people.trainee()));
        assertEquals("erasure.gone", assertThrows(ActionRefused.class, () -> erasure.erase(people.coordinator(), requestId)).messageKey());
    }

    @Test
    void anAdministratorErasesASupervisorWhoseSessionsStayWithoutTheirName() throws Exception {
        CertifiableTrainee.People people = trainees.enrolled("Cal");
        trainees.isSupervised(people, 1, TODAY);
        long admin = accounts.create(CertifiableTrainee.unique("admin"), "Ari", PASSWORD, EnumSet.of(Role.ADMIN)).getId();

        erasure.request(people.coordinator(), null);
        long requestId = erasure.requestOf(people.coordinator()).orElseThrow().getId();
        long otherCoordinator = accounts.create(CertifiableTrainee.unique("coordinator"), "Dee", PASSWORD, EnumSet.of(Role.COORDINATOR)).getId();
        assertTrue(erasure.pending(otherCoordinator).stream().noneMatch(pending -> pending.requestId() == requestId),
                "a coordinator does not see a member of staff's request");
        assertThrows(ActionRefused.class, () -> erasure.erase(otherCoordinator, requestId));
        erasure.erase(admin, requestId);

        assertEquals(Map.of(), rowsStillPointingAt(people.coordinator()));
        PersonalData trainee = export.collect(people.trainee());
        List<Map<String, Object>> sessions = trainee.part("supervisionSessions").rows();
        assertEquals(1, sessions.size(), "the trainee keeps their supervision session");
        assertEquals(ErasureRules.ERASED_SUPERVISOR, sessions.get(0).get("supervisor_name"));
        assertEquals(1, trainee.part("enrolments").rows().size(), "the group the erased coordinator created stays");
    }

    @Test
    @RunAsClient
    void thePagesRenderForTheirPeopleAndTheFileDownloads() throws Exception {
        String base = new URL("http", "127.0.0.1", deployedAt.getPort(), deployedAt.getPath()).toString().replaceFirst("/$", "");
        HttpClient anonymous = HttpClient.newHttpClient();
        HttpResponse<String> privacy = get(anonymous, base + "/privacy.xhtml");
        assertEquals(200, privacy.statusCode());
        assertTrue(privacy.body().contains("How long"), "the default notice");
        assertTrue(get(anonymous, base + "/join.xhtml").body().contains("privacy.xhtml"), "the join form links the notice");

        HttpClient trainee = signedIn(base, "trainee@alongside.example");
        HttpResponse<String> page = get(trainee, base + "/account/my-data.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("my-data.json") && page.body().contains("What is kept, naming nobody"), page.body());
        assertTrue(page.body().contains("privacy.xhtml"), "every footer links the notice");
        HttpResponse<String> report = get(trainee, base + "/account/my-data-report.xhtml");
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("trainee@alongside.example"), report.body());
        HttpResponse<String> file = get(trainee, base + "/account/my-data.json");
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(file.body().contains(PersonalData.FORMAT) && file.body().contains("\"reflectionDrafts\""), file.body());
        assertEquals(403, get(trainee, base + "/account/erasure-requests.xhtml").statusCode());

        HttpClient coordinator = signedIn(base, "coordinator@alongside.example");
        HttpResponse<String> queue = get(coordinator, base + "/account/erasure-requests.xhtml");
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains("Erasure requests"), queue.body());
    }

    private static HttpClient signedIn(String base, String email) throws Exception {
        HttpClient client = PortalHttp.newSession();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(get(client, base + "/sign-in.xhtml").body());
        assertTrue(state.find());
        String form = "signin=signin&signin%3Aemail=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&signin%3Apassword="
                + URLEncoder.encode(System.getenv().getOrDefault("PORTAL_DEMO_PASSWORD", "demo-password-for-tests"), StandardCharsets.UTF_8)
                + "&signin%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        SecondFactorClient.finish(client, base, signedIn, email);
        return client;
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** For every foreign key column to account: how many rows still hold the id (only non-zero counts). */
    private Map<String, Long> rowsStillPointingAt(long accountId) throws Exception {
        Map<String, Long> left = new java.util.TreeMap<>();
        for (ForeignKey key : foreignKeys()) {
            if (key.referencedTable().equalsIgnoreCase("account")) {
                long rows = count("SELECT COUNT(*) FROM " + key.table() + " WHERE " + key.columnName() + " = ?", accountId);
                if (rows > 0) {
                    left.put(key.column(), rows);
                }
            }
        }
        long accountRows = count("SELECT COUNT(*) FROM account WHERE id = ?", accountId);
        if (accountRows > 0) {
            left.put("account.id", accountRows);
        }
        return left;
    }

    private long count(String sql, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Every foreign key in the portal's schema, as JDBC reports the imported keys of each table. */
    private List<ForeignKey> foreignKeys() throws Exception {
        List<ForeignKey> keys = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : tables(connection)) {
                try (ResultSet imported = meta.getImportedKeys(connection.getCatalog(), connection.getSchema(), table)) {
                    while (imported.next()) {
                        keys.add(new ForeignKey(imported.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT),
                                imported.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                                imported.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT)));
                    }
                }
            }
        }
        return keys;
    }

    private Set<String> columns() throws Exception {
        Set<String> columns = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (rs.next()) {
                columns.add((rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME")).toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    /** The schema's tables, named as the database stores them (upper case on H2, lower case on PostgreSQL). */
    private static List<String> tables(Connection connection) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }
}
