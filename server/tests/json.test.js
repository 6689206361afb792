// The server on a small native JSON file built to hit the edges: events exactly on a tile border,
// BCE and far-future dates, an ongoing event, text that is not ASCII, fields beyond the columns,
// and rows the server must refuse. Dates are compared with the element's own parser.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseIsoDate } from '../../src/model/dates.ts';
import { tileIndexAt, tileInterval } from '../../src/tiles/tile-math.ts';
import { serveTiles } from '../src/http.js';
import { openSource } from '../src/open.js';

// DuckDB and HTTP on a machine shared with other work: a slow moment is not a failure.
vi.setConfig({ testTimeout: 60_000 });

const iso = (ms) => new Date(ms).toISOString();
const ORIGIN = Date.UTC(2000, 0, 1);
// The extent is 2000 to 2030, so baseSpan is 2^40 ms and tile 4 of level 3 starts here:
const BORDER = ORIGIN + 4 * 2 ** 37;

const DATA = {
  title: 'Edges',
  categories: [
    { id: 'war', label: 'War', color: '#8c2d04' },
    { id: 'peace', label: 'Peace' },
  ],
  events: [
    { id: 'first', title: 'First', start: '2000' },
    { id: 'last', title: 'Last', start: '2029-12-31' },
    { id: 'on-border', title: 'A point on the border', start: iso(BORDER), category: 'war' },
    { id: 'before-border', title: 'A point just before it', start: iso(BORDER - 1) },
    {
      id: 'stops-at-border',
      title: 'A range that stops where the tile begins',
      start: '2005',
      end: iso(BORDER - 1000),
      category: 'peace',
    },
    { id: 'ongoing', title: 'Still going', start: '2010-05', ongoing: true },
    {
      id: 'cafe',
      title: 'Damascène café opens in دِمَشْقُ',
      start: '2012-03-04',
      quote: { text: 'A toast to Latakia', by: 'Someone' },
      sources: [{ title: 'Paper', url: 'https://example.org/a' }],
      importance: 3,
    },
    { title: 'No id given', start: '2015-06-07T08:09Z' },
    { id: 'bad-date', title: 'Bad', start: '2024-13' },
    { id: 'backwards', title: 'Backwards', start: '2020', end: '2019' },
  ],
};

let folder;
let engine;
let server;
let base;
let meta;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tiles-json-'));
  const path = join(folder, 'edges.json');
  writeFileSync(path, JSON.stringify(DATA));
  engine = await openSource(path);
  server = await serveTiles(engine);
  base = `http://127.0.0.1:${server.address().port}`;
  meta = await (await fetch(`${base}/meta.json`)).json();
}, 60_000);

afterAll(async () => {
  server?.close();
  await engine?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const ids = async (z, x, query = '') =>
  (await (await fetch(`${base}/${z}/${x}.json${query}`)).json()).events.map((e) => e.id);

describe('a JSON source', () => {
  it('keeps the valid events, the categories as the data lists them, and an extent an ongoing event does not stretch', () => {
    expect(meta.title).toBe('Edges');
    expect(meta.count).toBe(8);
    expect(meta.categories.map((c) => [c.id, c.label, c.color, c.count])).toEqual([
      ['war', 'War', '#8c2d04', 1],
      ['peace', 'Peace', null, 1],
      ['', '', null, 6],
    ]);
    const last = parseIsoDate('2029-12-31');
    expect(meta.extent).toEqual([ORIGIN, 'ms' in last ? last.ms + 1 : Number.NaN]);
    expect(meta.origin).toBe(ORIGIN);
    expect(meta.baseSpan).toBe(2 ** 40);
    expect(meta.deepestLevel).toBe(0);
  });

  it('puts a point on a border in the later tile only, and a range stopping there in the earlier', async () => {
    expect(tileInterval(meta, 3, 4).start).toBe(BORDER);
    expect(tileIndexAt(meta, 3, BORDER)).toBe(4);
    const before = await ids(3, 3);
    const after = await ids(3, 4);
    expect(before).toEqual(expect.arrayContaining(['before-border', 'stops-at-border']));
    expect(before).not.toContain('on-border');
    expect(after).toContain('on-border');
    expect(after).not.toContain('before-border');
    expect(after).not.toContain('stops-at-border');
  });

  it('gives an ongoing event in every tile from its start on', async () => {
    const z = 5;
    const from = tileIndexAt(meta, z, Date.UTC(2010, 4, 1));
    for (let x = 0; x < 2 ** z; x++) expect((await ids(z, x)).includes('ongoing')).toBe(x >= from);
  });

  it('gives events back with the fields beyond the columns, and an id where the data had none', async () => {
    const tile = await (await fetch(`${base}/0/0.json`)).json();
    expect(tile.kind).toBe('summary');
    const z = 4;
    const x = tileIndexAt(meta, z, Date.UTC(2012, 2, 4));
    const events = (await (await fetch(`${base}/${z}/${x}.json`)).json()).events;
    expect(events.find((e) => e.id === 'cafe')).toEqual(DATA.events[6]);
    const noId = (
      await (await fetch(`${base}/${z}/${tileIndexAt(meta, z, Date.UTC(2015, 5, 7))}.json`)).json()
    ).events;
    expect(noId.find((e) => e.title === 'No id given')?.id).toBe('row-8');
  });

  it('searches text that is not ASCII, and quotes, as the element does', async () => {
    const z = 1;
    const x = tileIndexAt(meta, z, Date.UTC(2012, 2, 4));
    expect(await ids(z, x, '?q=damascene%20CAFE')).toEqual(['cafe']);
    expect(await ids(z, x, `?q=${encodeURIComponent('دمشق')}`)).toEqual(['cafe']);
    expect(await ids(z, x, '?q=latakia')).toEqual(['cafe']);
    expect(await ids(z, x, '?q=damascus')).toEqual([]);
  });
});
