package org.alongside.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2's half of "audit entries are append-only" (PostgreSQL has a PL/pgSQL trigger): installed by
 * db/vendor/h2/V13_2 on UPDATE and DELETE of audit_entry. UPDATE is always refused; DELETE only of
 * an entry below the chain's first_kept_position, which the retention job moves forward under the
 * chain's lock just before it deletes. H2 loads this class from the WAR through the thread's
 * context class loader. Written against the {@code org.h2.api.Trigger} of H2 2.x (Payara ships
 * 2.2.224), whose methods other than {@code init} and {@code fire} have defaults.
 */
public class AuditAppendOnlyTrigger implements Trigger {

    private int positionColumn = -1;
    private int type;

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        this.type = type;
        try (ResultSet columns = connection.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (columns.next()) {
                if ("chain_position".equals(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT))) {
                    positionColumn = columns.getInt("ORDINAL_POSITION") - 1;
                }
            }
        }
        if (positionColumn < 0) {
            throw new SQLException("audit_entry has no chain_position column");
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null && (type & DELETE) != 0 && belowKeptPart(connection, ((Number) oldRow[positionColumn]).longValue())) {
            return;
        }
        throw new SQLException("audit_entry is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "42501");
    }

    private static boolean belowKeptPart(Connection connection, long position) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT first_kept_position FROM audit_chain WHERE id = 1");
                ResultSet row = statement.executeQuery()) {
            return row.next() && position < row.getLong(1);
        }
    }
}
