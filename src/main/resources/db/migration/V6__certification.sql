-- Certificates of peer supporters. The holder's name and the course title are copied at issue,
-- because a certificate states what was true when it was given. Its history (issued, renewed,
-- revoked, by whom and why) is in audit_entry.
CREATE SEQUENCE certificate_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE certificate (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    account_id           BIGINT        NOT NULL,
    verification_code    VARCHAR(24)   NOT NULL,
    holder_name          VARCHAR(100)  NOT NULL,
    course_id            VARCHAR(64)   NOT NULL,
    course_title         VARCHAR(200)  NOT NULL,
    issued_on            DATE          NOT NULL,
    expires_on           DATE          NOT NULL,
    renewed_on           DATE,
    issued_by_id         BIGINT,
    decision_note        VARCHAR(2000) NOT NULL,
    revoked_at           TIMESTAMP,
    revoked_by_id        BIGINT,
    revocation_reason    VARCHAR(2000),
    reminded_for_expiry  DATE,
    CONSTRAINT certificate_code_unique UNIQUE (verification_code),
    CONSTRAINT certificate_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT certificate_issued_by_fk FOREIGN KEY (issued_by_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT certificate_revoked_by_fk FOREIGN KEY (revoked_by_id) REFERENCES account (id) ON DELETE SET NULL
);
CREATE INDEX certificate_account ON certificate (account_id);
-- The reminder job looks for certificates that are neither revoked nor reminded, by expiry date.
CREATE INDEX certificate_expiry ON certificate (expires_on);
