// SQL macros that read ISO 8601 dates as the element does (src/model/dates.ts): proleptic
// Gregorian, astronomical years ("-0043-03-15" is 44 BCE), expanded years ("+012000"), the
// precision the text was written with, and an optional zone.
// Two steps, each materialised by the caller as a column so that no regular expression or cast
// runs twice: `iso_fields(t)` reads the text into typed fields; `iso_start_of(f)` (where the
// period the text names begins, ms since 1970 UTC), `iso_stop_of(f)` (where it ends) and
// `iso_problem_of(f, t)` (why the text is not a date, or NULL) are arithmetic on those fields.

const PATTERN =
  '^([+-][0-9]{4,6}|[0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})(?:[Tt ]([0-9]{2})(?::([0-9]{2})(?::([0-9]{2})(\\.[0-9]{1,9})?)?)?([Zz]|[+-][0-9]{2}(?::?[0-9]{2})?)?)?)?)?$';

const DAY = 86_400_000;

const quoted = (t) => `'''' || ${t} || ''''`;

export const ISO_MACROS = `
CREATE OR REPLACE TEMP MACRO iso_int(s, fallback) AS coalesce(TRY_CAST(nullif(s, '') AS BIGINT), fallback);
CREATE OR REPLACE TEMP MACRO iso_offset(z) AS
  CASE WHEN z = '' OR upper(z) = 'Z' THEN 0
  ELSE (CASE WHEN z[1] = '-' THEN -1 ELSE 1 END)
    * (z[2:3]::BIGINT * 3600000 + iso_int(regexp_extract(z, '[0-9]{2}:?([0-9]{2})$', 1), 0) * 60000)
  END;
CREATE OR REPLACE TEMP MACRO iso_typed(p) AS struct_pack(
  ok := p.y <> '', y := iso_int(p.y, 0), mo := iso_int(p.mo, 1), d := iso_int(p.d, 1),
  h := iso_int(p.h, 0), mi := iso_int(p.mi, 0), sec := iso_int(p.sec, 0),
  ms := coalesce(floor(TRY_CAST('0' || nullif(p.frac, '') AS DOUBLE) * 1000)::BIGINT, 0),
  off := iso_offset(p.zone),
  prec := CASE WHEN p.mo = '' THEN 0 WHEN p.d = '' THEN 1 WHEN p.h = '' THEN 2
    WHEN p.mi = '' THEN 3 WHEN p.sec = '' THEN 4 ELSE 5 END);
CREATE OR REPLACE TEMP MACRO iso_fields(t) AS iso_typed(
  regexp_extract(trim(t), '${PATTERN}', ['y', 'mo', 'd', 'h', 'mi', 'sec', 'frac', 'zone']));
-- Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date.
CREATE OR REPLACE TEMP MACRO civil_year(y, m) AS y - CASE WHEN m <= 2 THEN 1 ELSE 0 END;
CREATE OR REPLACE TEMP MACRO civil_era(y, m) AS floor(civil_year(y, m) / 400)::BIGINT;
CREATE OR REPLACE TEMP MACRO civil_yoe(y, m) AS civil_year(y, m) - civil_era(y, m) * 400;
CREATE OR REPLACE TEMP MACRO civil_days(y, m, d) AS
  civil_era(y, m) * 146097 + civil_yoe(y, m) * 365 + civil_yoe(y, m) // 4
  - civil_yoe(y, m) // 100 + (153 * ((m + 9) % 12) + 2) // 5 + d - 1 - 719468;
CREATE OR REPLACE TEMP MACRO days_in_month(y, m) AS
  CASE WHEN m = 12 THEN 31 ELSE civil_days(y, m + 1, 1) - civil_days(y, m, 1) END;
CREATE OR REPLACE TEMP MACRO iso_local(f) AS
  civil_days(f.y, f.mo, f.d) * ${DAY} + f.h * 3600000 + f.mi * 60000 + f.sec * 1000 + f.ms;
CREATE OR REPLACE TEMP MACRO iso_start_of(f) AS iso_local(f) - f.off;
-- The period's end: a year, a month, a day, an hour (a minute where the zone is not whole hours).
CREATE OR REPLACE TEMP MACRO iso_stop_of(f) AS CASE
  WHEN f.prec = 0 THEN civil_days(f.y + 1, 1, 1) * ${DAY}
  WHEN f.prec = 1 THEN civil_days(f.y + f.mo // 12, f.mo % 12 + 1, 1) * ${DAY}
  WHEN f.prec = 2 THEN iso_local(f) + ${DAY}
  WHEN f.prec = 3 AND f.off % 3600000 = 0 THEN iso_start_of(f) + 3600000
  WHEN f.prec <= 4 THEN iso_start_of(f) + 60000
  ELSE iso_start_of(f) + 1000 END;
-- A day is checked against its month only past 28, where it can be wrong: most rows skip it.
CREATE OR REPLACE TEMP MACRO iso_problem_of(f, t) AS CASE
  WHEN t IS NULL OR trim(t) = '' THEN 'is missing'
  WHEN NOT f.ok THEN ${quoted('t')} || ' is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mmZ'
  WHEN f.y NOT BETWEEN -271820 AND 275759 THEN ${quoted('t')} || ' is past the range of dates'
  WHEN f.mo NOT BETWEEN 1 AND 12 THEN ${quoted('t')} || ' is not a date: month ' || f.mo || ' does not exist'
  WHEN f.d < 1 OR (f.d > 28 AND f.d > days_in_month(f.y, f.mo))
    THEN ${quoted('t')} || ' is not a date: day ' || f.d || ' does not exist in that month'
  WHEN f.h > 23 OR f.mi > 59 OR f.sec > 59 THEN ${quoted('t')} || ' is not a time of day'
  WHEN iso_start_of(f) NOT BETWEEN -8640000000000000 AND 8640000000000000
    THEN ${quoted('t')} || ' is past the range of dates'
  END;
`;
