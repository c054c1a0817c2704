package org.alongside.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 13.1: puts the audit entries written before V13 on the hash chain, oldest first,
 * and writes the chain's head. Java because the hashes must be exactly what {@link AuditChain}
 * computes. Runs before V13.2 makes the table append-only. Registered by {@code DatabaseMigrations}.
 */
public class AuditChainMigration extends VersionedJavaMigration {

    public AuditChainMigration() {
        super("13.1", "hash chain over existing audit entries");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long position = 0;
        String previous = AuditChain.GENESIS;
        try (Statement select = connection.createStatement();
                ResultSet entries = select.executeQuery("SELECT id, occurred_at, actor_id, subject_account_id, action, detail"
                        + " FROM audit_entry ORDER BY occurred_at, id");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE audit_entry SET chain_position = ?, previous_hash = ?, entry_hash = ? WHERE id = ?")) {
            while (entries.next()) {
                position++;
                long id = entries.getLong("id");
                Timestamp occurredAt = entries.getTimestamp("occurred_at");
                String hash = AuditChain.hash(previous, position, id, occurredAt.toInstant(), entries.getObject("actor_id", Long.class),
                        entries.getObject("subject_account_id", Long.class), entries.getString("action"), entries.getString("detail"));
                update.setLong(1, position);
                update.setString(2, previous);
                update.setString(3, hash);
                update.setLong(4, id);
                update.executeUpdate();
                previous = hash;
            }
        }
        try (PreparedStatement head = connection.prepareStatement("INSERT INTO audit_chain"
                + " (id, version, last_position, last_hash, first_kept_position, anchor_hash) VALUES (1, 0, ?, ?, 1, ?)")) {
            head.setLong(1, position);
            head.setString(2, previous);
            head.setString(3, AuditChain.GENESIS);
            head.executeUpdate();
        }
        try (Statement notNull = connection.createStatement()) {
            for (String column : new String[] {"chain_position", "previous_hash", "entry_hash"}) {
                notNull.execute("ALTER TABLE audit_entry ALTER COLUMN " + column + " SET NOT NULL");
            }
        }
    }
}
