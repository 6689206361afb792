// The server repeats three things of the element in a form it can run (JavaScript, SQL): search
// normalisation, the tile grid, and reading ISO dates. These tests keep each equal to the original.
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseIsoDate } from '../../src/model/dates.ts';
import { searchText as elementSearchText } from '../../src/model/search.ts';
import { tileInterval as elementTileInterval, gridForExtent } from '../../src/tiles/tile-math.ts';
import { tileInterval } from '../src/grid.js';
import { ISO_MACROS } from '../src/iso-sql.js';
import { searchText } from '../src/search-text.js';

// DuckDB and HTTP on a machine shared with other work: a slow moment is not a failure.
vi.setConfig({ testTimeout: 60_000 });

describe('searchText', () => {
  it('is the element’s, over Latin, Arabic, Cyrillic, ligatures and white space', () => {
    const texts = [
      'Damascène CAFÉ',
      'ﬁnal Œuvre',
      '  two\n\tlines  ',
      'دِمَشْقُ الأسد مصطفى طرطوسـة',
      'Лётчик Хмеймим ДАМАСК',
      'İzmir',
      'non\u00a0breaking\u2003space',
    ];
    for (const text of texts) expect(searchText(text)).toBe(elementSearchText(text));
  });
});

describe('the grid', () => {
  it('gives the same tile intervals as src/tiles/tile-math.ts', () => {
    const grid = gridForExtent(
      { start: Date.UTC(1900, 0, 1), end: Date.UTC(2030, 0, 1) },
      { tileSize: 256, bins: 64, deepestLevel: 10 },
    );
    for (const [z, x] of [
      [0, 0],
      [3, 5],
      [12, 4000],
      [30, 123_456_789],
    ]) {
      expect(tileInterval(grid, z, x)).toEqual(elementTileInterval(grid, z, x));
    }
  });
});

describe('ISO dates in SQL', () => {
  let instance;
  let connection;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    await connection.run(ISO_MACROS);
  });
  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });

  const read = async (text) => {
    const rows = await connection.runAndReadAll(
      `SELECT iso_start_of(f)::DOUBLE, iso_stop_of(f)::DOUBLE, iso_problem_of(f, $1)
       FROM (SELECT iso_fields($1) AS f)`,
      [text],
    );
    const [start, stop, problem] = rows.getRows()[0] ?? [];
    return { start, stop, problem };
  };

  it('reads valid dates to the start and end of the period the element reads', async () => {
    const valid = [
      '2015',
      '2015-09',
      '2015-12',
      '2015-09-30',
      '2015-09-30T08:00Z',
      '2015-09-30T08Z',
      '2015-09-30T08:00:59Z',
      '1969-12-31T23:59:59.5Z',
      '2015-09-30T08:00+03:00',
      '2015-09-30T08+05:30',
      '2015-09-30T08:00-0230',
      '-0043-03-15',
      '0000',
      '0001-01-01',
      '+012000',
      '-271820',
      '+275759-12-31',
      '2024-02-29',
      '1900-02-28',
      '2000-02-29',
    ];
    for (const text of valid) {
      const element = parseIsoDate(text);
      expect('ms' in element, text).toBe(true);
      if (!('ms' in element)) continue;
      expect(await read(text), text).toEqual({
        start: element.ms,
        stop: element.endMs,
        problem: null,
      });
    }
  });

  it('refuses what the element refuses, saying why', async () => {
    const invalid = [
      '2024-13',
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      'abc',
      '2015-9-30',
      '275759',
      '2015-09-30T24:00Z',
    ];
    for (const text of invalid) {
      expect('error' in parseIsoDate(text), text).toBe(true);
      expect((await read(text)).problem, text).toMatch(/is not|past the range/);
    }
  });
});
