-- Knowledge-check answers are stored by option id from course version 2.0.0 on, so that shuffling
-- the options per attempt, or reordering them in a file, never changes what an answer meant.
-- Answers given before then keep their positions (in the version the attempt names) under a
-- name that says so; they cannot be mapped to ids because those questions were replaced.
ALTER TABLE check_answer RENAME COLUMN chosen TO chosen_positions;
ALTER TABLE check_answer ALTER COLUMN chosen_positions DROP NOT NULL;
ALTER TABLE check_answer ADD COLUMN chosen_options VARCHAR(1000);
