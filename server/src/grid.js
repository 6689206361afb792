// The tile grid on the server: the formulas of src/tiles/tile-math.ts (docs/tiles.md), which
// tests/server/grid.test.js keeps equal, and the choice of the deepest summary level.

/**
 * @typedef {{ origin: number, baseSpan: number, tileSize: number, bins: number, deepestLevel: number, maxLevel: number }} Grid
 */

/** @param {number} ms the smallest power of two at least `ms` */
export function powerOfTwoAtLeast(ms) {
  let span = 1;
  while (span < ms) span *= 2;
  return span;
}

/** @param {Grid} grid @param {number} z @param {number} x */
export function tileInterval(grid, z, x) {
  const span = grid.baseSpan / 2 ** z;
  return { start: grid.origin + x * span, end: grid.origin + (x + 1) * span };
}

/**
 * The grid of data occupying `extent`, with `deepestLevel` the coarsest level whose next level
 * holds at most `maxTileEvents` starts in any tile (the busiest tile never grows with depth, so a
 * binary search finds it), and no deeper than bins of 1 ms. Events that share one instant cannot
 * be split by any level (a day-precise burst: thousands on one date), so the budget is raised to
 * a quarter over the busiest tile of the deepest level, rather than descending to it for nothing.
 * @param {import('@duckdb/node-api').DuckDBConnection} connection
 * @param {number[]} extent
 * @param {{ tileSize: number, bins: number, maxTileEvents: number }} options
 * @returns {Promise<Grid>}
 */
export async function chooseGrid(connection, extent, { tileSize, bins, maxTileEvents }) {
  const origin = Math.floor(extent[0] ?? 0);
  const baseSpan = powerOfTwoAtLeast((extent[1] ?? 1) - origin);
  const maxLevel = Math.log2(baseSpan);
  const limit = Math.max(0, maxLevel - Math.log2(bins));
  const busiest = async (z) => {
    const rows = await connection.runAndReadAll(
      `SELECT coalesce(max(n), 0) FROM (
         SELECT count(*) AS n FROM events GROUP BY floor((s - $origin) / $span))`,
      { origin, span: baseSpan / 2 ** z },
    );
    return Number(rows.getRows()[0]?.[0] ?? 0);
  };
  const budget = Math.max(maxTileEvents, 1.25 * (await busiest(limit)));
  // The smallest z in 0…limit with busiest(z + 1) ≤ budget, or limit.
  let lo = 0;
  let hi = limit;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((await busiest(mid + 1)) <= budget) hi = mid;
    else lo = mid + 1;
  }
  return { origin, baseSpan, tileSize, bins, deepestLevel: lo, maxLevel };
}
