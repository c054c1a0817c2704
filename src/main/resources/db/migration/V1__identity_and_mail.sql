-- Accounts, roles, invitations, password resets and the mail outbox.
-- Written in the SQL that H2 2.x and PostgreSQL share; ids come from sequences (EclipseLink's
-- identity-column support for H2 2.x needs legacy mode).

CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE account (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    email               VARCHAR(254) NOT NULL,
    display_name        VARCHAR(100) NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    active              BOOLEAN      NOT NULL,
    created_at          TIMESTAMP    NOT NULL,
    password_changed_at TIMESTAMP    NOT NULL,
    last_sign_in_at     TIMESTAMP,
    CONSTRAINT account_email_unique UNIQUE (email)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE SEQUENCE invitation_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE invitation (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    code_hash      CHAR(64)     NOT NULL,
    email          VARCHAR(254),
    created_by_id  BIGINT,
    created_at     TIMESTAMP    NOT NULL,
    expires_at     TIMESTAMP    NOT NULL,
    redeemed_at    TIMESTAMP,
    redeemed_by_id BIGINT,
    revoked_at     TIMESTAMP,
    CONSTRAINT invitation_code_unique UNIQUE (code_hash),
    CONSTRAINT invitation_created_by_fk FOREIGN KEY (created_by_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT invitation_redeemed_by_fk FOREIGN KEY (redeemed_by_id) REFERENCES account (id) ON DELETE SET NULL
);

CREATE SEQUENCE password_reset_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE password_reset (
    id         BIGINT    NOT NULL PRIMARY KEY,
    version    BIGINT    NOT NULL,
    account_id BIGINT    NOT NULL,
    token_hash CHAR(64)  NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at    TIMESTAMP,
    CONSTRAINT password_reset_token_unique UNIQUE (token_hash),
    CONSTRAINT password_reset_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE SEQUENCE outbox_message_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE outbox_message (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    account_id      BIGINT,
    subject         VARCHAR(200)  NOT NULL,
    body            VARCHAR(20000),
    status          VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP     NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    sent_at         TIMESTAMP,
    CONSTRAINT outbox_message_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX outbox_message_due ON outbox_message (status, next_attempt_at);
