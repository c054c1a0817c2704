-- Second factor (issue 16): time-based one-time passwords (RFC 6238) and single-use recovery codes.
--
-- One authenticator per account. The secret is stored encrypted (AES-GCM, key from
-- portal.second-factor.key or the key file in portal.data.dir, see SecretBox), so a dump of the
-- database alone does not give it away. confirmed_at stays empty until the person has typed a
-- first code: only then does the second factor take effect. last_used_step is the time step of
-- the last code accepted, so a code is never accepted twice.
CREATE TABLE second_factor (
    account_id     BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    secret         VARCHAR(200) NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    confirmed_at   TIMESTAMP,
    last_used_step BIGINT       NOT NULL,
    CONSTRAINT second_factor_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- Recovery codes, stored only as SHA-256 of the code (40 random bits each, and every try is
-- counted by the sign-in throttle); used_at marks a code used once.
CREATE SEQUENCE recovery_code_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE recovery_code (
    id         BIGINT      NOT NULL PRIMARY KEY,
    version    BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    code_hash  VARCHAR(64) NOT NULL,
    created_at TIMESTAMP   NOT NULL,
    used_at    TIMESTAMP,
    CONSTRAINT recovery_code_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX recovery_code_account ON recovery_code (account_id);
