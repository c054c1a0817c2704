package org.alongside.learning;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.alongside.platform.VersionedJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 17.1: fills in {@code module_progress.reflection_stage} from the reflections
 * sent before V17, the stage of each module's latest version, adding the progress row where a
 * trainee had sent a reflection but not yet tried the module's knowledge check. Java rather than
 * SQL because the new rows' ids come from a sequence, which H2 and PostgreSQL name differently.
 * Registered with Flyway by {@code DatabaseMigrations}.
 */
public class ReflectionStageMigration extends VersionedJavaMigration {

    private static final String LATEST_SENT = """
            FROM submission s
            WHERE s.attempt = (SELECT MAX(t.attempt) FROM submission t
                               WHERE t.account_id = s.account_id AND t.course_id = s.course_id AND t.module_id = s.module_id)""";

    public ReflectionStageMigration() {
        super("17.1", "reflection stage of modules from the reflections sent");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String nextId = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                ? "nextval('module_progress_seq')" : "NEXT VALUE FOR module_progress_seq";
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO module_progress (id, version, account_id, course_id, module_id, best_correct, best_question_count)
                    SELECT %s, 1, s.account_id, s.course_id, s.module_id, 0, 0
                    %s
                    AND NOT EXISTS (SELECT 1 FROM module_progress m
                                    WHERE m.account_id = s.account_id AND m.course_id = s.course_id AND m.module_id = s.module_id)"""
                    .formatted(nextId, LATEST_SENT));
            // As ModuleProgress keeps it: an accepted reflection stays accepted.
            statement.executeUpdate("""
                    UPDATE module_progress SET reflection_stage = CASE
                        WHEN reflection_accepted_at IS NOT NULL THEN 'ACCEPTED'
                        ELSE (SELECT CASE s.status WHEN 'SUBMITTED' THEN 'WITH_TRAINER' ELSE s.status END
                              %s
                              AND s.account_id = module_progress.account_id AND s.course_id = module_progress.course_id
                              AND s.module_id = module_progress.module_id)
                    END""".formatted(LATEST_SENT));
        }
    }
}
