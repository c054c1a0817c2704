-- Free text in a directory search matches the beginnings of words, not any run of letters: search_text
-- now holds a profile's words each after a space (DirectoryWords), at most 1,500 bytes of them, which
-- PostgreSQL indexes as a list of words (R__directory_search_indexes.sql). Existing profiles get theirs
-- from DirectoryWordsMigration (version 10.1), which builds them with the same code as the application.
ALTER TABLE supporter_profile ALTER COLUMN search_text SET DATA TYPE VARCHAR(1500);
