-- The audit trail keeps only account ids (RIGHTS contract): erasing an account deletes no audit
-- row and needs no UPDATE of one; its entries then name "an erased account".
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_actor_fk;
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_subject_fk;

-- A hash chain: every entry has a place in one chain, the hash of the entry before it and its own
-- hash (AuditChain documents the encoding). Filled in for existing entries by V13.1.
ALTER TABLE audit_entry ADD COLUMN chain_position BIGINT;
ALTER TABLE audit_entry ADD COLUMN previous_hash CHAR(64);
ALTER TABLE audit_entry ADD COLUMN entry_hash CHAR(64);
CREATE UNIQUE INDEX audit_entry_chain_position ON audit_entry (chain_position);
CREATE INDEX audit_entry_actor ON audit_entry (actor_id, occurred_at);
CREATE INDEX audit_entry_occurred ON audit_entry (occurred_at);

-- The head of the chain, one row. Appending locks it (SELECT ... FOR UPDATE), so entries written
-- at once on several instances still form one chain. The retention job removes the oldest
-- entries: first_kept_position and anchor_hash (the hash of the last entry removed) let the
-- check tell that removal from an entry deleted in the middle, and the append-only triggers
-- (db/vendor) allow DELETE only below first_kept_position.
CREATE TABLE audit_chain (
    id                  INTEGER   NOT NULL PRIMARY KEY,
    version             BIGINT    NOT NULL,
    last_position       BIGINT    NOT NULL,
    last_hash           CHAR(64)  NOT NULL,
    first_kept_position BIGINT    NOT NULL,
    anchor_hash         CHAR(64)  NOT NULL
);

-- When the nightly retention job last ran: the instance that claims a day runs it, the others skip.
CREATE TABLE retention_run (
    id          INTEGER NOT NULL PRIMARY KEY,
    version     BIGINT  NOT NULL,
    last_run_on DATE
);
INSERT INTO retention_run (id, version, last_run_on) VALUES (1, 0, NULL);
