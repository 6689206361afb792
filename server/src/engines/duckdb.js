// The DuckDB engine: answers the engine interface (../engine.js) from a file made by ingest.js.
// Each query reads two tables: `events` from the tile's start to its end (sorted by start, so
// DuckDB skips the other row groups) and `ranges` that began before the tile and reach into it.
import { DuckDBInstance } from '@duckdb/node-api';

const FIELDS =
  'id, title, start_iso, end_iso, ongoing, category, importance, summary, description, extra';
const RID_BITS = 2n ** 40n;

/**
 * The rows of a tile, the events that overlap [$t0, $t1) and match the filter, as a CTE `hit`
 * with the given columns.
 * @param {string} columns
 * @param {number[] | null} lanes the lanes shown, or null for all
 * @param {string[]} words
 * @param {Record<string, unknown>} params filled with the words
 */
function hitSql(columns, lanes, words, params) {
  const where = [];
  // Lanes are integers this module computed, so they go in the text; words go as parameters.
  if (lanes) where.push(lanes.length > 0 ? `lane IN (${lanes.join(', ')})` : 'false');
  words.forEach((word, i) => {
    params[`w${i}`] = word;
    where.push(`contains(search, $w${i})`);
  });
  const and = where.map((w) => ` AND ${w}`).join('');
  return `WITH hit AS (
    SELECT ${columns} FROM events WHERE s >= $t0 AND s < $t1${and}
    UNION ALL
    SELECT ${columns} FROM ranges WHERE s < $t0 AND stop > $t0${and})`;
}

/** A tile's border as a BIGINT parameter: a DOUBLE would make DuckDB cast `s` and scan it all. */
const border = (ms) => BigInt(ms);

/** The bin of an event in a tile from $t0 with bins of 2^shift ms: where it starts, or the first. */
const binOf = (time, shift) =>
  `CASE WHEN ${time} < $t0 THEN 0 ELSE (${time} - $t0) >> ${shift} END`;

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
  const info = JSON.parse(String(infoRow?.json));
  const laneOf = new Map(info.categories.map((c, lane) => [c.id, lane]));
  const lanesOf = (filter) =>
    filter.categories && filter.categories.flatMap((id) => laneOf.get(id) ?? []);

  return {
    info,
    async events({ start, end }, filter) {
      const params = { t0: border(start), t1: border(end) };
      const hit = hitSql(`rid, ${FIELDS}`, lanesOf(filter), filter.words, params);
      return query(`${hit} SELECT ${FIELDS} FROM hit ORDER BY rid`, params);
    },
    async summary({ start, end }, bins, k, filter) {
      const shift = Math.log2((end - start) / bins);
      const lanes = lanesOf(filter);
      const params = { t0: border(start), t1: border(end) };
      // Per lane, how many events have their first and last bin where: the caller sums them up.
      const spans = await query(
        `${hitSql('lane, s, stop', lanes, filter.words, params)}
         SELECT lane, ${binOf('s', shift)}::INTEGER AS first,
           least(${bins - 1}, ${binOf('stop - 1', shift)})::INTEGER AS last, count(*)::INTEGER AS n
         FROM hit GROUP BY ALL`,
        params,
      );
      // The k best of each bin by rank p (importance, then time), then their fields by rid.
      const best = await query(
        `${hitSql('s, p', lanes, filter.words, params)}
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
    async close() {
      for (const connection of idle.splice(0)) connection.closeSync();
      instance.closeSync();
    },
  };
}
