-- Data rights: erasure requests, and what is left of an erased person's certificates.
--
-- A person asks for erasure; a coordinator (trainees) or an administrator (staff) carries it out
-- (ErasureService). The request is the person's data and goes with the account.
CREATE SEQUENCE erasure_request_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE erasure_request (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    account_id   BIGINT        NOT NULL,
    requested_at TIMESTAMP     NOT NULL,
    reason       VARCHAR(1000),
    CONSTRAINT erasure_request_account_unique UNIQUE (account_id),
    CONSTRAINT erasure_request_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- A certificate whose holder was erased: only its random code (no name, course or dates), so that
-- /verify/<code> says "no longer available" rather than "not found".
CREATE TABLE erased_certificate (
    verification_code VARCHAR(24) NOT NULL PRIMARY KEY,
    erased_on         DATE        NOT NULL
);

-- The audit trail outlives the people it is about: entries keep the account ids (pseudonymous once
-- the account is gone) and must not be deleted or changed by an erasure. The audit helper's V13
-- drops these keys too; IF EXISTS makes this a no-op after it.
ALTER TABLE audit_entry DROP CONSTRAINT IF EXISTS audit_entry_actor_fk;
ALTER TABLE audit_entry DROP CONSTRAINT IF EXISTS audit_entry_subject_fk;
