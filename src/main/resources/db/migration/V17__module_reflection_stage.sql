-- Where the latest version of a trainee's reflection sent to a trainer stands, kept with their
-- progress on the module (issue 19): home then reads it in the statement that reads the progress.
-- WITH_TRAINER, NEEDS_REVISION or ACCEPTED; empty until a version is sent. Rows for reflections
-- sent before this version are filled in by 17.1 (ReflectionStageMigration).
ALTER TABLE module_progress ADD COLUMN reflection_stage VARCHAR(16);
