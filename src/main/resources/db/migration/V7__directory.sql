-- The public directory of certified peer supporters. Everything here is the supporter's own data
-- and goes with their account. Lived experience is special-category data: each field is shown
-- publicly only while its show_ flag is set, and nothing is listed without a directory consent.

-- The areas of lived experience coordinators offer as choices. Retiring an area hides it from new
-- choices and from filters without changing what supporters already chose.
CREATE SEQUENCE lived_experience_area_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE lived_experience_area (
    id       BIGINT       NOT NULL PRIMARY KEY,
    version  BIGINT       NOT NULL,
    name     VARCHAR(80)  NOT NULL,
    retired  BOOLEAN      NOT NULL,
    CONSTRAINT lived_experience_area_name_unique UNIQUE (name)
);

-- A supporter's explicit consent to be listed, with the version of the statement they agreed to.
-- A withdrawn consent stays as a record of what was agreed and when it ended.
CREATE SEQUENCE directory_consent_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE directory_consent (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    account_id       BIGINT       NOT NULL,
    wording_version  VARCHAR(20)  NOT NULL,
    given_at         TIMESTAMP    NOT NULL,
    withdrawn_at     TIMESTAMP,
    CONSTRAINT directory_consent_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX directory_consent_account ON directory_consent (account_id);

CREATE SEQUENCE supporter_profile_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE supporter_profile (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    version            BIGINT         NOT NULL,
    account_id         BIGINT         NOT NULL,
    display_name       VARCHAR(100)   NOT NULL,
    pronouns           VARCHAR(40),
    bio                VARCHAR(1200),
    region             VARCHAR(80),
    capacity           INTEGER        NOT NULL,
    show_display_name  BOOLEAN        NOT NULL,
    show_pronouns      BOOLEAN        NOT NULL,
    show_bio           BOOLEAN        NOT NULL,
    show_areas         BOOLEAN        NOT NULL,
    show_languages     BOOLEAN        NOT NULL,
    show_region        BOOLEAN        NOT NULL,
    show_formats       BOOLEAN        NOT NULL,
    show_availability  BOOLEAN        NOT NULL,
    published          BOOLEAN        NOT NULL,
    paused             BOOLEAN        NOT NULL,
    consent_id         BIGINT,
    -- Lower-case text of the shown name and bio only, so free-text search never finds a supporter
    -- by words they chose not to show.
    search_text        VARCHAR(1400)  NOT NULL,
    updated_at         TIMESTAMP      NOT NULL,
    CONSTRAINT supporter_profile_account_unique UNIQUE (account_id),
    CONSTRAINT supporter_profile_capacity CHECK (capacity BETWEEN 1 AND 10),
    CONSTRAINT supporter_profile_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT supporter_profile_consent_fk FOREIGN KEY (consent_id) REFERENCES directory_consent (id) ON DELETE SET NULL
);
CREATE INDEX supporter_profile_listed ON supporter_profile (published, paused);

CREATE TABLE supporter_area (
    profile_id  BIGINT  NOT NULL,
    area_id     BIGINT  NOT NULL,
    PRIMARY KEY (profile_id, area_id),
    CONSTRAINT supporter_area_profile_fk FOREIGN KEY (profile_id) REFERENCES supporter_profile (id) ON DELETE CASCADE,
    CONSTRAINT supporter_area_area_fk FOREIGN KEY (area_id) REFERENCES lived_experience_area (id) ON DELETE CASCADE
);
CREATE INDEX supporter_area_by_area ON supporter_area (area_id, profile_id);

CREATE TABLE supporter_language (
    profile_id  BIGINT       NOT NULL,
    language    VARCHAR(40)  NOT NULL,
    PRIMARY KEY (profile_id, language),
    CONSTRAINT supporter_language_profile_fk FOREIGN KEY (profile_id) REFERENCES supporter_profile (id) ON DELETE CASCADE
);
CREATE INDEX supporter_language_by_language ON supporter_language (language, profile_id);

CREATE TABLE supporter_format (
    profile_id  BIGINT       NOT NULL,
    format      VARCHAR(20)  NOT NULL,
    PRIMARY KEY (profile_id, format),
    CONSTRAINT supporter_format_profile_fk FOREIGN KEY (profile_id) REFERENCES supporter_profile (id) ON DELETE CASCADE
);
CREATE INDEX supporter_format_by_format ON supporter_format (format, profile_id);

CREATE TABLE supporter_availability (
    profile_id  BIGINT       NOT NULL,
    slot        VARCHAR(20)  NOT NULL,
    PRIMARY KEY (profile_id, slot),
    CONSTRAINT supporter_availability_profile_fk FOREIGN KEY (profile_id) REFERENCES supporter_profile (id) ON DELETE CASCADE
);
CREATE INDEX supporter_availability_by_slot ON supporter_availability (slot, profile_id);

-- The list coordinators start from; they add, rename and retire areas in the portal.
INSERT INTO lived_experience_area (id, version, name, retired) VALUES (1, 0, 'Anxiety', FALSE);
INSERT INTO lived_experience_area (id, version, name, retired) VALUES (2, 0, 'Bereavement', FALSE);
INSERT INTO lived_experience_area (id, version, name, retired) VALUES (3, 0, 'Depression', FALSE);
INSERT INTO lived_experience_area (id, version, name, retired) VALUES (4, 0, 'Eating difficulties', FALSE);
INSERT INTO lived_experience_area (id, version, name, retired) VALUES (5, 0, 'Hearing voices', FALSE);
INSERT INTO lived_experience_area (id, version, name, retired) VALUES (6, 0, 'Neurodivergence', FALSE);
INSERT INTO lived_experience_area (id, version, name, retired) VALUES (7, 0, 'Psychosis', FALSE);
INSERT INTO lived_experience_area (id, version, name, retired) VALUES (8, 0, 'Self-harm', FALSE);
INSERT INTO lived_experience_area (id, version, name, retired) VALUES (9, 0, 'Trauma', FALSE);
ALTER SEQUENCE lived_experience_area_seq RESTART WITH 10;
