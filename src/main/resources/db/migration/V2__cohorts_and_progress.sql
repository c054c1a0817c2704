-- Cohorts, trainees' enrolments, and their progress through a course.
-- Progress rows are keyed by the course's stable ids (course, module, lesson, question), never by
-- position, so a new version of the course files keeps every trainee's record. Rows for lessons
-- that were later removed from the course stay, and simply stop counting.

CREATE SEQUENCE cohort_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE cohort (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    name          VARCHAR(100) NOT NULL,
    course_id     VARCHAR(64)  NOT NULL,
    created_by_id BIGINT,
    created_at    TIMESTAMP    NOT NULL,
    CONSTRAINT cohort_created_by_fk FOREIGN KEY (created_by_id) REFERENCES account (id) ON DELETE SET NULL
);

-- The date each course day is taught. A day's modules open on its date, or earlier when a
-- coordinator opens it early.
CREATE TABLE cohort_day (
    cohort_id       BIGINT    NOT NULL,
    day_number      INTEGER   NOT NULL,
    day_date        DATE      NOT NULL,
    opened_early_at TIMESTAMP,
    CONSTRAINT cohort_day_pk PRIMARY KEY (cohort_id, day_number),
    CONSTRAINT cohort_day_cohort_fk FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
);

ALTER TABLE invitation ADD COLUMN cohort_id BIGINT;
ALTER TABLE invitation ADD CONSTRAINT invitation_cohort_fk FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE SET NULL;

-- A trainee's place in a cohort, and their place in the course ("continue where I left off").
CREATE SEQUENCE enrolment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE enrolment (
    id              BIGINT      NOT NULL PRIMARY KEY,
    version         BIGINT      NOT NULL,
    account_id      BIGINT      NOT NULL,
    cohort_id       BIGINT      NOT NULL,
    joined_at       TIMESTAMP   NOT NULL,
    place_module_id VARCHAR(64),
    place_lesson_id VARCHAR(64),
    place_position  INTEGER,
    place_saved_at  TIMESTAMP,
    CONSTRAINT enrolment_account_unique UNIQUE (account_id),
    CONSTRAINT enrolment_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT enrolment_cohort_fk FOREIGN KEY (cohort_id) REFERENCES cohort (id)
);
CREATE INDEX enrolment_cohort ON enrolment (cohort_id);

CREATE SEQUENCE lesson_progress_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE lesson_progress (
    id             BIGINT      NOT NULL PRIMARY KEY,
    account_id     BIGINT      NOT NULL,
    course_id      VARCHAR(64) NOT NULL,
    module_id      VARCHAR(64) NOT NULL,
    lesson_id      VARCHAR(64) NOT NULL,
    course_version VARCHAR(32) NOT NULL,
    completed_at   TIMESTAMP   NOT NULL,
    CONSTRAINT lesson_progress_unique UNIQUE (account_id, course_id, module_id, lesson_id),
    CONSTRAINT lesson_progress_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- One row per submitted knowledge check. The submission key is made when the questions are
-- shown, so the same form sent twice is recorded once.
CREATE SEQUENCE check_attempt_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE check_attempt (
    id             BIGINT      NOT NULL PRIMARY KEY,
    account_id     BIGINT      NOT NULL,
    course_id      VARCHAR(64) NOT NULL,
    module_id      VARCHAR(64) NOT NULL,
    course_version VARCHAR(32) NOT NULL,
    submission_key VARCHAR(64) NOT NULL,
    submitted_at   TIMESTAMP   NOT NULL,
    correct_count  INTEGER     NOT NULL,
    question_count INTEGER     NOT NULL,
    pass_mark      INTEGER     NOT NULL,
    passed         BOOLEAN     NOT NULL,
    CONSTRAINT check_attempt_submission_unique UNIQUE (account_id, submission_key),
    CONSTRAINT check_attempt_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX check_attempt_module ON check_attempt (account_id, course_id, module_id);

-- The options chosen for each question, by position in the version answered, and whether that was right.
CREATE TABLE check_answer (
    attempt_id  BIGINT       NOT NULL,
    question_id VARCHAR(64)  NOT NULL,
    chosen      VARCHAR(100) NOT NULL,
    correct     BOOLEAN      NOT NULL,
    CONSTRAINT check_answer_pk PRIMARY KEY (attempt_id, question_id),
    CONSTRAINT check_answer_attempt_fk FOREIGN KEY (attempt_id) REFERENCES check_attempt (id) ON DELETE CASCADE
);

-- What counts towards completing a module besides its lessons: the best knowledge-check attempt
-- and (from the reflective-exercise feature) the accepted reflection.
CREATE SEQUENCE module_progress_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE module_progress (
    id                     BIGINT      NOT NULL PRIMARY KEY,
    version                BIGINT      NOT NULL,
    account_id             BIGINT      NOT NULL,
    course_id              VARCHAR(64) NOT NULL,
    module_id              VARCHAR(64) NOT NULL,
    best_correct           INTEGER     NOT NULL,
    best_question_count    INTEGER     NOT NULL,
    check_passed_at        TIMESTAMP,
    reflection_accepted_at TIMESTAMP,
    CONSTRAINT module_progress_unique UNIQUE (account_id, course_id, module_id),
    CONSTRAINT module_progress_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
