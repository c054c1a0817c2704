package org.alongside.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.alongside.directory.DirectoryFacetsMigration;
import org.alongside.directory.DirectoryWordsMigration;
import org.alongside.learning.ReflectionStageMigration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything else touches it. Flyway takes a lock in
 * the database, so several instances starting together on one PostgreSQL migrate only once.
 *
 * <p>The schema itself (db/migration) is the same on every database. What only one database can
 * do, such as PostgreSQL's trigram index for free-text search, lives in db/vendor/&lt;database&gt;
 * as repeatable scripts: they never change the schema version, and other databases never see
 * them. Flyway has no {vendor} placeholder of its own, so the folder is chosen here.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "jdbc/alongside")
    private DataSource dataSource;

    private volatile String schemaVersion;
    private volatile String vendor;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        vendor = readVendor();
        String vendorFolder = "db/vendor/" + vendor;
        if (DatabaseMigrations.class.getClassLoader().getResource(vendorFolder) != null) {
            locations.add("classpath:" + vendorFolder);
        }
        Flyway flyway = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .javaMigrations(new DirectoryFacetsMigration(), new DirectoryWordsMigration(), new AuditChainMigration(),
                        new ReflectionStageMigration())
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        schemaVersion = current == null ? "none" : current.getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, " + result.database + ")");
    }

    /** The database's folder name: "postgresql", "h2", … */
    private String readVendor() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }

    /** Which database this is, as its folder under db/vendor is named: "postgresql", "h2", … */
    public String vendor() {
        return vendor;
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
