-- Indexes for directory search that only PostgreSQL has, measured by benchmarks/directory-search.sh.
-- A repeatable script in PostgreSQL's own folder (see DatabaseMigrations): it never changes the
-- schema version, and H2 never sees it.
--
-- Free text once had a trigram index (pg_trgm); the index of words below replaced it. The extension,
-- if it was created, is left: other databases on the server may use it.
DROP INDEX IF EXISTS supporter_profile_search_trgm;

-- Every search checks each candidate against the listing rule (DirectorySql): a certificate in
-- force and a consent not withdrawn. These partial indexes answer both from the index alone.
CREATE INDEX IF NOT EXISTS certificate_in_force ON certificate (account_id, expires_on, issued_on) WHERE revoked_at IS NULL;
CREATE INDEX IF NOT EXISTS directory_consent_in_force ON directory_consent (id) WHERE withdrawn_at IS NULL;
-- Every search first looks through the first listed profiles in today's order (DirectorySql's
-- window). This index holds all it reads, in that order, so the look never touches the table.
-- Its entries stay under PostgreSQL's limit for one (about 2,700 bytes): the search text is cut to
-- 1,500 bytes (DirectoryWords), the facets are a few hundred, and long values are
-- compressed besides.
DROP INDEX IF EXISTS supporter_profile_directory_window;
CREATE INDEX supporter_profile_directory_window ON supporter_profile (directory_position, id)
    INCLUDE (account_id, consent_id, search_facets, search_text) WHERE published = TRUE AND paused = FALSE;
-- How many listed profiles a look went through is counted from this narrower one.
CREATE INDEX IF NOT EXISTS supporter_profile_listed_order ON supporter_profile (directory_position, id)
    WHERE published = TRUE AND paused = FALSE;
-- A search that finds few among many (a common word with rare filters) counts all its matches
-- (DirectorySearch). PostgreSQL finds them in this index of each profile's terms: its shown facets
-- (DirectoryFacets), and every beginning of each of its words (DirectoryWords) up to 12 letters, so
-- that "walk" is a term of a profile with "walking" in it. DirectorySql repeats its filters and
-- words, on PostgreSQL only, as a text search of these terms ('format:PHONE' & 'walk'), which finds
-- every profile its LIKEs match, in one index scan, and the LIKEs still decide. Whole terms rather
-- than a search for their beginnings ('walk':*) let the index skip through the long lists of common
-- facets: such a search takes half the time (benchmarks/directory-search.sh). The index covers every
-- profile, not only listed ones, because PostgreSQL keeps statistics of an indexed expression only
-- for a whole-table index, and without them it guesses that any filter matches almost no one.
DROP INDEX IF EXISTS supporter_profile_facets;
DROP INDEX IF EXISTS supporter_profile_search_terms;
CREATE OR REPLACE FUNCTION directory_search_terms(facets TEXT, words TEXT) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT array_to_tsvector(array_remove(string_to_array(facets, '|'), '')
        || ARRAY(SELECT left(word, n) FROM unnest(string_to_array(words, ' ')) AS word,
                 generate_series(1, least(length(word), 12)) AS n WHERE word <> ''))
$$;
CREATE INDEX supporter_profile_search_terms ON supporter_profile USING gin (directory_search_terms(search_facets, search_text));
-- A directory search reads at most a few thousand rows and must answer in milliseconds; starting
-- parallel workers for it costs more than it saves (measured by benchmarks/directory-search.sh).
ALTER TABLE supporter_profile SET (parallel_workers = 0);
-- Region is one of those facets now.
DROP INDEX IF EXISTS supporter_profile_region;
