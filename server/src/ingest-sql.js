// The SQL of ingest.js: the staging table `raw` checked row by row (dates read by iso-sql.js,
// problems named), then the tables the engine reads.

const MAX_TIME = 8.64e15;

// ASCII text needs only lower case and white space folded, which SQL does as JavaScript does;
// only other text goes through the JavaScript function (a byte count equal to the character count).
export const CHECKED = `
CREATE OR REPLACE TEMP MACRO search_of(t) AS CASE WHEN strlen(t) = length(t)
  THEN trim(regexp_replace(lower(t), '[\\t\\n\\x0B\\f\\r ]+', ' ', 'g'))
  ELSE search_text(t) END;
CREATE TEMP TABLE parts AS
SELECT *, iso_fields(start) AS sp, CASE WHEN nullif(trim("end"), '') IS NOT NULL THEN iso_fields("end") END AS ep,
  coalesce(lower(ongoing) IN ('true', '1', 'yes'), false) AS is_ongoing FROM raw;
CREATE TEMP VIEW dated AS
SELECT *, iso_start_of(sp) AS s0, iso_stop_of(ep) AS e1, iso_problem_of(sp, start) AS start_problem,
  iso_problem_of(ep, "end") AS end_problem FROM parts;
CREATE TEMP VIEW checked AS
SELECT *, CASE
    WHEN title IS NULL OR trim(title) = '' THEN 'title is missing'
    WHEN start_problem IS NOT NULL THEN 'start: ' || start_problem
    WHEN ep IS NOT NULL AND end_problem IS NOT NULL THEN 'end: ' || end_problem
    WHEN ep IS NOT NULL AND e1 <= s0
      THEN 'end ''' || trim("end") || ''' is before start ''' || trim(start) || ''''
  END AS problem
FROM dated;
`;

// Each event gets `rid`, its place in time order, `lane`, its category's place in meta.json, and
// `p`, its rank for representatives: importance first, then time order, as one integer so that
// picking the top k of a bin compares integers only.
export const EVENTS = `
CREATE TABLE events AS
SELECT *, (3 - importance)::BIGINT * ${2 ** 40} + rid AS p FROM (
SELECT row_number() OVER (ORDER BY s0, coalesce(nullif(trim(id), ''), 'row-' || row)) - 1 AS rid,
  coalesce(nullif(trim(id), ''), 'row-' || row) AS id, trim(title) AS title,
  trim(start) AS start_iso, nullif(trim("end"), '') AS end_iso, is_ongoing AS ongoing, s0 AS s,
  CASE WHEN is_ongoing THEN ${MAX_TIME}::BIGINT WHEN ep IS NOT NULL THEN e1 ELSE s0 + 1 END AS stop,
  coalesce(trim(category), '') AS category, l.lane,
  CASE WHEN TRY_CAST(importance AS DOUBLE) IN (1, 2, 3) THEN TRY_CAST(importance AS DOUBLE)::TINYINT
    ELSE 2 END AS importance,
  nullif(summary, '') AS summary, nullif(description, '') AS description, extra,
  coalesce(search, search_of(concat_ws(chr(10), trim(title), nullif(summary, ''), nullif(description, '')))) AS search
FROM checked JOIN lanes AS l (lane_id, lane) ON coalesce(trim(category), '') = l.lane_id WHERE problem IS NULL)
ORDER BY rid;
-- Length classes by powers of 8 ms: a tile reads each class back only as far as its longest.
CREATE TABLE ranges AS SELECT *, ceil(log2(stop - s) / 3)::INTEGER AS cls FROM events
WHERE stop - s > 1 ORDER BY cls, s;
`;
