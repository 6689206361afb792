// Ingests a data file once into a DuckDB file: events sorted by start (so a tile's query reads
// only the row groups of its interval), ranges apart (a tile also needs those that began before
// it), the search text of each event, and the grid of meta.json.
import { renameSync, rmSync, statSync } from 'node:fs';
import { DuckDBInstance, DuckDBScalarFunction, VARCHAR } from '@duckdb/node-api';
import { duckdbEngine } from './engines/duckdb.js';
import { chooseGrid } from './grid.js';
import { ISO_MACROS } from './iso-sql.js';
import { readSource } from './read-source.js';
import { searchText } from './search-text.js';
import { tileBody } from './tiles.js';

const MAX_TIME = 8.64e15;

/** @param {(line: string) => void} say */
async function step(connection, say, label, sql) {
  const started = Date.now();
  const timer = setInterval(() => {
    const { percentage } = connection.progress;
    if (percentage >= 0) say(`${label}: ${percentage.toFixed(0)}%`);
  }, 1000);
  try {
    await connection.run(sql);
  } finally {
    clearInterval(timer);
  }
  say(`${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`, true);
}

/** `search_text(text)`: the element's normalisation, for text that is not plain ASCII. */
function registerSearchText(connection) {
  connection.registerScalarFunction(
    DuckDBScalarFunction.create({
      name: 'search_text',
      returnType: VARCHAR,
      parameterTypes: [VARCHAR],
      mainFunction: (_info, input, output) => {
        const texts = input.getColumnVector(0);
        for (let i = 0; i < input.rowCount; i++)
          output.setItem(i, searchText(texts.getItem(i) ?? ''));
        output.flush();
      },
    }),
  );
}

// ASCII text needs only lower case and white space folded, which SQL does as JavaScript does;
// only other text goes through the JavaScript function (a byte count equal to the character count).
const CHECKED = `
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
const EVENTS = `
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

/** DuckDB's memory while ingesting: sorting ten million events spills to disk past it. */
const INGEST_MEMORY = '1536MB';

/**
 * Ingests `source` into a new DuckDB file at `target`, replacing any older one only when done.
 * @param {string} source
 * @param {string} target
 * @param {{ say?: (line: string, final?: boolean) => void, tileSize?: number, bins?: number, k?: number, maxTileEvents?: number }} [options]
 */
export async function ingest(source, target, options = {}) {
  const say = options.say ?? (() => {});
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  rmSync(`${partial}.wal`, { force: true });
  const instance = await DuckDBInstance.create(partial, { memory_limit: INGEST_MEMORY });
  const connection = await instance.connect();
  try {
    await connection.run('SET enable_progress_bar = true; SET enable_progress_bar_print = false');
    await connection.run(ISO_MACROS);
    registerSearchText(connection);
    const started = Date.now();
    say(`reading ${source}`, true);
    const { title, categories } = await readSourceTimed(connection, source, say);
    await step(connection, say, 'parsing dates', CHECKED);
    const rejected = await rejectedRows(connection);
    for (const line of rejected.examples) say(`  skipped row ${line}`, true);
    const lanes = await orderLanes(connection, categories);
    await step(connection, say, 'sorting by start, search text', EVENTS);
    await connection.run('DROP VIEW checked; DROP VIEW dated; DROP TABLE parts');
    const info = await describeData(connection, {
      title,
      categories: lanes,
      rejected: rejected.count,
      ...options,
    });
    await renderCoarsest(connection, info, say);
    await connection.run('CREATE TABLE info (json VARCHAR)');
    const stat = statSync(source);
    await connection.run('INSERT INTO info VALUES ($1)', [
      JSON.stringify({ ...info, source: { path: source, size: stat.size, mtimeMs: stat.mtimeMs } }),
    ]);
    await connection.run('CHECKPOINT');
    say(
      `ingested ${info.count.toLocaleString('en-US')} events in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      true,
    );
    return info;
  } finally {
    connection.closeSync();
    instance.closeSync();
    renameOver(partial, target);
  }
}

async function readSourceTimed(connection, source, say) {
  const started = Date.now();
  const result = await readSource(connection, source);
  say(`reading: done in ${((Date.now() - started) / 1000).toFixed(1)} s`, true);
  return result;
}

function renameOver(partial, target) {
  rmSync(`${target}.wal`, { force: true });
  renameSync(partial, target);
}

async function rejectedRows(connection) {
  const count = await connection.runAndReadAll(
    'SELECT count(*) FROM checked WHERE problem IS NOT NULL',
  );
  const examples = await connection.runAndReadAll(
    `SELECT row || ': ' || problem FROM checked WHERE problem IS NOT NULL ORDER BY row LIMIT 5`,
  );
  return {
    count: Number(count.getRows()[0]?.[0] ?? 0),
    examples: examples.getRows().map((r) => String(r[0])),
  };
}

/**
 * The categories in meta.json's order, each with its number of events, written to the table
 * `lanes` (id, lane): the data's own list first, then the others by id.
 */
async function orderLanes(connection, listed) {
  const rows = await connection.runAndReadAll(
    `SELECT coalesce(trim(category), '') AS id, count(*) FROM checked WHERE problem IS NULL
     GROUP BY ALL ORDER BY id`,
  );
  const counts = new Map(rows.getRows().map(([id, n]) => [String(id), Number(n)]));
  const known = new Set(listed.map((c) => c.id));
  const lanes = [
    ...listed.map((c) => ({ ...c, count: counts.get(c.id) ?? 0 })),
    ...[...counts]
      .filter(([id]) => !known.has(id))
      .map(([id, count]) => ({ id, label: id, color: null, count })),
  ];
  await connection.run('CREATE TEMP TABLE lanes (id VARCHAR, lane INTEGER)');
  for (const [lane, { id }] of lanes.entries()) {
    await connection.run('INSERT INTO lanes VALUES ($1, $2)', [id, lane]);
  }
  return lanes;
}

/** Levels rendered at ingest: 127 tiles at most, each of which would read a large part of the data. */
const RENDERED_LEVELS = 6;

/**
 * Renders the tiles of the coarsest levels once, without a filter, into the table `rendered`:
 * these read the most rows, and every view of the whole timeline asks for them.
 */
async function renderCoarsest(connection, info, say) {
  await connection.run('CREATE TABLE rendered (z INTEGER, x BIGINT, body VARCHAR)');
  const query = async (sql, params) =>
    (await connection.runAndReadAll(sql, params)).getRowObjectsJS();
  const engine = duckdbEngine(query, info);
  const started = Date.now();
  const noFilter = { words: [], categories: null };
  let tiles = 0;
  for (let z = 0; z <= info.renderedLevels; z++) {
    const span = info.baseSpan / 2 ** z;
    const last = Math.floor((info.extent[1] - 1 - info.origin) / span);
    for (let x = 0; x <= last; x++) {
      const body = await tileBody(engine, z, x, noFilter);
      await connection.run('INSERT INTO rendered VALUES ($1, $2, $3)', [z, x, body]);
      tiles++;
    }
    say(`rendering levels 0–${info.renderedLevels}: ${tiles} tiles`);
  }
  say(
    `rendering levels 0–${info.renderedLevels}: ${tiles} tiles in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    true,
  );
}

/** Count, extent, categories and the grid: everything meta.json says. */
async function describeData(
  connection,
  { title, categories, rejected, tileSize = 256, bins = 64, k = 3, maxTileEvents = 2000 },
) {
  const totals = (
    await connection.runAndReadAll(
      // An ongoing event reaches every later tile but does not stretch the extent to the end of time.
      'SELECT count(*), min(s)::DOUBLE, max(CASE WHEN ongoing THEN s + 1 ELSE stop END)::DOUBLE FROM events',
    )
  ).getRows()[0];
  const count = Number(totals?.[0] ?? 0);
  const extent = count > 0 ? [Number(totals?.[1]), Number(totals?.[2])] : [0, 1];
  const grid = await chooseGrid(connection, extent, { tileSize, bins, maxTileEvents });
  const classes = await connection.runAndReadAll(
    'SELECT cls, max(stop - s)::VARCHAR FROM ranges GROUP BY cls ORDER BY cls',
  );
  // The longest range of each class, as text: lengths past 2^53 ms would round as numbers.
  const rangeClasses = classes.getRows().map(([cls, reach]) => [Number(cls), String(reach)]);
  const renderedLevels = Math.min(RENDERED_LEVELS, grid.deepestLevel);
  return {
    version: 1,
    title,
    count,
    rejected,
    extent,
    ...grid,
    k,
    rangeClasses,
    renderedLevels,
    categories,
  };
}
