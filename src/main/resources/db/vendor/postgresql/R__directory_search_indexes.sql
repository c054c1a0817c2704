-- Indexes for directory search that only PostgreSQL has, measured by benchmarks/directory-search.sh.
-- A repeatable script in PostgreSQL's own folder (see DatabaseMigrations): it never changes the
-- schema version, and H2 never sees it.
--
-- Free text is matched with LIKE '%word%', which no B-tree can serve; a trigram index can. The
-- pg_trgm extension ships with PostgreSQL but may be missing (a minimal install) or need rights
-- the portal's user lacks: then search still works, only slower, and a NOTICE says why.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
            BEGIN
                CREATE EXTENSION pg_trgm;
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE NOTICE 'Directory free-text search runs without a trigram index: this user may not create the pg_trgm extension (ask a superuser to run CREATE EXTENSION pg_trgm).';
            END;
        ELSE
            RAISE NOTICE 'Directory free-text search runs without a trigram index: the pg_trgm extension is not installed on this server.';
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE 'CREATE INDEX IF NOT EXISTS supporter_profile_search_trgm ON supporter_profile USING gin (search_text gin_trgm_ops)';
    END IF;
END
$$;

-- Every search checks each candidate against the listing rule (DirectorySql): a certificate in
-- force and a consent not withdrawn. These partial indexes answer both from the index alone.
CREATE INDEX IF NOT EXISTS certificate_in_force ON certificate (account_id, expires_on, issued_on) WHERE revoked_at IS NULL;
CREATE INDEX IF NOT EXISTS directory_consent_in_force ON directory_consent (id) WHERE withdrawn_at IS NULL;
-- Every search first looks through the first listed profiles in today's order (DirectorySql's
-- window). This index holds all it reads, in that order, so the look never touches the table.
-- Its entries stay under PostgreSQL's limit for one (about 2,700 bytes): the search text is cut to
-- 1,500 bytes (SupporterProfile.searchable), the facets are a few hundred, and long values are
-- compressed besides.
DROP INDEX IF EXISTS supporter_profile_directory_window;
CREATE INDEX supporter_profile_directory_window ON supporter_profile (directory_position, id)
    INCLUDE (account_id, consent_id, search_facets, search_text) WHERE published = TRUE AND paused = FALSE;
-- How many listed profiles a look went through is counted from this narrower one.
CREATE INDEX IF NOT EXISTS supporter_profile_listed_order ON supporter_profile (directory_position, id)
    WHERE published = TRUE AND paused = FALSE;
-- A search that finds few among many (a common word with rare filters) counts all its matches
-- (DirectorySearch). PostgreSQL answers its filters from this index of the shown facets: DirectorySql
-- repeats them, on PostgreSQL only, as string_to_array(search_facets, '|') @> …, which this index
-- serves and which matches exactly what its LIKEs match. It covers every profile, not only listed
-- ones, because PostgreSQL keeps statistics of an indexed expression only for a whole-table index,
-- and without them it guesses that any filter matches almost no one.
DROP INDEX IF EXISTS supporter_profile_facets;
CREATE INDEX supporter_profile_facets ON supporter_profile USING gin (string_to_array(search_facets, '|'));
-- A directory search reads at most a few thousand rows and must answer in milliseconds; starting
-- parallel workers for it costs more than it saves (measured by benchmarks/directory-search.sh).
ALTER TABLE supporter_profile SET (parallel_workers = 0);
-- Region is one of those facets now.
DROP INDEX IF EXISTS supporter_profile_region;
