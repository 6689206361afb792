// The server against a generated file of 20,000 events: every tile asked for equals the
// brute-force answer of oracle.js, no event is lost at a tile border, ranges reach every tile
// they overlap, q and categories filter, and the HTTP side answers ETag, 304 and errors.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tileInterval } from '../../src/tiles/tile-math.ts';
import { generate } from '../scripts/generate.js';
import { serveTiles } from '../src/http.js';
import { openSource } from '../src/open.js';
import { bruteSummary, inOrder, overlapping, readCsvEvents } from './oracle.js';

// DuckDB and HTTP on a machine shared with other work: a slow moment is not a failure.
vi.setConfig({ testTimeout: 60_000 });

let folder;
let engine;
let server;
let base;
let events;
let meta;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tiles-test-'));
  const csv = join(folder, 'events.csv');
  await generate(csv, 20_000, 7);
  events = readCsvEvents(csv);
  // A small budget per event tile keeps the event levels shallow enough to ask for every tile.
  engine = await openSource(csv, { maxTileEvents: 1500 });
  server = await serveTiles(engine);
  base = `http://127.0.0.1:${server.address().port}`;
  meta = await (await fetch(`${base}/meta.json`)).json();
}, 120_000);

afterAll(async () => {
  server?.close();
  await engine?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const tile = async (z, x, query = '') => (await fetch(`${base}/${z}/${x}.json${query}`)).json();

/** Asserts that a summary tile equals the brute-force answer. */
function expectSummary(answer, z, x, filter) {
  const expected = bruteSummary(events, tileInterval(meta, z, x), meta.bins, meta.k, filter);
  expect(answer.kind).toBe('summary');
  expect(answer.count).toBe(expected.count);
  expect(new Map(answer.lanes.map((lane) => [lane.category, lane.counts]))).toEqual(expected.lanes);
  const representatives = answer.representatives.map(({ bin, events: list }) => ({
    bin,
    ids: list.map((e) => e.id),
  }));
  expect(representatives).toEqual(expected.representatives);
}

describe('meta.json', () => {
  it('describes the data: count, extent, grid and categories', () => {
    expect(meta.version).toBe(1);
    expect(meta.count).toBe(events.length);
    expect(meta.extent).toEqual([
      Math.min(...events.map((e) => e.s)),
      Math.max(...events.map((e) => e.stop)),
    ]);
    expect(meta.categories).toHaveLength(20);
    expect(meta.categories.reduce((sum, c) => sum + c.count, 0)).toBe(events.length);
    expect(meta.origin + meta.baseSpan).toBeGreaterThanOrEqual(meta.extent[1]);
    expect(meta.deepestLevel).toBeGreaterThan(0);
  });
});

describe('summary tiles', () => {
  it('equal the brute-force counts and representatives at every tile of levels 0–3', async () => {
    for (let z = 0; z <= Math.min(3, meta.deepestLevel); z++) {
      for (let x = 0; x < 2 ** z; x++) expectSummary(await tile(z, x), z, x, {});
    }
  });

  it('equal the brute force at the deepest summary level, where the data is', async () => {
    const z = meta.deepestLevel;
    const xs = new Set(
      events.slice(0, 40).map((e) => Math.floor((e.s - meta.origin) / (meta.baseSpan / 2 ** z))),
    );
    for (const x of xs) expectSummary(await tile(z, x), z, x, {});
  });

  it('answer q and categories with the matching events only', async () => {
    const filters = [
      { q: 'damascus', categories: null, query: '?q=damascus' },
      { q: 'DAMASCUS  Again', categories: null, query: '?q=DAMASCUS%20%20Again' },
      { q: '', categories: ['c01', 'c07'], query: '?categories=c01,c07' },
      { q: 'minister treaty', categories: ['c03'], query: '?q=minister%20treaty&categories=c03' },
      { q: '', categories: [], query: '?categories=' },
    ];
    for (const { query, ...filter } of filters) {
      for (const [z, x] of [
        [0, 0],
        [2, 1],
        [3, 6],
      ]) {
        const answer = await tile(z, x, query);
        expectSummary(answer, z, x, filter);
      }
    }
    expect((await tile(0, 0, '?q=damascus')).count).toBeGreaterThan(0);
    expect((await tile(0, 0, '?categories=')).count).toBe(0);
  });
});

describe('pages of events (events.json)', () => {
  const page = async (query) => {
    const response = await fetch(`${base}/events.json?${query}`);
    expect(response.status).toBe(200);
    return response.json();
  };
  /** Every page from one end to the other, each after (or before) the last event of the one before. */
  async function walk(direction, limit, filter = '') {
    const ids = [];
    let key = '';
    for (;;) {
      const answer = await page(`${direction}=${key}&limit=${limit}${filter}`);
      expect(answer).toMatchObject({ version: 1, kind: 'page' });
      expect(answer.events.length).toBeLessThanOrEqual(limit);
      const list = direction === 'after' ? answer.events : [...answer.events].reverse();
      ids.push(...list.map((e) => e.id));
      const edge = list.at(-1);
      if (!answer.more) return ids;
      expect(answer.events.length).toBe(limit);
      const stored = events.find((e) => e.id === edge.id);
      key = encodeURIComponent(`${stored.s},${edge.id}`);
    }
  }

  it('walk forward and back through every event, by start then id, none lost or repeated', async () => {
    const all = inOrder(events, {}).map((e) => e.id);
    // Events that share a start are ordered by id: the key must break those ties.
    const starts = new Set(events.map((e) => e.s));
    expect(starts.size).toBeLessThan(events.length);
    expect(await walk('after', 1000)).toEqual(all);
    expect(await walk('before', 1000)).toEqual([...all].reverse());
  }, 120_000);

  it('walk only the matches of q and categories', async () => {
    const filters = [
      [{ q: 'damascus' }, '&q=damascus'],
      [{ categories: ['c03', 'c11'] }, '&categories=c03,c11'],
      [{ q: 'minister', categories: ['c05'] }, '&q=minister&categories=c05'],
    ];
    for (const [filter, query] of filters) {
      const all = inOrder(events, filter).map((e) => e.id);
      expect(all.length, 'several pages').toBeGreaterThan(34);
      expect(await walk('after', 17, query)).toEqual(all);
      expect(await walk('before', 17, query)).toEqual([...all].reverse());
    }
    expect(await page('categories=')).toEqual({
      version: 1,
      kind: 'page',
      events: [],
      more: false,
    });
  }, 120_000);

  it('start at a time: after it, the events from it on; before it, those that start earlier', async () => {
    const all = inOrder(events, {});
    const t = all[5000].s;
    const from = all.findIndex((e) => e.s >= t);
    const after = await page(`after=${t}&limit=3`);
    expect(after.events.map((e) => e.id)).toEqual(all.slice(from, from + 3).map((e) => e.id));
    const before = await page(`before=${t}&limit=3`);
    expect(before.events.map((e) => e.id)).toEqual(all.slice(from - 3, from).map((e) => e.id));
    const last = await page('before=&limit=1');
    expect(last.events.map((e) => e.id)).toEqual([all.at(-1).id]);
    expect(last.more).toBe(true);
  });
});

describe('event tiles', () => {
  it('hold, over every tile of the first event level, every event exactly where it overlaps', async () => {
    const z = meta.deepestLevel + 1;
    const seen = new Map();
    for (let x = 0; x < 2 ** z; x++) {
      const answer = await tile(z, x);
      const { start, end } = tileInterval(meta, z, x);
      expect(answer.kind).toBe('events');
      expect(answer.events.map((e) => e.id)).toEqual(
        overlapping(events, start, end, {}).map((e) => e.id),
      );
      for (const e of answer.events) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    }
    // No event lost at a border: every one arrives, and the ranges arrive from several tiles.
    expect(seen.size).toBe(events.length);
    const repeated = events.filter((e) => (seen.get(e.id) ?? 0) >= 2);
    expect(repeated.length).toBeGreaterThan(10);
    expect(repeated.every((e) => e.stop - e.s > 1)).toBe(true);
  }, 120_000);

  it('give a range that spans many tiles in each of them, and in no tile beside them', async () => {
    const longest = events.reduce((a, e) => (e.stop - e.s > a.stop - a.s ? e : a));
    // The deepest level at which the range spans at most 64 tiles.
    let z = meta.deepestLevel + 1;
    const span = (level) => meta.baseSpan / 2 ** level;
    while ((longest.stop - longest.s) / span(z + 1) <= 64) z++;
    const first = Math.floor((longest.s - meta.origin) / span(z));
    const last = Math.floor((longest.stop - 1 - meta.origin) / span(z));
    expect(last - first).toBeGreaterThanOrEqual(31);
    for (let x = first - 1; x <= last + 1; x++) {
      const ids = (await tile(z, x)).events.map((e) => e.id);
      expect(ids.includes(longest.id)).toBe(x >= first && x <= last);
    }
  });

  it('give each event as an event object of the JSON format', async () => {
    const sample = events.find((e) => e.stop - e.s > 1);
    const z = meta.deepestLevel + 1;
    const x = Math.floor((sample.s - meta.origin) / (meta.baseSpan / 2 ** z));
    const found = (await tile(z, x)).events.find((e) => e.id === sample.id);
    expect(found).toMatchObject({ id: sample.id, title: sample.title, category: sample.category });
    expect(found.importance).toBe(sample.importance);
    expect(typeof found.start).toBe('string');
    expect(typeof found.end).toBe('string');
  });
});

describe('HTTP', () => {
  it('tags tiles with an ETag and answers 304 to If-None-Match', async () => {
    const first = await fetch(`${base}/2/1.json`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const again = await fetch(`${base}/2/1.json`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await fetch(`${base}/2/2.json`, { headers: { 'If-None-Match': etag } });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
    const filtered = await fetch(`${base}/2/1.json?q=damascus`, {
      headers: { 'If-None-Match': etag },
    });
    expect(filtered.status).toBe(200);
  });

  it('asks for meta.json to be revalidated each time', async () => {
    const response = await fetch(`${base}/meta.json`);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const again = await fetch(`${base}/meta.json`, {
      headers: { 'If-None-Match': response.headers.get('etag') },
    });
    expect(again.status).toBe(304);
  });

  it('answers errors as JSON that names the bad value', async () => {
    const cases = [
      [`${base}/3/8.json`, 400, 'x 8 is outside level 3: 0–7'],
      [`${base}/3/-1.json`, 400, 'x -1 is outside level 3: 0–7'],
      [`${base}/99/0.json`, 400, `level 99 is not one of 0–${meta.maxLevel}`],
      [`${base}/a/0.json`, 400, `level a is not one of 0–${meta.maxLevel}`],
      [`${base}/tiles`, 404, '/tiles is not meta.json, events.json or a tile {z}/{x}.json'],
      [`${base}/events.json?limit=0`, 400, 'limit 0 is not one of 1–1000'],
      [`${base}/events.json?limit=1001`, 400, 'limit 1001 is not one of 1–1000'],
      [`${base}/events.json?after=soon`, 400, "after 'soon' is not <ms> or <ms>,<id>"],
      [
        `${base}/events.json?after=1&before=2`,
        400,
        'a page is after an event or before one, not both',
      ],
    ];
    for (const [url, status, message] of cases) {
      const response = await fetch(url);
      expect(response.status).toBe(status);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ error: message });
    }
    const post = await fetch(`${base}/0/0.json`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
