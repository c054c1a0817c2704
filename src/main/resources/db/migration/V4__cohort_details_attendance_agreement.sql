-- Cohort details a coordinator edits after creating a group: the course version it was created
-- against (for the record), a capacity, a place and/or an online link per course day, and the
-- group agreement. Also the attendance register and each trainee's acknowledgement of the agreement.

ALTER TABLE cohort ADD COLUMN course_version VARCHAR(32);
-- No capacity (NULL) means the group takes any number of trainees.
ALTER TABLE cohort ADD COLUMN capacity INTEGER;
-- NULL means the default agreement from the message bundle (groups created before this migration).
ALTER TABLE cohort ADD COLUMN agreement VARCHAR(10000);
ALTER TABLE cohort ADD COLUMN agreement_version INTEGER DEFAULT 1 NOT NULL;

ALTER TABLE cohort_day ADD COLUMN place VARCHAR(200);
ALTER TABLE cohort_day ADD COLUMN online_link VARCHAR(500);

-- One mark per trainee, group and course day; marking again updates it.
CREATE SEQUENCE attendance_mark_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE attendance_mark (
    id            BIGINT      NOT NULL PRIMARY KEY,
    version       BIGINT      NOT NULL,
    account_id    BIGINT      NOT NULL,
    cohort_id     BIGINT      NOT NULL,
    day_number    INTEGER     NOT NULL,
    status        VARCHAR(10) NOT NULL,
    marked_by_id  BIGINT,
    marked_at     TIMESTAMP   NOT NULL,
    CONSTRAINT attendance_mark_unique UNIQUE (account_id, cohort_id, day_number),
    CONSTRAINT attendance_mark_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT attendance_mark_cohort_fk FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT attendance_mark_marked_by_fk FOREIGN KEY (marked_by_id) REFERENCES account (id) ON DELETE SET NULL
);
CREATE INDEX attendance_mark_cohort ON attendance_mark (cohort_id, day_number);

-- A trainee agreed to their group's agreement; which version they read is kept for the record.
CREATE SEQUENCE agreement_acknowledgement_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE agreement_acknowledgement (
    id                BIGINT    NOT NULL PRIMARY KEY,
    account_id        BIGINT    NOT NULL,
    cohort_id         BIGINT    NOT NULL,
    agreement_version INTEGER   NOT NULL,
    acknowledged_at   TIMESTAMP NOT NULL,
    CONSTRAINT agreement_acknowledgement_unique UNIQUE (account_id, cohort_id),
    CONSTRAINT agreement_acknowledgement_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT agreement_acknowledgement_cohort_fk FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
);
