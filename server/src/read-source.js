// Reads a data file into the staging table `raw` (all text columns, one row per event, `row` its
// 1-based place in the file), whichever of JSON, CSV/TSV or Parquet it is.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { searchText } from './search-text.js';

/** The event fields the server keeps as columns; a JSON event's other fields travel in `extra`. */
export const COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'ongoing',
  'category',
  'importance',
  'summary',
  'description',
];

/** @param {string} text */
export const sqlString = (text) => `'${text.replaceAll("'", "''")}'`;

/**
 * @param {import('@duckdb/node-api').DuckDBConnection} connection
 * @param {string} path
 * @returns {Promise<{ title: string, categories: { id: string, label: string, color: string | null }[] }>}
 */
export async function readSource(connection, path) {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return readJson(connection, path);
  const reader =
    ext === '.parquet'
      ? `read_parquet(${sqlString(path)})`
      : ext === '.csv' || ext === '.tsv'
        ? `read_csv(${sqlString(path)}, header = true, all_varchar = true${ext === '.tsv' ? ", delim = '\\t'" : ''})`
        : null;
  if (!reader) throw new Error(`${path}: not a .json, .csv, .tsv or .parquet file`);
  const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${reader}`);
  const present = new Set(described.getRowObjects().map((row) => String(row.column_name)));
  for (const need of ['title', 'start']) {
    if (!present.has(need))
      throw new Error(`${path}: no "${need}" column (it has: ${[...present].join(', ')})`);
  }
  const columns = COLUMNS.map((c) =>
    present.has(c) ? `CAST("${c}" AS VARCHAR) AS "${c}"` : `NULL::VARCHAR AS "${c}"`,
  );
  // A view: the file is read once, by the step that parses the dates.
  await connection.run(
    `CREATE TEMP VIEW raw AS SELECT row_number() OVER () AS row, ${columns.join(', ')},
       NULL::VARCHAR AS extra, NULL::VARCHAR AS search FROM ${reader}`,
  );
  return { title: '', categories: [] };
}

/**
 * A native JSON file (or a bare array of events): parsed here, written as NDJSON of text fields
 * with the search text computed exactly, and read back by DuckDB.
 */
async function readJson(connection, path) {
  const data = JSON.parse(readFileSync(path, 'utf8'));
  const events = Array.isArray(data) ? data : Array.isArray(data?.events) ? data.events : null;
  if (!events) throw new Error(`${path}: no "events" array`);
  const lines = events.map((event) => JSON.stringify(flatten(event ?? {})));
  const ndjson = `${path}.rows.ndjson`;
  writeFileSync(ndjson, `${lines.join('\n')}\n`);
  const types = [...COLUMNS, 'extra', 'search'].map((c) => `"${c}": 'VARCHAR'`).join(', ');
  try {
    await connection.run(
      `CREATE TEMP TABLE raw AS SELECT row_number() OVER () AS row, *
       FROM read_json(${sqlString(ndjson)}, format = 'newline_delimited', columns = {${types}})`,
    );
  } finally {
    rmSync(ndjson, { force: true });
  }
  const categories = Array.isArray(data?.categories)
    ? data.categories
        .filter((c) => c && typeof c.id === 'string')
        .map((c) => ({ id: c.id, label: String(c.label ?? c.id), color: c.color ?? null }))
    : [];
  return { title: typeof data?.title === 'string' ? data.title : '', categories };
}

/** One JSON event as text columns, its other fields as JSON in `extra`. */
function flatten(event) {
  const row = {};
  const extra = {};
  for (const [key, value] of Object.entries(event)) {
    if (COLUMNS.includes(key)) row[key] = value == null ? null : String(value);
    else extra[key] = value;
  }
  row.extra = Object.keys(extra).length > 0 ? JSON.stringify(extra) : null;
  const quote = typeof event.quote?.text === 'string' ? event.quote.text : '';
  const text = [event.title, event.summary, event.description, quote]
    .filter((part) => typeof part === 'string' && part)
    .join('\n');
  row.search = searchText(text);
  return row;
}
