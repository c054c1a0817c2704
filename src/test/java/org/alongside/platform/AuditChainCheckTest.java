package org.alongside.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The check command reads the chain with plain JDBC and names the entry an edit broke. */
class AuditChainCheckTest {

    private Connection connection;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void aDatabaseWithAChainOfThree() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
        try (Statement schema = connection.createStatement()) {
            schema.execute("""
                    CREATE TABLE audit_entry (id BIGINT PRIMARY KEY, occurred_at TIMESTAMP NOT NULL, actor_id BIGINT,
                        subject_account_id BIGINT, action VARCHAR(40) NOT NULL, detail VARCHAR(1000) NOT NULL,
                        chain_position BIGINT, previous_hash CHAR(64), entry_hash CHAR(64))""");
            schema.execute("""
                    CREATE TABLE audit_chain (id INTEGER PRIMARY KEY, last_position BIGINT NOT NULL, last_hash CHAR(64) NOT NULL,
                        first_kept_position BIGINT NOT NULL, anchor_hash CHAR(64) NOT NULL)""");
        }
        String previous = AuditChain.GENESIS;
        Instant at = AuditChain.stored(Instant.parse("2026-12-01T10:00:00.123456789Z"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long position = 1; position <= 3; position++) {
                long id = 100 + position;
                String detail = "Entry " + position;
                String hash = AuditChain.hash(previous, position, id, at, 7L, position == 2 ? null : 9L, "test.action", detail);
                insert.setLong(1, id);
                insert.setTimestamp(2, Timestamp.from(at));
                insert.setLong(3, 7L);
                if (position == 2) {
                    insert.setNull(4, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(4, 9L);
                }
                insert.setString(5, "test.action");
                insert.setString(6, detail);
                insert.setLong(7, position);
                insert.setString(8, previous);
                insert.setString(9, hash);
                insert.executeUpdate();
                previous = hash;
            }
        }
        try (PreparedStatement head = connection.prepareStatement("INSERT INTO audit_chain VALUES (1, 3, ?, 1, ?)")) {
            head.setString(1, previous);
            head.setString(2, AuditChain.GENESIS);
            head.executeUpdate();
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aWholeChainIsReportedWhole() throws SQLException {
        assertThat(AuditChainCheck.check(connection, new PrintStream(printed, true, StandardCharsets.UTF_8))).isTrue();
        assertThat(output()).contains("The audit chain is whole: 3 entries");
    }

    @Test
    void anEditedEntryIsNamed() throws SQLException {
        try (Statement edit = connection.createStatement()) {
            edit.executeUpdate("UPDATE audit_entry SET detail = 'Nothing happened' WHERE id = 102");
        }

        assertThat(AuditChainCheck.check(connection, new PrintStream(printed, true, StandardCharsets.UTF_8))).isFalse();
        assertThat(output()).contains("broken at position 2", "entry 102");
    }
}
