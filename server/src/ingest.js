// Ingests a data file once into a DuckDB file: events sorted by start (so a tile's query reads
// only the row groups of its interval), ranges apart (a tile also needs those that began before
// it), the search text of each event, and the grid of meta.json.
import { renameSync, rmSync, statSync } from 'node:fs';
import { DuckDBInstance, DuckDBScalarFunction, VARCHAR } from '@duckdb/node-api';
import { duckdbEngine } from './engines/duckdb.js';
import { chooseGrid } from './grid.js';
import { CHECKED, EVENTS } from './ingest-sql.js';
import { ISO_MACROS } from './iso-sql.js';
import { readSource } from './read-source.js';
import { searchText } from './search-text.js';
import { tileBody } from './tiles.js';

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
