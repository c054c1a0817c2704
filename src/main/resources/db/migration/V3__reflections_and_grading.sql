-- Reflective exercises: drafts, submitted versions, trainers' grades, trainers assigned to
-- cohorts, and the audit trail of grade releases and safe-sharing overrides.

CREATE TABLE cohort_trainer (
    cohort_id  BIGINT NOT NULL,
    trainer_id BIGINT NOT NULL,
    CONSTRAINT cohort_trainer_pk PRIMARY KEY (cohort_id, trainer_id),
    CONSTRAINT cohort_trainer_cohort_fk FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT cohort_trainer_trainer_fk FOREIGN KEY (trainer_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX cohort_trainer_trainer ON cohort_trainer (trainer_id);

-- The one draft a trainee is writing for a module's reflection. Its version tells two tabs apart.
CREATE SEQUENCE reflection_draft_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE reflection_draft (
    id         BIGINT         NOT NULL PRIMARY KEY,
    version    BIGINT         NOT NULL,
    account_id BIGINT         NOT NULL,
    course_id  VARCHAR(64)    NOT NULL,
    module_id  VARCHAR(64)    NOT NULL,
    body       VARCHAR(20000) NOT NULL,
    saved_at   TIMESTAMP      NOT NULL,
    CONSTRAINT reflection_draft_unique UNIQUE (account_id, course_id, module_id),
    CONSTRAINT reflection_draft_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- Every submitted version of a reflection, kept for good.
CREATE SEQUENCE submission_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE submission (
    id                      BIGINT         NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    account_id              BIGINT         NOT NULL,
    cohort_id               BIGINT         NOT NULL,
    course_id               VARCHAR(64)    NOT NULL,
    course_version          VARCHAR(32)    NOT NULL,
    module_id               VARCHAR(64)    NOT NULL,
    attempt                 INTEGER        NOT NULL,
    body                    VARCHAR(20000) NOT NULL,
    submitted_at            TIMESTAMP      NOT NULL,
    status                  VARCHAR(20)    NOT NULL,
    safe_sharing_overridden BOOLEAN        NOT NULL,
    flagged_rules           VARCHAR(500),
    CONSTRAINT submission_attempt_unique UNIQUE (account_id, course_id, module_id, attempt),
    CONSTRAINT submission_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT submission_cohort_fk FOREIGN KEY (cohort_id) REFERENCES cohort (id)
);
-- The grading queue: a cohort's submissions by status, oldest first.
CREATE INDEX submission_queue ON submission (cohort_id, status, submitted_at, id);

-- A trainer's grade of one submission: saved as a draft, then released to the trainee.
CREATE SEQUENCE grade_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE grade (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    submission_id    BIGINT        NOT NULL,
    trainer_id       BIGINT,
    outcome          VARCHAR(20),
    overall_feedback VARCHAR(5000),
    saved_at         TIMESTAMP     NOT NULL,
    released_at      TIMESTAMP,
    CONSTRAINT grade_submission_unique UNIQUE (submission_id),
    CONSTRAINT grade_submission_fk FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE,
    CONSTRAINT grade_trainer_fk FOREIGN KEY (trainer_id) REFERENCES account (id) ON DELETE SET NULL
);

CREATE TABLE grade_criterion (
    grade_id     BIGINT       NOT NULL,
    criterion_id VARCHAR(64)  NOT NULL,
    level_id     VARCHAR(64),
    comment      VARCHAR(2000),
    CONSTRAINT grade_criterion_pk PRIMARY KEY (grade_id, criterion_id),
    CONSTRAINT grade_criterion_grade_fk FOREIGN KEY (grade_id) REFERENCES grade (id) ON DELETE CASCADE
);

-- Who did what, when: grade releases and safe-sharing overrides. The person the entry is about
-- is kept so their record can be exported with their account.
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE audit_entry (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    occurred_at        TIMESTAMP     NOT NULL,
    actor_id           BIGINT,
    subject_account_id BIGINT,
    action             VARCHAR(40)   NOT NULL,
    detail             VARCHAR(1000) NOT NULL,
    CONSTRAINT audit_entry_actor_fk FOREIGN KEY (actor_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT audit_entry_subject_fk FOREIGN KEY (subject_account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX audit_entry_subject ON audit_entry (subject_account_id, occurred_at);

-- How a trainer wants to hear of new work: an e-mail for each submission, or one a day.
CREATE TABLE trainer_mail_preference (
    trainer_id     BIGINT  NOT NULL PRIMARY KEY,
    version        BIGINT  NOT NULL,
    daily_digest   BOOLEAN NOT NULL,
    last_digest_on DATE,
    CONSTRAINT trainer_mail_preference_trainer_fk FOREIGN KEY (trainer_id) REFERENCES account (id) ON DELETE CASCADE
);
