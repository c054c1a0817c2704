-- Directory search reads what it filters on from the profile's own row (DirectorySql):
--
-- search_facets      the shown filter values, '|area:3|format:PHONE|language:Welsh|…|' (DirectoryFacets),
--                    so a filter is a LIKE on the row rather than a look-up in another table;
-- directory_position a random place in the directory's order, drawn once per profile. The order
--                    starts at a different place each day, so no one is always first, and a search
--                    can walk the first listed profiles in order through the index below instead of
--                    sorting every match.
--
-- Existing profiles get their position from their id here, and their facets from
-- DirectoryFacetsMigration (version 9.1), which builds them with the same code as the application.
ALTER TABLE supporter_profile ADD COLUMN search_facets VARCHAR(2000) DEFAULT '' NOT NULL;
ALTER TABLE supporter_profile ADD COLUMN directory_position INTEGER DEFAULT 0 NOT NULL;
UPDATE supporter_profile SET directory_position = MOD(id * 1103515245, 2147483647);
CREATE INDEX supporter_profile_directory_order ON supporter_profile (directory_position, id);
