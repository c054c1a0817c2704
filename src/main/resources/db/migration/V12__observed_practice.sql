-- Observed practice: a trainer's record of a trainee's role play in the room, one per role play of
-- the course, with each checklist item shown or not yet and a comment, signed off once every item
-- was shown; the trainee adds a reflection. And the trainee's own practice log. Both are the
-- trainee's data and go with their account; an observer's erasure keeps the record under the name
-- written at the time.
CREATE SEQUENCE practice_observation_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE practice_observation (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    trainee_id     BIGINT        NOT NULL,
    course_id      VARCHAR(64)   NOT NULL,
    practice_id    VARCHAR(64)   NOT NULL,
    observer_id    BIGINT,
    observer_name  VARCHAR(100)  NOT NULL,
    observed_on    DATE          NOT NULL,
    recorded_at    TIMESTAMP     NOT NULL,
    signed_off_at  TIMESTAMP,
    reflection     VARCHAR(2000),
    reflection_at  TIMESTAMP,
    CONSTRAINT practice_observation_once UNIQUE (trainee_id, course_id, practice_id),
    CONSTRAINT practice_observation_trainee_fk FOREIGN KEY (trainee_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT practice_observation_observer_fk FOREIGN KEY (observer_id) REFERENCES account (id) ON DELETE SET NULL
);
CREATE INDEX practice_observation_observer ON practice_observation (observer_id);

CREATE TABLE practice_observation_item (
    observation_id BIGINT        NOT NULL,
    item_id        VARCHAR(64)   NOT NULL,
    shown          BOOLEAN       NOT NULL,
    item_comment   VARCHAR(1000),
    CONSTRAINT practice_observation_item_pk PRIMARY KEY (observation_id, item_id),
    CONSTRAINT practice_observation_item_fk FOREIGN KEY (observation_id) REFERENCES practice_observation (id) ON DELETE CASCADE
);

CREATE SEQUENCE practice_log_entry_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE practice_log_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    trainee_id  BIGINT        NOT NULL,
    written_at  TIMESTAMP     NOT NULL,
    practised   VARCHAR(500)  NOT NULL,
    learnt      VARCHAR(2000) NOT NULL,
    CONSTRAINT practice_log_entry_trainee_fk FOREIGN KEY (trainee_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX practice_log_entry_trainee ON practice_log_entry (trainee_id, written_at);
