import { describe, expect, it } from 'vitest';
import { MAX_TIME, MIN_TIME, utcMs } from '../../src/model/dates.js';
import {
  binIndexAt,
  binInterval,
  gridForExtent,
  isEventLevel,
  levelForWidth,
  maxLevel,
  metaUrl,
  pageUrl,
  type TileGrid,
  tileCount,
  tileIndexAt,
  tileInterval,
  tileSpan,
  tilesCovering,
  tileUrl,
} from '../../src/tiles/tile-math.js';

const options = { tileSize: 256, bins: 64, deepestLevel: 12 };

function grid(start: number, end: number): TileGrid {
  return gridForExtent({ start, end }, options);
}

/** Extents the grid must handle: modern, BCE, far future, and the whole Date range. */
const EXTENTS: [string, number, number][] = [
  ['1900 to 2030', utcMs(1900), utcMs(2030)],
  ['44 BCE to AD 476', utcMs(-43, 3, 15), utcMs(476)],
  ['100,000 BCE to 2025', utcMs(-99_999), utcMs(2025)],
  ['2025 to AD 275,000', utcMs(2025), utcMs(275_000)],
  ['the whole Date range', MIN_TIME, MAX_TIME],
  ['one second', utcMs(2024, 12, 8, 10), utcMs(2024, 12, 8, 10, 0, 1)],
];

describe('gridForExtent', () => {
  it.each(EXTENTS)('spans %s with one level-0 tile whose span is a power of two', (_, s, e) => {
    const g = grid(s, e);
    const level0 = tileInterval(g, 0, 0);
    expect(level0.start).toBe(s);
    expect(level0.end).toBeGreaterThanOrEqual(e);
    expect(Number.isInteger(Math.log2(g.baseSpan))).toBe(true);
    // The smallest such power: half of it would not reach the end.
    expect(s + g.baseSpan / 2).toBeLessThan(e);
  });
});

describe('level, index and time', () => {
  it.each(EXTENTS)('round-trip exactly at every level for %s', (_, s, e) => {
    const g = grid(s, e);
    // Differences from the origin are exact below 2^53 ms; past that (the whole Date range) to 2 ms.
    const step = g.baseSpan <= 2 ** 53 ? 1 : 2;
    for (let z = 0; tileSpan(g, z) >= step; z += 1) {
      const span = tileSpan(g, z);
      expect(span).toBe(g.baseSpan / 2 ** z);
      // The last tile, the tile holding the end, and a few in between.
      const xs = new Set([
        0,
        tileCount(z) - 1,
        tileIndexAt(g, z, e - 1),
        Math.floor(tileCount(z) / 3),
      ]);
      for (const x of xs) {
        const { start, end } = tileInterval(g, z, x);
        // A tile past the Date range holds no event, and its borders may be past 2^53.
        if (start > MAX_TIME) continue;
        expect(end - start).toBe(span);
        expect(tileIndexAt(g, z, start)).toBe(x);
        expect(tileIndexAt(g, z, start - step)).toBe(x - 1);
        if (end <= MAX_TIME) expect(tileIndexAt(g, z, end)).toBe(x + 1);
        expect(Number.isInteger(start)).toBe(true);
      }
    }
  });

  it('puts every time of the extent in exactly one tile of each level, whose interval holds it', () => {
    const g = grid(utcMs(-3000), utcMs(3000));
    const times = [
      utcMs(-3000),
      utcMs(-43, 3, 15),
      utcMs(0),
      utcMs(1970),
      utcMs(2024, 12, 8),
      utcMs(3000) - 1,
    ];
    for (const t of times) {
      for (const z of [0, 1, 5, 13, 30, maxLevel(g)]) {
        const { start, end } = tileInterval(g, z, tileIndexAt(g, z, t));
        expect(start).toBeLessThanOrEqual(t);
        expect(t).toBeLessThan(end);
      }
    }
  });

  it('splits a tile into bins that tile it with no gap and clamps times to its bins', () => {
    const g = grid(utcMs(1900), utcMs(2030));
    const z = 5;
    const x = tileIndexAt(g, z, utcMs(2000));
    const tile = tileInterval(g, z, x);
    expect(binInterval(g, z, x, 0).start).toBe(tile.start);
    expect(binInterval(g, z, x, g.bins - 1).end).toBe(tile.end);
    for (let b = 1; b < g.bins; b++) {
      expect(binInterval(g, z, x, b).start).toBe(binInterval(g, z, x, b - 1).end);
      expect(binIndexAt(g, z, x, binInterval(g, z, x, b).start)).toBe(b);
      expect(binIndexAt(g, z, x, binInterval(g, z, x, b).start - 1)).toBe(b - 1);
    }
    expect(binIndexAt(g, z, x, tile.start - 1e9)).toBe(0);
    expect(binIndexAt(g, z, x, tile.end + 1e9)).toBe(g.bins - 1);
  });

  it('answers summaries down to the deepest level and events below it', () => {
    const g = grid(utcMs(1900), utcMs(2030));
    expect(isEventLevel(g, g.deepestLevel)).toBe(false);
    expect(isEventLevel(g, g.deepestLevel + 1)).toBe(true);
  });
});

describe('levelForWidth', () => {
  const g = grid(utcMs(1900), utcMs(2030));

  it('draws level 0 when the whole grid fills one tile width or less', () => {
    expect(levelForWidth(g, tileInterval(g, 0, 0), 256)).toBe(0);
    expect(levelForWidth(g, tileInterval(g, 0, 0), 100)).toBe(0);
  });

  it('draws tiles between one and two tile sizes wide', () => {
    for (const width of [300, 600, 1024, 1920]) {
      for (const days of [20_000, 365, 30, 1]) {
        const view = { start: utcMs(2000), end: utcMs(2000) + days * 86_400_000 };
        const z = levelForWidth(g, view, width);
        if (z === 0 || z === g.deepestLevel + 1) continue;
        const drawn = (tileSpan(g, z) * width) / (view.end - view.start);
        expect(drawn).toBeGreaterThanOrEqual(256);
        expect(drawn).toBeLessThan(512);
      }
    }
  });

  it('takes the level exactly at a power of two', () => {
    // Four tiles of level 2 in 1024 px: each is 256 px, so level 2 fits, and level 3 would not.
    expect(levelForWidth(g, tileInterval(g, 0, 0), 1024)).toBe(2);
  });

  it('goes no deeper than the first event level, even for a one-millisecond view', () => {
    expect(levelForWidth(g, { start: utcMs(2000), end: utcMs(2000) + 1 }, 800)).toBe(
      g.deepestLevel + 1,
    );
  });
});

describe('tilesCovering', () => {
  const g = grid(utcMs(1900), utcMs(2030));

  it('covers the view and its margins with consecutive tiles, and no more', () => {
    const view = { start: utcMs(1987, 3, 2), end: utcMs(1989, 7, 1) };
    const z = 8;
    const tiles = tilesCovering(g, z, view, 0.5);
    const pad = (view.end - view.start) / 2;
    const first = tileInterval(g, z, tiles[0] ?? -1);
    const last = tileInterval(g, z, tiles[tiles.length - 1] ?? -1);
    expect(first.start).toBeLessThanOrEqual(view.start - pad);
    expect(first.end).toBeGreaterThan(view.start - pad);
    expect(last.end).toBeGreaterThanOrEqual(view.end + pad);
    expect(last.start).toBeLessThan(view.end + pad);
    tiles.forEach((x, i) => {
      if (i > 0) expect(x).toBe((tiles[i - 1] ?? 0) + 1);
    });
  });

  it('needs no tile past a view that ends on a border', () => {
    const z = 4;
    const view = { start: tileInterval(g, z, 3).start, end: tileInterval(g, z, 5).end };
    expect(tilesCovering(g, z, view, 0)).toEqual([3, 4, 5]);
  });

  it('stays within the level at the edges of the extent', () => {
    expect(tilesCovering(g, 0, { start: utcMs(1800), end: utcMs(2200) })).toEqual([0]);
    expect(tilesCovering(g, 3, tileInterval(g, 0, 0), 1)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('covers a BCE view near the start of the Date range', () => {
    const bce = grid(MIN_TIME, utcMs(2025));
    const view = { start: utcMs(-271_000), end: utcMs(-270_000) };
    const z = levelForWidth(bce, view, 1000);
    const tiles = tilesCovering(bce, z, view, 0);
    expect(tileInterval(bce, z, tiles[0] ?? -1).start).toBeLessThanOrEqual(view.start);
    expect(tileInterval(bce, z, tiles[tiles.length - 1] ?? -1).end).toBeGreaterThanOrEqual(
      view.end,
    );
    expect(tiles.length).toBeGreaterThanOrEqual(2);
    expect(tiles.length).toBeLessThanOrEqual(6);
  });
});

describe('tileUrl and metaUrl', () => {
  it('fills the template and writes q, then categories, encoded', () => {
    const template = 'https://host/t/{z}/{x}.json';
    expect(tileUrl(template, 3, 5)).toBe('https://host/t/3/5.json');
    expect(tileUrl(template, 3, 5, { q: 'Assad ousted', categories: ['a b', 'c'] })).toBe(
      'https://host/t/3/5.json?q=Assad%20ousted&categories=a%20b,c',
    );
    expect(tileUrl(template, 0, 0, { categories: [] })).toBe('https://host/t/0/0.json?categories=');
    expect(tileUrl('/t/{z}/{x}.json?key=1', 1, 0, { q: 'x' })).toBe('/t/1/0.json?key=1&q=x');
    expect(metaUrl(template)).toBe('https://host/t/meta.json');
  });

  it('pageUrl names events.json beside the tiles, the filter, then the key and the limit', () => {
    const template = 'https://host/t/{z}/{x}.json';
    expect(pageUrl(template, null, 'after', 100)).toBe(
      'https://host/t/events.json?after=&limit=100',
    );
    expect(
      pageUrl(template, { start: -62_135_596_800_000, id: 'a,b' }, 'before', 1, { q: 'x' }),
    ).toBe('https://host/t/events.json?q=x&before=-62135596800000%2Ca%2Cb&limit=1');
    expect(pageUrl('/t/{z}/{x}.json?key=1', null, 'after', 5, { categories: ['c'] })).toBe(
      '/t/events.json?key=1&categories=c&after=&limit=5',
    );
  });
});
