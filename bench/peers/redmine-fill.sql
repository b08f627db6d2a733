-- 100,000 Redmine tickets for the side-by-side in bench/README.md ("The peers"): 5,000 in each of the 20
-- units (projects 2..21), a category of their own unit each, statuses 40% closed, created over three years.
SELECT setseed(0.42);
BEGIN;
INSERT INTO issues (id, tracker_id, project_id, subject, description, category_id, status_id,
  priority_id, author_id, lock_version, created_on, updated_on, start_date, done_ratio,
  parent_id, root_id, lft, rgt, is_private, closed_on)
SELECT g, tracker_id, project_id, 'Ticket ' || g || ' subject', 'Description of generated ticket ' || g,
  category_id, status_id, priority_id, 1, 0, created_on, updated_on, created_on::date, 0,
  NULL, g, 1, 2, false, CASE WHEN status_id IN (5,6) THEN updated_on END
FROM (
  SELECT g,
    1 + (random()*2.999)::int % 3                                   AS tracker_id,
    2 + ((g - 1) % 20)                                             AS project_id,
    ((g - 1) % 20) * 5 + 1 + floor(random()*5)::int               AS category_id,
    (ARRAY[1,1,2,3,4,5,5,5,5,6])[1 + floor(random()*10)::int]      AS status_id,
    (ARRAY[1,2,2,2,3,4,5])[1 + floor(random()*7)::int]            AS priority_id,
    ts AS created_on,
    LEAST(ts + random() * interval '60 days', (now() at time zone 'UTC')) AS updated_on
  FROM (SELECT g, (now() at time zone 'UTC') - random() * interval '3 years' AS ts
        FROM generate_series(1, 100000) g) s
) x;
SELECT setval('issues_id_seq', (SELECT max(id) FROM issues));
COMMIT;
ANALYZE;
SELECT count(*) FROM issues;
