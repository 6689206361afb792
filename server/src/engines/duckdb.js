// The DuckDB engine: answers the engine interface (../engine.js) from a file made by ingest.js.
// Each query reads two tables: `events` from the tile's start to its end (sorted by start, so
// DuckDB skips the other row groups) and `ranges` that began before the tile and reach into it.
import { DuckDBInstance } from '@duckdb/node-api';

const FIELDS =
  'id, title, start_iso, end_iso, ongoing, category, importance, summary, description, extra';

/**
 * The rows of a tile: the events that overlap [t0, t1) and match the filter, as a CTE `hit`.
 * @param {import('../engine.js').TileFilter} filter
 * @param {Record<string, unknown>} params filled with the values the SQL names
 */
function hitSql(filter, params) {
  const where = [];
  if (filter.categories) {
    const names = filter.categories.map((id, i) => {
      params[`c${i}`] = id;
      return `$c${i}`;
    });
    where.push(names.length > 0 ? `category IN (${names.join(', ')})` : 'false');
  }
  filter.words.forEach((word, i) => {
    params[`w${i}`] = word;
    where.push(`contains(search, $w${i})`);
  });
  const and = where.map((w) => ` AND ${w}`).join('');
  return `WITH hit AS (
    SELECT * FROM events WHERE s >= $t0 AND s < $t1${and}
    UNION ALL
    SELECT * FROM ranges WHERE s < $t0 AND stop > $t0${and})`;
}

/** A tile's border as a BIGINT parameter: a DOUBLE would make DuckDB cast `s` and scan it all. */
const border = (ms) => BigInt(ms);

/**
 * @param {string} path a DuckDB file written by ingest.js
 * @returns {Promise<import('../engine.js').TileEngine>}
 */
export async function openDuckDB(path) {
  const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  const idle = [];
  const withConnection = async (work) => {
    const connection = idle.pop() ?? (await instance.connect());
    try {
      return await work(connection);
    } finally {
      idle.push(connection);
    }
  };
  const query = (sql, params) =>
    withConnection(async (c) => (await c.runAndReadAll(sql, params)).getRowObjectsJS());
  const [infoRow] = await query('SELECT json FROM info');
  const info = JSON.parse(String(infoRow?.json));

  return {
    info,
    async events({ start, end }, filter) {
      const params = { t0: border(start), t1: border(end) };
      const sql = `${hitSql(filter, params)} SELECT ${FIELDS} FROM hit ORDER BY s, id`;
      return query(sql, params);
    },
    async summary({ start, end }, bins, k, filter) {
      const params = { t0: border(start), t1: border(end), bw: (end - start) / bins };
      const hit = hitSql(filter, params);
      // Each event adds one to the bins from its first to its last: +1 at the first, −1 past
      // the last, summed up by the caller.
      const steps = await query(
        `${hit}, binned AS (
           SELECT category, greatest(0, floor((s - $t0) / $bw))::INTEGER AS b0,
             least($bins - 1, floor((stop - 1 - $t0) / $bw))::INTEGER AS b1 FROM hit)
         SELECT category, b0 AS bin, count(*)::INTEGER AS step FROM binned GROUP BY ALL
         UNION ALL
         SELECT category, b1 + 1, -count(*)::INTEGER FROM binned WHERE b1 + 1 < $bins GROUP BY ALL`,
        { ...params, bins },
      );
      // The bin that owns an event: where it starts, or the first for a range begun before.
      const representatives = await query(
        `${hit} SELECT floor((greatest(s, $t0) - $t0) / $bw)::INTEGER AS bin, ${FIELDS} FROM hit
         QUALIFY row_number() OVER (PARTITION BY bin ORDER BY importance DESC, s, id) <= $k
         ORDER BY bin, importance DESC, s, id`,
        { ...params, k },
      );
      return { steps, representatives };
    },
    async close() {
      for (const connection of idle.splice(0)) connection.closeSync();
      instance.closeSync();
    },
  };
}
