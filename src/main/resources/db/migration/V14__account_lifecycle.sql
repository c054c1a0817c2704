-- Account lifecycle (issue 15). A session records the account's session_epoch when it signs in;
-- every change that must end the account's other sessions (switched off, roles changed, password
-- changed or reset, e-mail changed, "sign out everywhere") adds one, and the sign-in mechanism
-- compares the two at each request: this works on every instance, as it lives in the database.
ALTER TABLE account ADD COLUMN session_epoch BIGINT DEFAULT 0 NOT NULL;

-- A new e-mail address waits here until the link sent to it is opened; only the link's hash is kept.
ALTER TABLE account ADD COLUMN pending_email VARCHAR(254);
ALTER TABLE account ADD COLUMN pending_email_token_hash CHAR(64);
ALTER TABLE account ADD COLUMN pending_email_expires_at TIMESTAMP;
CREATE UNIQUE INDEX account_pending_email_token ON account (pending_email_token_hash);

-- What administrators may read of a held message: the body with its links and codes replaced by a
-- marker. The body itself, which is what is sent, still carries them.
ALTER TABLE outbox_message ADD COLUMN shown_body VARCHAR(20000);
-- Mail queued before this migration was not marked: its body may hold a live link, so none of it is shown.
UPDATE outbox_message SET shown_body = '(Queued before links and codes were hidden here: not shown.)' WHERE body IS NOT NULL;
