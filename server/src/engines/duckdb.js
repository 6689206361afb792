// The DuckDB engine: answers the engine interface (../engine.js) from a file made by ingest.js.
// A tile reads `events` from its start to its end (sorted by start, so DuckDB skips the other row
// groups) and, from `ranges`, those that began before it and reach into it: ranges are sorted by
// length class then start, so each class is read only as far back as its longest range.
import { DuckDBInstance } from '@duckdb/node-api';
import { pageByStretches } from '../pages.js';

const FIELDS =
  'id, title, start_iso, end_iso, ongoing, category, importance, summary, description, extra';
const RID_BITS = 2n ** 40n;

/** A tile's border as a BIGINT: a DOUBLE would make DuckDB cast `s` and scan it all. */
const border = (ms) => BigInt(Math.round(ms));

/** The bin of an event in a tile from $t0 with bins of 2^shift ms: where it starts, or the first. */
const binOf = (time, shift) =>
  `CASE WHEN ${time} < $t0 THEN 0 ELSE (${time} - $t0) >> ${shift} END`;

/**
 * The engine over a DuckDB connection's `query` (rows as JavaScript objects) and the ingested
 * `info`; ingest.js uses it too, to render the coarsest tiles once.
 * @param {(sql: string, params?: object) => Promise<Record<string, any>[]>} query
 * @param {any} info
 */
export function duckdbEngine(query, info) {
  const laneOf = new Map(info.categories.map((c, lane) => [c.id, lane]));
  const lanesOf = (filter) => filter.categories?.flatMap((id) => laneOf.get(id) ?? []) ?? null;

  /** The filter's conditions; lanes are integers computed here, words go as parameters. */
  function filterSql(filter, params) {
    const where = [];
    const lanes = lanesOf(filter);
    if (lanes) where.push(lanes.length > 0 ? `lane IN (${lanes.join(', ')})` : 'false');
    filter.words.forEach((word, i) => {
      params[`w${i}`] = word;
      where.push(`contains(search, $w${i})`);
    });
    return where;
  }

  /** The matching events that overlap [$t0, $t1), as a CTE `hit` with the given columns. */
  function hitSql(columns, filter, params) {
    const where = filterSql(filter, params);
    // Reaches are integers computed here, so they go in the text.
    const and = where.map((w) => ` AND ${w}`).join('');
    const ranges = info.rangeClasses.map(
      ([cls, reach]) =>
        `SELECT ${columns} FROM ranges WHERE cls = ${cls} AND s >= $t0 - ${reach} AND s < $t0 AND stop > $t0${and}`,
    );
    const parts = [`SELECT ${columns} FROM events WHERE s >= $t0 AND s < $t1${and}`, ...ranges];
    return `WITH hit AS (${parts.join('\nUNION ALL ')})`;
  }

  return {
    info,
    async events({ start, end }, filter) {
      const params = { t0: border(start), t1: border(end) };
      const hit = hitSql(`rid, ${FIELDS}`, filter, params);
      return query(`${hit} SELECT ${FIELDS} FROM hit ORDER BY rid`, params);
    },
    async summary({ start, end }, bins, k, filter) {
      const shift = Math.log2((end - start) / bins);
      const params = { t0: border(start), t1: border(end) };
      // Per lane, how many events have their first and last bin where: the caller sums them up.
      const spans = await query(
        `${hitSql('lane, s, stop', filter, params)}
         SELECT lane, ${binOf('s', shift)}::INTEGER AS first,
           least(${bins - 1}, ${binOf('stop - 1', shift)})::INTEGER AS last, count(*)::INTEGER AS n
         FROM hit GROUP BY ALL`,
        params,
      );
      // The k best of each bin by rank p (importance, then time order), then their fields by rid.
      const best = await query(
        `${hitSql('s, p', filter, params)}
         SELECT ${binOf('s', shift)}::INTEGER AS bin, p FROM hit
         QUALIFY row_number() OVER (PARTITION BY bin ORDER BY p) <= ${k}
         ORDER BY bin, p`,
        params,
      );
      const rids = best.map((row) => row.p % RID_BITS);
      const fields =
        rids.length === 0
          ? []
          : await query(`SELECT rid, ${FIELDS} FROM events WHERE rid IN (${rids.join(', ')})`);
      const byRid = new Map(fields.map((row) => [row.rid, row]));
      const representatives = best.map((row) => ({ bin: row.bin, ...byRid.get(row.p % RID_BITS) }));
      return { spans, representatives };
    },
    async page(key, direction, limit, filter) {
      const params = {};
      const where = filterSql(filter, params);
      const after = direction === 'after';
      const [first, last] = info.extent;
      const from = key ? border(key.start) : border(after ? first : last);
      if (key?.id !== undefined) {
        params.id = key.id;
        params.k = from;
        where.push(after ? '(s > $k OR id > $id)' : '(s < $k OR id < $id)');
      } else if (key) {
        params.k = from;
        where.push(after ? 's >= $k' : 's < $k');
      }
      const and = where.map((w) => ` AND ${w}`).join('');
      return pageByStretches(info, from, direction, limit, (lo, hi, order) =>
        query(
          `SELECT ${FIELDS} FROM events WHERE s >= $lo AND s < $hi${and}
           ORDER BY rid ${order} LIMIT ${limit + 1}`,
          { ...params, lo, hi },
        ),
      );
    },
    async rendered(z, x) {
      const rows = await query('SELECT body FROM rendered WHERE z = $z AND x = $x', { z, x });
      return rows[0]?.body ?? null;
    },
  };
}

/**
 * @param {string} path a DuckDB file written by ingest.js
 * @param {{ memory?: string }} [options] DuckDB's memory limit (its buffer of the file)
 * @returns {Promise<import('../engine.js').TileEngine>}
 */
export async function openDuckDB(path, { memory = '1GB' } = {}) {
  const instance = await DuckDBInstance.create(path, {
    access_mode: 'READ_ONLY',
    memory_limit: memory,
  });
  const idle = [];
  const query = async (sql, params) => {
    const connection = idle.pop() ?? (await instance.connect());
    try {
      return (await connection.runAndReadAll(sql, params)).getRowObjectsJS();
    } finally {
      idle.push(connection);
    }
  };
  const [infoRow] = await query('SELECT json FROM info');
  const engine = duckdbEngine(query, JSON.parse(String(infoRow?.json)));
  return {
    ...engine,
    async close() {
      for (const connection of idle.splice(0)) connection.closeSync();
      instance.closeSync();
    },
  };
}
