// Pages of events (docs/tiles.md, events.json), the part every engine shares: events are stored
// by start, so a page reads a stretch of time next to its key, grown eightfold until the stretch
// holds the page or reaches the end of the data.

/**
 * Up to `limit` rows next to `from` (a start in ms, as a BIGINT), by start then id.
 * @param {{ extent: [number, number], count: number }} info what ingest recorded
 * @param {bigint} from where the page begins: the key's start, or the data's first or last
 * @param {'after' | 'before'} direction
 * @param {number} limit
 * @param {(lo: bigint, hi: bigint, order: 'ASC' | 'DESC') => Promise<any[]>} read up to
 *   `limit + 1` matching rows whose start is in [lo, hi), in that order of (start, id)
 * @returns {Promise<{ events: any[], more: boolean }>}
 */
export async function pageByStretches(info, from, direction, limit, read) {
  const after = direction === 'after';
  const [first, last] = info.extent;
  const at = (ms) => BigInt(Math.round(ms));
  let span = Math.max(1, ((last - first) / Math.max(1, info.count)) * (limit + 1) * 4);
  for (;;) {
    const [lo, hi] = after ? [from, at(Number(from) + span)] : [at(Number(from) - span), from + 1n];
    const rows = await read(lo, hi, after ? 'ASC' : 'DESC');
    const whole = after ? Number(hi) > last : Number(lo) <= first;
    if (rows.length > limit || whole) {
      const events = rows.slice(0, limit);
      return { events: after ? events : events.reverse(), more: rows.length > limit };
    }
    span *= 8;
  }
}
