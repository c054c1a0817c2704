package org.alongside.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.alongside.platform.VersionedJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 10.1: rewrites {@code search_text} of profiles written before V10 as the words
 * {@link DirectoryWords} makes of their shown name and bio. It is Java rather than SQL because the
 * value must be exactly what {@link SupporterProfile} writes. Registered with Flyway by
 * {@code DatabaseMigrations}.
 */
public class DirectoryWordsMigration extends VersionedJavaMigration {

    private static final int BATCH = 500;

    public DirectoryWordsMigration() {
        super("10.1", "directory search words of existing profiles");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet profiles = select.executeQuery("SELECT id, display_name, show_display_name, bio, show_bio FROM supporter_profile");
                PreparedStatement update = connection.prepareStatement("UPDATE supporter_profile SET search_text = ? WHERE id = ?")) {
            int pending = 0;
            while (profiles.next()) {
                update.setString(1, DirectoryWords.of(profiles.getBoolean("show_display_name") ? profiles.getString("display_name") : null,
                        profiles.getBoolean("show_bio") ? profiles.getString("bio") : null));
                update.setLong(2, profiles.getLong("id"));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
    }
}
