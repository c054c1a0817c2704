package org.alongside.platform;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit chain check as a command, for an operator who trusts the database but not the portal:
 * {@code mvn -q compile exec:java@check-audit} with the portal's own {@code PORTAL_DB_URL},
 * {@code PORTAL_DB_USER} and {@code PORTAL_DB_PASSWORD} (default: the embedded H2 database in
 * {@code ~/.alongside}, which the portal locks while it runs). Reads the chain head and every kept
 * entry in order with plain JDBC and prints the first break, naming the entry, with exit status 1;
 * exit status 0 when the chain is whole, 2 when the database cannot be read. The same check runs
 * from the administrators' page.
 */
public final class AuditChainCheck {

    private static final String HEAD = """
            SELECT first_kept_position, anchor_hash, last_position, last_hash FROM audit_chain""";
    private static final String ENTRIES = """
            SELECT id, chain_position, occurred_at, actor_id, subject_account_id, action, detail, previous_hash, entry_hash
            FROM audit_entry WHERE chain_position >= ? ORDER BY chain_position""";

    private AuditChainCheck() {
    }

    public static void main(String[] args) {
        String url = env("PORTAL_DB_URL", "jdbc:h2:file:" + System.getProperty("user.home") + "/.alongside/db/alongside");
        try (Connection connection = DriverManager.getConnection(url, env("PORTAL_DB_USER", "alongside"),
                env("PORTAL_DB_PASSWORD", "alongside"))) {
            System.exit(check(connection, System.out) ? 0 : 1);
        } catch (SQLException e) {
            System.out.println("Cannot read the audit chain from " + url + ": " + e.getMessage());
            System.exit(2);
        }
    }

    /** Prints what it found; true when the chain is whole. */
    static boolean check(Connection connection, PrintStream out) throws SQLException {
        AuditChain.Ends ends;
        try (PreparedStatement head = connection.prepareStatement(HEAD); ResultSet row = head.executeQuery()) {
            if (!row.next()) {
                out.println("No audit chain head: the database has not been migrated to version 13.");
                return false;
            }
            ends = new AuditChain.Ends(row.getLong(1), row.getString(2).strip(), row.getLong(3), row.getString(4).strip());
        }
        List<AuditChain.Link> links = new ArrayList<>();
        try (PreparedStatement entries = connection.prepareStatement(ENTRIES)) {
            entries.setLong(1, ends.firstKeptPosition());
            try (ResultSet row = entries.executeQuery()) {
                while (row.next()) {
                    links.add(new AuditChain.Link(row.getLong(1), row.getLong(2), row.getTimestamp(3).toInstant(),
                            nullable(row, 4), nullable(row, 5), row.getString(6), row.getString(7), strip(row.getString(8)),
                            strip(row.getString(9))));
                }
            }
        }
        Optional<AuditChain.Break> broken = AuditChain.check(ends, links);
        if (broken.isPresent()) {
            AuditChain.Break at = broken.get();
            out.println("The audit chain is broken at position " + at.position()
                    + (at.entryId() == null ? "" : " (entry " + at.entryId() + ")") + ": " + at.reason());
            return false;
        }
        out.println("The audit chain is whole: " + links.size() + " entries from position " + ends.firstKeptPosition()
                + " to " + ends.lastPosition() + ", last hash " + ends.lastHash() + ".");
        return true;
    }

    private static Long nullable(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static String strip(String hash) {
        return hash == null ? null : hash.strip();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
