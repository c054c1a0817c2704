package org.alongside.platform;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema version written in Java because its values must be exactly what the application's own
 * code computes. Registered with Flyway by {@link DatabaseMigrations}; like an SQL migration it
 * runs once, in a transaction, and has no checksum to keep.
 */
public abstract class VersionedJavaMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected VersionedJavaMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
