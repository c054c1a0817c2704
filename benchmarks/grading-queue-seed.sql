-- Data for benchmarks/grading-queue.sh, loaded into a portal started in demo mode (which has
-- created the schema, the demo accounts and the demo group). Every password is the demo
-- password: the hash is copied from the demo trainer.

-- 49 more trainers; with the demo trainer, 50.
INSERT INTO account (id, version, email, display_name, password_hash, active, created_at, password_changed_at)
SELECT 100000 + n, 1, 'bench-trainer-' || n || '@alongside.example', 'Bench trainer ' || n,
       (SELECT password_hash FROM account WHERE email = 'trainer@alongside.example'), TRUE, now(), now()
FROM generate_series(1, 49) AS n;
INSERT INTO account_role (account_id, role) SELECT 100000 + n, 'TRAINER' FROM generate_series(1, 49) AS n;

-- 100 groups of the Peer Supporter course, all days already open.
INSERT INTO cohort (id, version, name, course_id, created_by_id, created_at)
SELECT 100000 + c, 1, 'Bench group ' || c, 'peer-supporter', (SELECT id FROM account WHERE email = 'coordinator@alongside.example'), now()
FROM generate_series(0, 99) AS c;
INSERT INTO cohort_day (cohort_id, day_number, day_date)
SELECT 100000 + c, d, current_date - 30 + d FROM generate_series(0, 99) AS c, generate_series(1, 4) AS d;

-- Trainer t grades groups 2t and 2t+1; the demo trainer takes groups 0 and 1.
INSERT INTO cohort_trainer (cohort_id, trainer_id)
SELECT 100000 + 2 * t + g, CASE WHEN t = 0 THEN (SELECT id FROM account WHERE email = 'trainer@alongside.example') ELSE 100000 + t END
FROM generate_series(0, 49) AS t, generate_series(0, 1) AS g;

-- 5,000 trainees, 50 per group.
INSERT INTO account (id, version, email, display_name, password_hash, active, created_at, password_changed_at)
SELECT 200000 + n, 1, 'bench-trainee-' || n || '@alongside.example', 'Bench trainee ' || n,
       (SELECT password_hash FROM account WHERE email = 'trainer@alongside.example'), TRUE, now(), now()
FROM generate_series(0, 4999) AS n;
INSERT INTO account_role (account_id, role) SELECT 200000 + n, 'TRAINEE' FROM generate_series(0, 4999) AS n;
INSERT INTO enrolment (id, version, account_id, cohort_id, joined_at)
SELECT 200000 + n, 1, 200000 + n, 100000 + n / 50, now() FROM generate_series(0, 4999) AS n;

-- 40 submissions per trainee: four versions of each module's reflection; one in ten waits for a grade.
INSERT INTO submission (id, version, account_id, cohort_id, course_id, course_version, module_id, attempt, body,
                        submitted_at, status, safe_sharing_overridden)
SELECT 1000000 + n * 40 + k, 1, 200000 + n, 100000 + n / 50, 'peer-supporter', '1.0.0',
       (ARRAY['values-and-principles', 'recovery', 'sharing-lived-experience', 'connection-and-listening',
              'coaching-conversations', 'goal-setting', 'working-from-strengths', 'safe-boundaries',
              'safeguarding-and-confidentiality', 'self-care-and-supervision'])[k % 10 + 1],
       k / 10 + 1,
       repeat('When things were hard, a friend sat with me and listened. ', 6),
       now() - ((n * 40 + k) % 5000) * interval '7 minutes',
       CASE WHEN k / 10 = 3 AND k % 10 < 4 THEN 'SUBMITTED' WHEN k % 2 = 0 THEN 'ACCEPTED' ELSE 'NEEDS_REVISION' END,
       FALSE
FROM generate_series(0, 4999) AS n, generate_series(0, 39) AS k;

SELECT setval('account_seq', (SELECT max(id) FROM account));
SELECT setval('cohort_seq', (SELECT max(id) FROM cohort));
SELECT setval('enrolment_seq', (SELECT max(id) FROM enrolment));
SELECT setval('submission_seq', (SELECT max(id) FROM submission));
ANALYZE;
