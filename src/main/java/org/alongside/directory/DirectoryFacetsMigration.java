package org.alongside.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alongside.platform.VersionedJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 9.1: fills {@code search_facets} (added empty by V9) for profiles written before
 * it existed. It is Java rather than SQL because the value must be exactly what
 * {@link SupporterProfile} writes, and H2 and PostgreSQL have no string aggregation in common.
 * Registered with Flyway by {@code DatabaseMigrations}.
 */
public class DirectoryFacetsMigration extends VersionedJavaMigration {

    public DirectoryFacetsMigration() {
        super("9.1", "directory search facets of existing profiles");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<Long, List<String>> facets = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            collect(statement, "SELECT a.profile_id, a.area_id FROM supporter_area a JOIN supporter_profile p ON p.id = a.profile_id"
                    + " WHERE p.show_areas = TRUE", facets, row -> DirectoryFacets.area(row.getLong(2)));
            collect(statement, "SELECT f.profile_id, f.format FROM supporter_format f JOIN supporter_profile p ON p.id = f.profile_id"
                    + " WHERE p.show_formats = TRUE", facets, row -> DirectoryFacets.format(SupportFormat.valueOf(row.getString(2))));
            collect(statement, "SELECT l.profile_id, l.language FROM supporter_language l JOIN supporter_profile p ON p.id = l.profile_id"
                    + " WHERE p.show_languages = TRUE", facets, row -> DirectoryFacets.language(row.getString(2)));
            collect(statement, "SELECT id, region FROM supporter_profile WHERE show_region = TRUE AND region IS NOT NULL",
                    facets, row -> DirectoryFacets.region(row.getString(2)));
            collect(statement, "SELECT v.profile_id, v.slot FROM supporter_availability v JOIN supporter_profile p ON p.id = v.profile_id"
                    + " WHERE p.show_availability = TRUE", facets, row -> DirectoryFacets.slot(AvailabilitySlot.valueOf(row.getString(2))));
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE supporter_profile SET search_facets = ? WHERE id = ?")) {
            for (Map.Entry<Long, List<String>> profile : facets.entrySet()) {
                update.setString(1, DirectoryFacets.join(profile.getValue()));
                update.setLong(2, profile.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private interface Facet {
        String of(ResultSet row) throws SQLException;
    }

    private static void collect(Statement statement, String sql, Map<Long, List<String>> facets, Facet facet) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                facets.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(facet.of(rows));
            }
        }
    }
}
