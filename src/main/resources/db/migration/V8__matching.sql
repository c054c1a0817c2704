-- Matching people who ask for peer support with certified supporters.
--
-- A support request comes from a member of the public through the directory's request form. They
-- have no account, so their data cannot hang off one: it is erased instead by (1) a coordinator
-- deleting the request at any time (its offers go with it), and (2) the daily retention job, which
-- deletes closed requests portal.matching.retention-days (default 90) after they closed. Either way
-- the outbox's mail to their address goes too, once no other request of theirs is left. Nothing
-- else about the requester is copied anywhere: e-mails to coordinators and supporters carry no
-- requester details, and the audit trail names only the request's number.
--
-- Offers belong to the supporter's account (ON DELETE CASCADE), so erasing a supporter removes
-- their offers; a request that named them keeps waiting with asked_profile_id set to NULL.
CREATE SEQUENCE support_request_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE support_request (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    version            BIGINT         NOT NULL,
    -- What the person would like to be called; need not be their real name.
    name               VARCHAR(100)   NOT NULL,
    email              VARCHAR(254)   NOT NULL,
    preferred_format   VARCHAR(20),
    language           VARCHAR(40),
    region             VARCHAR(80),
    area_id            BIGINT,
    note               VARCHAR(500),
    asked_profile_id   BIGINT,
    consent_version    VARCHAR(20)    NOT NULL,
    consented_at       TIMESTAMP      NOT NULL,
    -- WAITING (in the coordinators' queue), OFFERED (a supporter is deciding), MATCHED, CLOSED.
    status             VARCHAR(20)    NOT NULL,
    created_at         TIMESTAMP      NOT NULL,
    closed_at          TIMESTAMP,
    CONSTRAINT support_request_area_fk FOREIGN KEY (area_id) REFERENCES lived_experience_area (id) ON DELETE SET NULL,
    CONSTRAINT support_request_profile_fk FOREIGN KEY (asked_profile_id) REFERENCES supporter_profile (id) ON DELETE SET NULL
);
CREATE INDEX support_request_queue ON support_request (status, created_at);
CREATE INDEX support_request_closed ON support_request (closed_at);

CREATE SEQUENCE support_offer_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE support_offer (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    request_id     BIGINT       NOT NULL,
    supporter_id   BIGINT       NOT NULL,
    offered_by_id  BIGINT,
    offered_at     TIMESTAMP    NOT NULL,
    -- OFFERED, ACCEPTED, DECLINED, ENDED. OFFERED and ACCEPTED count against the supporter's capacity.
    status         VARCHAR(20)  NOT NULL,
    responded_at   TIMESTAMP,
    ended_at       TIMESTAMP,
    CONSTRAINT support_offer_request_fk FOREIGN KEY (request_id) REFERENCES support_request (id) ON DELETE CASCADE,
    CONSTRAINT support_offer_supporter_fk FOREIGN KEY (supporter_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT support_offer_offered_by_fk FOREIGN KEY (offered_by_id) REFERENCES account (id) ON DELETE SET NULL
);
CREATE INDEX support_offer_request ON support_offer (request_id);
CREATE INDEX support_offer_supporter ON support_offer (supporter_id, status);
