// Opens a data file for serving: ingests it into a DuckDB file beside it the first time, or again
// when the data file has changed since (its size or modification time), then opens that file.
import { existsSync, statSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { openDuckDB } from './engines/duckdb.js';
import { ingest } from './ingest.js';

/** What ingest recorded of the source in `db`, or null when there is no usable file. */
async function recordedSource(db) {
  if (!existsSync(db)) return null;
  try {
    const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    const rows = (await connection.runAndReadAll('SELECT json FROM info')).getRows();
    connection.closeSync();
    instance.closeSync();
    return JSON.parse(String(rows[0]?.[0])).source ?? null;
  } catch {
    return null;
  }
}

/**
 * @param {string} source a .json, .csv, .tsv or .parquet file of events
 * @param {{ db?: string, reingest?: boolean, say?: (line: string, final?: boolean) => void, maxTileEvents?: number, clickhouse?: string, database?: string }} [options]
 *   `clickhouse`: the URL of a ClickHouse server to answer tiles from (engines/clickhouse.js),
 *   with the DuckDB file's tables copied into its `database` once
 * @returns {Promise<import('./engine.js').TileEngine>}
 */
export async function openSource(source, options = {}) {
  const { db = `${source}.duckdb`, reingest = false, say, maxTileEvents } = options;
  const stat = statSync(source);
  const recorded = reingest ? null : await recordedSource(db);
  if (!recorded || recorded.size !== stat.size || recorded.mtimeMs !== stat.mtimeMs) {
    await ingest(source, db, { say, maxTileEvents });
  } else {
    say?.(`using ${db} (ingested before; --reingest to redo it)`, true);
  }
  if (options.clickhouse) {
    const { openClickHouse } = await import('./engines/clickhouse.js');
    return openClickHouse(db, { url: options.clickhouse, database: options.database, say });
  }
  return openDuckDB(db);
}
