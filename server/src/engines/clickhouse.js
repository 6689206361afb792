// The ClickHouse engine: the engine interface (../engine.js) over a ClickHouse server, through
// @clickhouse/client. Ingest stays DuckDB's (it checks every row and names the bad ones); its
// tables are copied into ClickHouse once, and tiles are then answered there with ClickHouse's SQL:
// `LIMIT k BY bin` picks each bin's top k, so it needs no window functions (18.16 and later).
//
// ClickHouse before 19.15 takes no query parameters, so values are written into the SQL: numbers
// as integers made here, text through `quote`.
import { DuckDBInstance } from '@duckdb/node-api';
import { pageByStretches } from '../pages.js';

const FIELDS =
  'id, title, start_iso, end_iso, ongoing, category, importance, summary, description, extra';
const RID_BITS = 2n ** 40n;

/** A string as a ClickHouse literal: backslashes and quotes escaped. */
export function quote(text) {
  return `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** An integer literal of a time in ms (a tile's border, a page's key). */
const int = (ms) => BigInt(Math.round(ms)).toString();

/** The bin of an event in a tile from t0 with bins of `width` ms: where it starts, or the first. */
const binOf = (time, t0, width) => `if(${time} < ${t0}, 0, intDiv(${time} - ${t0}, ${width}))`;

/**
 * The engine over a ClickHouse `query` (rows of JSONEachRow) and the ingested `info`, reading the
 * tables of `database`.
 * @param {(sql: string) => Promise<Record<string, any>[]>} query
 * @param {any} info
 * @param {string} database
 */
export function clickhouseEngine(query, info, database) {
  const table = (name) => `${database}.${name}`;
  const laneOf = new Map(info.categories.map((c, lane) => [c.id, lane]));

  /** The filter's conditions, joined with AND in front of each. */
  function filterSql(filter) {
    const where = [];
    const lanes = filter.categories?.flatMap((id) => laneOf.get(id) ?? []) ?? null;
    if (lanes) where.push(lanes.length > 0 ? `lane IN (${lanes.join(', ')})` : '0');
    for (const word of filter.words) where.push(`position(search, ${quote(word)}) > 0`);
    return where.map((w) => ` AND ${w}`).join('');
  }

  /** The matching events overlapping [t0, t1), as a subquery with the given columns. */
  function hitSql(columns, t0, t1, filter) {
    const and = filterSql(filter);
    const ranges = info.rangeClasses.map(
      ([cls, reach]) =>
        `SELECT ${columns} FROM ${table('ranges')} WHERE cls = ${cls} AND s >= ${t0} - ${reach} AND s < ${t0} AND stop > ${t0}${and}`,
    );
    return `(${[`SELECT ${columns} FROM ${table('events')} WHERE s >= ${t0} AND s < ${t1}${and}`, ...ranges].join(' UNION ALL ')})`;
  }

  return {
    info,
    async events({ start, end }, filter) {
      const hit = hitSql(`rid, ${FIELDS}`, int(start), int(end), filter);
      return query(`SELECT ${FIELDS} FROM ${hit} ORDER BY rid`);
    },
    async summary({ start, end }, bins, k, filter) {
      const [t0, t1] = [int(start), int(end)];
      const width = int((end - start) / bins);
      const spans = await query(
        `SELECT lane, toInt32(${binOf('s', t0, width)}) AS first,
           toInt32(least(${bins - 1}, ${binOf('stop - 1', t0, width)})) AS last, count() AS n
         FROM ${hitSql('lane, s, stop', t0, t1, filter)} GROUP BY lane, first, last`,
      );
      // The k best of each bin by rank p (importance, then time order), then their fields.
      const best = await query(
        `SELECT toInt32(${binOf('s', t0, width)}) AS bin, p, s FROM ${hitSql('s, p', t0, t1, filter)}
         ORDER BY bin, p LIMIT ${k} BY bin`,
      );
      const rids = best.map((row) => BigInt(row.p) % RID_BITS);
      // Their starts let the table's sort key (s, rid) find them without reading it all.
      const starts = [...new Set(best.map((row) => row.s))];
      const fields =
        rids.length === 0
          ? []
          : await query(
              `SELECT rid, ${FIELDS} FROM ${table('events')} WHERE s IN (${starts.join(', ')}) AND rid IN (${rids.join(', ')})`,
            );
      const byRid = new Map(fields.map((row) => [BigInt(row.rid), row]));
      const representatives = best.map((row) => ({
        bin: row.bin,
        ...byRid.get(BigInt(row.p) % RID_BITS),
      }));
      return {
        spans: spans.map((row) => ({ ...row, n: Number(row.n) })),
        representatives,
      };
    },
    async page(key, direction, limit, filter) {
      const after = direction === 'after';
      const [first, last] = info.extent;
      const from = BigInt(int(key ? key.start : after ? first : last));
      let where = filterSql(filter);
      if (key?.id !== undefined) {
        const id = quote(key.id);
        where += after ? ` AND (s > ${from} OR id > ${id})` : ` AND (s < ${from} OR id < ${id})`;
      } else if (key) where += after ? ` AND s >= ${from}` : ` AND s < ${from}`;
      return pageByStretches(info, from, direction, limit, (lo, hi, order) =>
        query(
          `SELECT ${FIELDS} FROM ${table('events')} WHERE s >= ${lo} AND s < ${hi}${where}
           ORDER BY s ${order}, rid ${order} LIMIT ${limit + 1}`,
        ),
      );
    },
    async rendered(z, x) {
      const rows = await query(`SELECT body FROM ${table('rendered')} WHERE z = ${z} AND x = ${x}`);
      return rows[0]?.body ?? null;
    },
  };
}

const COLUMNS = [
  ['rid', 'Int64', 'rid'],
  ['id', 'String', 'id'],
  ['title', 'String', 'title'],
  ['start_iso', 'String', 'start_iso'],
  ['end_iso', 'Nullable(String)', 'end_iso'],
  ['ongoing', 'UInt8', 'ongoing::UTINYINT'],
  ['s', 'Int64', 's'],
  ['stop', 'Int64', 'stop'],
  ['category', 'String', 'category'],
  ['lane', 'Int32', 'lane'],
  ['importance', 'Int8', 'importance'],
  ['summary', 'Nullable(String)', 'summary'],
  ['description', 'Nullable(String)', 'description'],
  ['extra', 'Nullable(String)', 'extra'],
  ['search', 'String', 'search'],
  ['p', 'Int64', 'p'],
];

/** Rows copied per insert. */
const BATCH = 50_000;

/**
 * Copies the tables of a DuckDB file made by ingest.js into ClickHouse database `database`
 * (created if need be), replacing what an earlier copy left there.
 * @param {string} db the DuckDB file
 * @param {import('@clickhouse/client').ClickHouseClient} client
 * @param {{ database?: string, say?: (line: string, final?: boolean) => void }} [options]
 */
export async function copyToClickHouse(db, client, { database = 'event_timeline', say } = {}) {
  const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
  const duck = await instance.connect();
  const read = async (sql) => (await duck.runAndReadAll(sql)).getRowObjectsJson();
  const run = (sql) => client.command({ query: sql });
  try {
    const [infoRow] = await read('SELECT json FROM info');
    const info = JSON.parse(String(infoRow?.json));
    await run(`CREATE DATABASE IF NOT EXISTS ${database}`);
    const columns = COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ');
    const tables = [
      ['events', columns, 'ORDER BY (s, rid)'],
      ['ranges', `${columns}, cls Int32`, 'ORDER BY (cls, s)'],
      ['rendered', 'z Int32, x Int64, body String', 'ORDER BY (z, x)'],
    ];
    for (const [table, cols, order] of tables) {
      await run(`DROP TABLE IF EXISTS ${database}.${table}`);
      await run(`CREATE TABLE ${database}.${table} (${cols}) ENGINE = MergeTree ${order}`);
    }
    await run(`DROP TABLE IF EXISTS ${database}.info`);
    await run(`CREATE TABLE ${database}.info (json String) ENGINE = TinyLog`);
    const select = COLUMNS.map(([name, , from]) => `${from} AS ${name}`).join(', ');
    const insert = (table, values) =>
      client.insert({ table: `${database}.${table}`, values, format: 'JSONEachRow' });
    // Events and ranges a stretch of rids at a time (every event has one, 0 to count - 1).
    for (let from = 0; from < info.count; from += BATCH) {
      const within = `WHERE rid >= ${from} AND rid < ${from + BATCH}`;
      await insert('events', await read(`SELECT ${select} FROM events ${within}`));
      const ranges = await read(`SELECT ${select}, cls FROM ranges ${within}`);
      if (ranges.length > 0) await insert('ranges', ranges);
      say?.(`copying to ClickHouse: ${Math.min(info.count, from + BATCH)} of ${info.count} events`);
    }
    const bodies = await read('SELECT z, x, body FROM rendered');
    if (bodies.length > 0) await insert('rendered', bodies);
    // Written last: a copy cut short has no info, and is made again.
    await client.insert({
      table: `${database}.info`,
      values: [{ json: JSON.stringify(info) }],
      format: 'JSONEachRow',
    });
    say?.(`copied ${info.count} events to ClickHouse (${database})`, true);
  } finally {
    duck.closeSync();
    instance.closeSync();
  }
}

/**
 * Opens the tiles of DuckDB file `db` in ClickHouse at `url`: copies them there first when the
 * database holds no copy of the same source (its size and modification time).
 * @param {string} db a DuckDB file made by ingest.js
 * @param {{ url: string, database?: string, say?: (line: string, final?: boolean) => void }} options
 * @returns {Promise<import('../engine.js').TileEngine>}
 */
export async function openClickHouse(db, { url, database = 'event_timeline', say }) {
  const { createClient } = await import('@clickhouse/client');
  const client = createClient({ url });
  const query = async (sql) => {
    const result = await client.query({ query: sql, format: 'JSONEachRow' });
    return /** @type {Record<string, any>[]} */ (await result.json());
  };
  const recorded = async () => {
    const [has] = await query(
      `SELECT count() AS n FROM system.tables WHERE database = ${quote(database)} AND name = 'info'`,
    );
    if (Number(has?.n) === 0) return null;
    const [row] = await query(`SELECT json FROM ${database}.info`);
    return row ? JSON.parse(row.json) : null;
  };
  try {
    const duck = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
    const connection = await duck.connect();
    const rows = (await connection.runAndReadAll('SELECT json FROM info')).getRows();
    connection.closeSync();
    duck.closeSync();
    const source = JSON.parse(String(rows[0]?.[0])).source;
    const copy = await recorded();
    const same = copy?.source?.size === source?.size && copy?.source?.mtimeMs === source?.mtimeMs;
    if (!same) await copyToClickHouse(db, client, { database, say });
    else say?.(`using the copy in ClickHouse (${database})`, true);
    const info = await recorded();
    if (!info) throw new Error(`ClickHouse at ${url} holds no copy of ${db}`);
    const engine = clickhouseEngine(query, info, database);
    return { ...engine, close: () => client.close() };
  } catch (error) {
    await client.close();
    throw error;
  }
}
