-- Data for benchmarks/directory-search.sh, loaded into a portal started in demo mode (which has
-- created the schema and the nine starting areas of lived experience). 100,000 supporters, each
-- with an account, a certificate (mostly valid, some expired, some revoked), a profile and most
-- with a directory consent (some withdrawn). Choices are skewed the way real ones are: most
-- supporters speak English, a few regions hold most people, anxiety and depression are shared far
-- more often than psychosis. The random numbers are seeded, so every run builds the same data.

SELECT setseed(0.6);
CREATE TEMPORARY TABLE bench AS
SELECT n, random() AS r_cert, random() AS r_consent, random() AS r_state, random() AS r_show, random() AS r_region,
       random() AS r_area, random() AS r_lang, random() AS r_bio,
       random() AS r_name, random() AS r_days
FROM generate_series(0, 99999) AS n;

INSERT INTO account (id, version, email, display_name, password_hash, active, created_at, password_changed_at)
SELECT 1000000 + n, 1, 'bench-supporter-' || n || '@alongside.example', 'Bench supporter ' || n,
       (SELECT password_hash FROM account WHERE email = 'trainer@alongside.example'), TRUE, now(), now()
FROM bench;
INSERT INTO account_role (account_id, role) SELECT 1000000 + n, 'TRAINEE' FROM bench;

-- Certificates last two years: 78 % in date, 14 % expired, 8 % revoked while in date.
INSERT INTO certificate (id, version, account_id, verification_code, holder_name, course_id, course_title, issued_on,
                         expires_on, issued_by_id, decision_note, revoked_at, revocation_reason)
SELECT 1000000 + n, 1, 1000000 + n, 'BENCH' || n, 'Bench supporter ' || n, 'peer-supporter', 'Peer Supporter',
       issued, issued + 730, NULL, 'All modules, attendance and supervision complete.',
       CASE WHEN r_cert >= 0.92 THEN now() - interval '3 days' END,
       CASE WHEN r_cert >= 0.92 THEN 'Benchmark: revoked' END
FROM (SELECT n, r_cert,
             CASE WHEN r_cert < 0.78 OR r_cert >= 0.92 THEN current_date - (r_days * 700)::int
                  ELSE current_date - 731 - (r_days * 400)::int END AS issued
      FROM bench) AS c;

-- 95 % consented to be listed; one consent in ten has since been withdrawn.
INSERT INTO directory_consent (id, version, account_id, wording_version, given_at, withdrawn_at)
SELECT 1000000 + n, 1, 1000000 + n, '2026-11', now() - (r_days * 300) * interval '1 day',
       CASE WHEN r_consent >= 0.855 THEN now() - interval '1 day' END
FROM bench WHERE r_consent < 0.95;

-- Profiles: 86 % published, 8 % of those paused. Each field is shown by most, but not all.
CREATE TEMPORARY TABLE words (k int, word text);
INSERT INTO words SELECT k - 1, w FROM unnest(ARRAY[
  'I have lived with anxiety for most of my adult life and found my way back through small steps.',
  'Walking in the hills with my dog helped me more than I expected.',
  'After losing my mum I learned that grief does not follow a timetable.',
  'I worked as a nurse for twenty years before my own breakdown.',
  'Music, especially playing guitar badly, keeps me grounded on hard days.',
  'I am autistic and happy to talk about finding workplaces that fit.',
  'Gardening on my allotment gave me routine when nothing else did.',
  'I heard voices in my twenties and still do sometimes; they are less frightening now.',
  'Cooking simple meals again was a big part of my recovery from an eating disorder.',
  'I like to listen more than I talk, and I will not judge you.',
  'Football on a Sunday with friends got me out of the house during depression.',
  'Poetry and journalling helped me put words to things I could not say.',
  'I am a dad of three and know how hard it is to ask for help as a man.',
  'Swimming early in the morning is my reset button.',
  'I spent time in hospital after psychosis and want others to know recovery is possible.',
  'My background is in teaching, and I am patient with people who need time.',
  'I came to the UK as a refugee and understand loneliness in a new place.',
  'Knitting, crosswords and long phone calls with my sister keep me steady.',
  'I understand self-harm from the inside and will never lecture you.',
  'Volunteering at a food bank gave me purpose when I could not work.',
  'I am a carer for my partner and know the weight of looking after someone.',
  'Running slowly, badly and often has been my medicine.',
  'Faith matters to me, and I am also comfortable with people who have none.',
  'I live with ADHD and bring plenty of energy and some chaos to conversations.',
  'Trauma shaped my childhood; therapy and peer support shaped my recovery.',
  'Photography taught me to notice small good things again.',
  'I was a student when my mental health first fell apart, so I get exam pressure.',
  'Cycling along the canal is where I do my best thinking.',
  'I have been sober for six years and recovery is a daily practice for me.',
  'Board games and silly jokes are how I connect with people.',
  'I retired from the police and know about stress that builds up quietly.',
  'Baking bread is slow and calming, a bit like recovery itself.',
  'I am bisexual and know how isolating it can feel to hide who you are.',
  'Birdwatching got me outdoors when I could barely leave the flat.',
  'I work in a warehouse and understand shifts, tiredness and low pay.',
  'Painting with watercolours helps me slow my racing thoughts.',
  'I lost my brother to suicide and talk openly about bereavement.',
  'Yoga and breathing exercises help me manage panic attacks.',
  'I grew up in care and know what it means to build your own family.',
  'Reading fantasy novels is my favourite escape on a bad evening.'
]) WITH ORDINALITY AS t(w, k);

CREATE TEMPORARY TABLE names (k int, name text);
INSERT INTO names SELECT k - 1, w FROM unnest(ARRAY[
  'Aisha', 'Ben', 'Chloe', 'Dev', 'Eilidh', 'Farah', 'Gareth', 'Hannah', 'Imran', 'Jess', 'Kwame', 'Lowri', 'Mo',
  'Niamh', 'Olu', 'Priya', 'Rhys', 'Sam', 'Tomasz', 'Una', 'Vik', 'Wendy', 'Xin', 'Yusuf', 'Zoe', 'Alex', 'Bronwen',
  'Callum', 'Deborah', 'Emeka', 'Fiona', 'Grace', 'Harpreet', 'Isla', 'Jamal', 'Kasia', 'Liam', 'Maya', 'Nadia',
  'Owen', 'Pat', 'Ruth', 'Siobhan', 'Tariq', 'Ali', 'Beth', 'Connor', 'Dana', 'Ellis', 'Femi'
]) WITH ORDINALITY AS t(w, k);

CREATE TEMPORARY TABLE profile_text AS
SELECT b.n,
       nm.name || ' ' || chr(65 + (n % 26)) || '.' AS display_name,
       -- Three to seven sentences, the first ones on the list far more often than the last.
       (SELECT string_agg(DISTINCT w.word, ' ')
          FROM (SELECT floor(40 * power(random(), 2))::int AS k FROM generate_series(0, 2 + (b.r_bio * 4)::int)) AS s
          JOIN words w ON w.k = s.k) AS bio,
       -- Shown fields: one bit each, with the share of supporters who show it.
       b.r_show, random() < 0.95 AS s_name, random() < 0.6 AS s_pronouns, random() < 0.85 AS s_bio,
       random() < 0.7 AS s_areas, random() < 0.9 AS s_languages, random() < 0.85 AS s_region,
       random() < 0.92 AS s_formats, random() < 0.8 AS s_availability
FROM bench b JOIN names nm ON nm.k = (b.r_name * 50)::int % 50;

CREATE TEMPORARY TABLE chosen (profile_id bigint, kind text, value text);

-- One to three areas each, weighted: anxiety and depression often, psychosis and hearing voices rarely.
INSERT INTO chosen (profile_id, kind, value)
SELECT DISTINCT 200000 + n, 'area', ((ARRAY[1, 1, 1, 1, 3, 3, 3, 3, 2, 2, 9, 9, 6, 6, 8, 4, 7, 5])[1 + ((r_area * 1000)::int + k * 7) % 18])::text
FROM bench, generate_series(0, 2) AS k
WHERE k <= (r_area * 3)::int % 3;

-- English for nearly everyone; one in five adds another language, one in twenty a language only.
INSERT INTO chosen (profile_id, kind, value)
SELECT 200000 + n, 'language', 'English' FROM bench WHERE r_lang < 0.95;
INSERT INTO chosen (profile_id, kind, value)
SELECT 200000 + n, 'language', (ARRAY['Welsh', 'Polish', 'Urdu', 'Punjabi', 'British Sign Language', 'Bengali', 'Arabic', 'Spanish',
                          'Romanian', 'Scottish Gaelic', 'French', 'Somali', 'Tamil', 'Cantonese'])[1 + (n * 31) % 14]
FROM bench WHERE r_lang < 0.2 OR r_lang >= 0.95;

-- Formats and times: each offered by its share of supporters, phone and evenings the most
-- (the "+ 0 * n" makes the draw once per supporter and choice, not once per choice).
INSERT INTO chosen (profile_id, kind, value)
SELECT 200000 + n, 'format', f FROM bench, (VALUES ('PHONE', 0.6), ('VIDEO', 0.55), ('IN_PERSON', 0.45), ('TEXT', 0.35)) AS v(f, share)
WHERE random() + 0 * n < share;

INSERT INTO chosen (profile_id, kind, value)
SELECT 200000 + n, 'slot', s FROM bench, (VALUES ('WEEKDAY_DAYTIME', 0.45), ('WEEKDAY_EVENINGS', 0.55), ('WEEKENDS', 0.4)) AS v(s, share)
WHERE random() + 0 * n < share;
CREATE INDEX ON chosen (profile_id);
ANALYZE chosen;

INSERT INTO supporter_profile (id, version, account_id, display_name, pronouns, bio, region, capacity, show_display_name,
                               show_pronouns, show_bio, show_areas, show_languages, show_region, show_formats,
                               show_availability, published, paused, consent_id, search_text, search_facets, directory_position, updated_at)
SELECT 200000 + b.n, 1, 1000000 + b.n, t.display_name,
       (ARRAY['she/her', 'he/him', 'they/them', 'she/they', 'he/they'])[1 + b.n % 5],
       t.bio,
       r.region,
       1 + b.n % 4,
       t.s_name, t.s_pronouns, t.s_bio, t.s_areas, t.s_languages, t.s_region, t.s_formats, t.s_availability,
       b.r_state < 0.86, b.r_state >= 0.79 AND b.r_state < 0.86,
       CASE WHEN b.r_consent < 0.95 THEN 1000000 + b.n END,
       w.words,
       -- As DirectoryFacets writes them: the shown values only, sorted, each between bars.
       COALESCE((SELECT '|' || string_agg(f.facet, '|' ORDER BY f.facet COLLATE "C") || '|'
                   FROM (SELECT c.kind || ':' || c.value AS facet FROM chosen c
                          WHERE c.profile_id = 200000 + b.n
                            AND CASE c.kind WHEN 'area' THEN t.s_areas WHEN 'language' THEN t.s_languages
                                            WHEN 'format' THEN t.s_formats ELSE t.s_availability END
                         UNION ALL
                         SELECT 'region:' || r.region WHERE t.s_region) AS f), ''),
       floor(random() * 2147483647)::int,
       now()
FROM bench b JOIN profile_text t ON t.n = b.n
     CROSS JOIN LATERAL (SELECT CASE WHEN b.r_region < 0.18 THEN 'London' WHEN b.r_region < 0.32 THEN 'South East England'
            WHEN b.r_region < 0.43 THEN 'North West England' WHEN b.r_region < 0.52 THEN 'West Midlands'
            WHEN b.r_region < 0.60 THEN 'Yorkshire and the Humber' WHEN b.r_region < 0.68 THEN 'Scotland'
            WHEN b.r_region < 0.75 THEN 'East of England' WHEN b.r_region < 0.82 THEN 'South West England'
            WHEN b.r_region < 0.88 THEN 'East Midlands' WHEN b.r_region < 0.93 THEN 'Wales'
            WHEN b.r_region < 0.97 THEN 'North East England' ELSE 'Northern Ireland' END AS region) AS r
     -- As DirectoryWords writes them: each piece of the shown name and bio between spaces, and each run
     -- of letters and digits inside a piece that holds anything else, once, in order, after a space.
     CROSS JOIN LATERAL (SELECT COALESCE(' ' || string_agg(u.word, ' ' ORDER BY u.first), '') AS words
       FROM (SELECT x.word, min(x.place) AS first
               FROM regexp_split_to_table(lower((CASE WHEN t.s_name THEN t.display_name ELSE '' END) || ' '
                      || (CASE WHEN t.s_bio THEN t.bio ELSE '' END)), '\s+') WITH ORDINALITY AS s(piece, n)
                    CROSS JOIN LATERAL (SELECT s.piece, s.n * 1000
                                        UNION ALL
                                        SELECT m.run[1], s.n * 1000 + m.k
                                          FROM regexp_matches(s.piece, '[[:alnum:]]+', 'g') WITH ORDINALITY AS m(run, k)
                                         WHERE m.run[1] <> s.piece) AS x(word, place)
              WHERE x.word <> ''
              GROUP BY x.word) AS u) AS w;
