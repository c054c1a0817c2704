-- Supervised practice: sessions between a trainee or certified supporter and a trainer or
-- coordinator. The session is the person's data, so it goes with their account. A supervisor's
-- erasure keeps the person's record: the link is cleared and the name written at the time stays.
CREATE SEQUENCE supervision_session_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE supervision_session (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    person_id        BIGINT        NOT NULL,
    supervisor_id    BIGINT,
    supervisor_name  VARCHAR(100)  NOT NULL,
    session_date     DATE          NOT NULL,
    duration_minutes INTEGER       NOT NULL,
    format           VARCHAR(20)   NOT NULL,
    note             VARCHAR(4000),
    signed_off_at    TIMESTAMP,
    signed_off_by_id BIGINT,
    reflection       VARCHAR(4000),
    reflection_at    TIMESTAMP,
    created_at       TIMESTAMP     NOT NULL,
    CONSTRAINT supervision_session_minutes CHECK (duration_minutes BETWEEN 1 AND 480),
    CONSTRAINT supervision_session_person_fk FOREIGN KEY (person_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT supervision_session_supervisor_fk FOREIGN KEY (supervisor_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT supervision_session_signed_off_by_fk FOREIGN KEY (signed_off_by_id) REFERENCES account (id) ON DELETE SET NULL
);
CREATE INDEX supervision_session_person ON supervision_session (person_id, session_date);
CREATE INDEX supervision_session_supervisor ON supervision_session (supervisor_id);
