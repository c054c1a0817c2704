package org.alongside.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.transaction.Transactional;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.alongside.platform.AuditTrail;

/**
 * Right of access: everything the portal holds about the signed-in person, as one JSON file or a
 * readable page. Only ever the caller's own data: there is no way to ask for someone else's.
 * Read with plain JDBC because the sections span every feature's tables
 * ({@link PersonalDataSections}) and the file must show the stored values as they are.
 */
@ApplicationScoped
@Transactional
public class PersonalDataExport {

    @Resource(lookup = "jdbc/alongside")
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The caller's data for the readable page; audited as an export. */
    public PersonalData forPage(long callerId) {
        PersonalData data = collect(callerId);
        audit.record(callerId, callerId, "data.exported", "readable page");
        return data;
    }

    /** The caller's data as the documented JSON file; audited as an export. */
    public String json(long callerId) {
        PersonalData data = collect(callerId);
        audit.record(callerId, callerId, "data.exported", "JSON file");
        return toJson(data);
    }

    /** What the portal holds about an account, without auditing (for the erasure review and tests). */
    public PersonalData collect(long accountId) {
        List<PersonalData.Part> parts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (PersonalDataSections.Section section : PersonalDataSections.all()) {
                parts.add(read(connection, section, accountId));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the personal data of account " + accountId, e);
        }
        return new PersonalData(accountId, clock.instant(), parts);
    }

    private static PersonalData.Part read(Connection connection, PersonalDataSections.Section section, long accountId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(section.sql())) {
            for (int i = 1; i <= section.parameterCount(); i++) {
                statement.setLong(i, accountId);
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    // H2 reports labels in upper case, PostgreSQL in lower case: the file uses the schema's lower case.
                    columns.add(meta.getColumnLabel(c).toLowerCase(Locale.ROOT));
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns.size(); c++) {
                        row.put(columns.get(c - 1), plain(rs.getObject(c)));
                    }
                    rows.add(row);
                }
                return new PersonalData.Part(section, List.copyOf(columns), rows);
            }
        }
    }

    /** Values as the file writes them: timestamps as UTC instants, dates as ISO dates, everything else as stored. */
    static Object plain(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.time.temporal.TemporalAccessor temporal) {
            return temporal.toString();
        }
        return value;
    }

    static String toJson(PersonalData data) {
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("format", PersonalData.FORMAT)
                .add("exportedAt", data.exportedAt().toString())
                .add("accountId", data.accountId());
        for (PersonalData.Part part : data.parts()) {
            if (part.section().single()) {
                if (part.isEmpty()) {
                    root.addNull(part.key());
                } else {
                    root.add(part.key(), object(part.rows().get(0)));
                }
            } else {
                JsonArrayBuilder rows = Json.createArrayBuilder();
                part.rows().forEach(row -> rows.add(object(row)));
                root.add(part.key(), rows);
            }
        }
        StringWriter out = new StringWriter();
        JsonWriterFactory writers = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter writer = writers.createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toString();
    }

    private static JsonObjectBuilder object(Map<String, Object> row) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        row.forEach((column, value) -> {
            if (value == null) {
                object.addNull(column);
            } else if (value instanceof Boolean flag) {
                object.add(column, flag);
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                object.add(column, ((Number) value).longValue());
            } else if (value instanceof BigDecimal number) {
                object.add(column, number);
            } else if (value instanceof Number number) {
                object.add(column, number.doubleValue());
            } else {
                object.add(column, value.toString());
            }
        });
        return object;
    }
}
