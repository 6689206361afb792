// The choice of the deepest summary level from the data.
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chooseGrid } from '../src/grid.js';

// DuckDB on a machine shared with other work: a slow moment is not a failure.
vi.setConfig({ testTimeout: 60_000 });

const DAY = 86_400_000;
let instance;
let connection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

/** A table `events` with one event a day for `days` days, and `burst` more on day 100. */
async function events(days, burst) {
  await connection.run(`CREATE OR REPLACE TABLE events AS
    SELECT (i * ${DAY})::BIGINT AS s FROM range(${days}) t(i)
    UNION ALL SELECT 100::BIGINT * ${DAY} FROM range(${burst})`);
  return [0, days * DAY];
}

describe('chooseGrid', () => {
  const options = { tileSize: 256, bins: 64, maxTileEvents: 100 };

  it('takes the coarsest level whose next level keeps every tile within the budget', async () => {
    const grid = await chooseGrid(connection, await events(4096, 0), options);
    // 2^12 days fit in 2^12 tiles of one day each at level 12: 100 days a tile at level 6.
    expect(grid.baseSpan).toBe(2 ** Math.ceil(Math.log2(4096 * DAY)));
    const span = (z) => grid.baseSpan / 2 ** z;
    expect(span(grid.deepestLevel + 1) / DAY).toBeLessThanOrEqual(100);
    expect(span(grid.deepestLevel) / DAY).toBeGreaterThan(100);
  });

  it('does not descend to 1 ms bins for events that share one instant', async () => {
    const grid = await chooseGrid(connection, await events(4096, 5000), options);
    // 5001 events on one day cannot be split; the level stops where tiles are about a day wide.
    const span = grid.baseSpan / 2 ** (grid.deepestLevel + 1);
    expect(grid.deepestLevel).toBeLessThan(grid.maxLevel - 6);
    expect(span).toBeGreaterThanOrEqual(DAY / 2);
  });
});
