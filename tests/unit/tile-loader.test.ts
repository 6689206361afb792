// The tiled source's client (src/tiles/tile-loader.ts, tile-view.ts) against a fetch of its own:
// requests, aborts, the byte-capped cache, retries with backoff, coarser tiles standing in for
// ones on their way, and the density spread over the layout's bins.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TileLoader } from '../../src/tiles/tile-loader.js';
import { tileInterval } from '../../src/tiles/tile-math.js';
import { tileDensity, tileFrame } from '../../src/tiles/tile-view.js';
import type { SummaryTile, Tile, TileMeta } from '../../src/tiles/types.js';

const DAY = 86_400_000;
const TEMPLATE = 'https://tiles.test/t/{z}/{x}.json';

const META: TileMeta = {
  version: 1,
  title: 'Test',
  count: 1000,
  extent: [0, 1000 * DAY],
  origin: 0,
  baseSpan: 2 ** 37,
  tileSize: 256,
  bins: 4,
  k: 2,
  deepestLevel: 3,
  maxLevel: 37,
  categories: [
    { id: 'a', label: 'A', color: null, count: 600 },
    { id: 'b', label: 'B', color: null, count: 400 },
  ],
};

/** A summary tile of level z, index x: lane a counts 1, 2, 3, 4 and one representative. */
function summary(z: number, x: number): SummaryTile {
  const { start, end } = tileInterval(META, z, x);
  return {
    version: 1,
    kind: 'summary',
    z,
    x,
    start,
    end,
    count: 10,
    bins: 4,
    lanes: [{ category: 'a', counts: [1, 2, 3, 4] }],
    representatives: [
      {
        bin: 0,
        events: [{ id: `r${z}-${x}`, title: 'R', start: new Date(start).toISOString() }],
      },
    ],
  };
}

interface Call {
  url: string;
  signal: AbortSignal;
  resolve: (body: unknown, status?: number) => void;
  reject: (error: Error) => void;
}

/** A fetch whose answers the test gives, one call at a time. */
function fakeFetch() {
  const calls: Call[] = [];
  const fetcher = ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal as AbortSignal;
      signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      calls.push({
        url: String(input),
        signal,
        resolve: (body, status = 200) => resolve(new Response(JSON.stringify(body), { status })),
        reject,
      });
    })) as typeof fetch;
  return { calls, fetcher };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('TileLoader', () => {
  let net: ReturnType<typeof fakeFetch>;
  let changed: ReturnType<typeof vi.fn<() => void>>;
  let loader: TileLoader;

  beforeEach(() => {
    net = fakeFetch();
    changed = vi.fn<() => void>();
    loader = new TileLoader({ template: TEMPLATE, changed, fetch: net.fetcher, backoffMs: 10 });
  });
  afterEach(() => loader.close());

  it('reads meta.json beside the tiles, and refuses a version it does not know', async () => {
    const read = loader.loadMeta();
    expect(net.calls[0]?.url).toBe('https://tiles.test/t/meta.json');
    net.calls[0]?.resolve(META);
    expect(await read).toEqual(META);
    const again = loader.loadMeta();
    net.calls[1]?.resolve({ ...META, version: 2 });
    expect(await again).toEqual(META);
    expect(loader.metaError).toMatch(/meta\.json.*version is 2.*reads version 1/);
  });

  it('fetches each wanted tile once, and answers later asks from the cache', async () => {
    const urls = [loader.url(3, 1), loader.url(3, 2)];
    loader.want(urls);
    loader.want(urls);
    expect(net.calls.map((c) => c.url)).toEqual(urls);
    net.calls[0]?.resolve(summary(3, 1));
    net.calls[1]?.resolve(summary(3, 2));
    await settle();
    expect(changed).toHaveBeenCalledTimes(2);
    expect(loader.get(urls[0] as string)?.x).toBe(1);
    loader.want(urls);
    expect(net.calls).toHaveLength(2);
    expect(loader.hits).toBe(2);
  });

  it('aborts the requests of tiles the view no longer wants', async () => {
    loader.want([loader.url(3, 1), loader.url(3, 2)]);
    loader.want([loader.url(3, 2), loader.url(3, 3)]);
    expect(net.calls[0]?.signal.aborted).toBe(true);
    expect(net.calls[1]?.signal.aborted).toBe(false);
    expect(net.calls.map((c) => c.url)).toEqual([
      loader.url(3, 1),
      loader.url(3, 2),
      loader.url(3, 3),
    ]);
    expect(loader.aborted).toBe(1);
    await settle();
    expect(loader.get(loader.url(3, 1))).toBeUndefined();
    expect(loader.failure(loader.url(3, 1))).toBeUndefined();
  });

  it('keeps the cache under its cap, the least recently used out first, never a wanted tile', async () => {
    const size = JSON.stringify(summary(3, 0)).length * 2;
    loader = new TileLoader({
      template: TEMPLATE,
      changed,
      fetch: net.fetcher,
      maxBytes: size * 2.5,
    });
    for (const x of [0, 1, 2]) {
      loader.want([loader.url(3, x)]);
      net.calls.at(-1)?.resolve(summary(3, x));
      await settle();
    }
    // Tile 0 was asked for longest ago: it went when tile 2 came.
    expect(loader.get(loader.url(3, 0))).toBeUndefined();
    expect(loader.get(loader.url(3, 1))).toBeDefined();
    expect(loader.bytes).toBeLessThanOrEqual(size * 2.5);
    // Wanted together, three tiles stay over the cap.
    loader.want([0, 1, 2].map((x) => loader.url(3, x)));
    net.calls.at(-1)?.resolve(summary(3, 0));
    await settle();
    for (const x of [0, 1, 2]) expect(loader.get(loader.url(3, x))).toBeDefined();
  });

  it('retries a failed tile with backoff, names it, and gives up after its tries', async () => {
    const url = loader.url(3, 4);
    loader.want([url]);
    net.calls[0]?.resolve({ error: 'the engine failed: out of memory' }, 500);
    await settle();
    expect(loader.failure(url)).toMatchObject({
      url,
      tries: 1,
      retrying: true,
      message: 'HTTP 500: the engine failed: out of memory',
    });
    expect(loader.loading(url)).toBe(true);
    // 10 ms, then 20, then 40: four tries in all.
    for (let tries = 2; tries <= 4; tries++) {
      await vi.waitFor(() => expect(net.calls).toHaveLength(tries));
      net.calls.at(-1)?.reject(new TypeError('Failed to fetch'));
      await settle();
    }
    expect(loader.failure(url)).toMatchObject({ tries: 4, retrying: false });
    expect(loader.loading(url)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(net.calls).toHaveLength(4);
  });

  it('a tile that answers after a failure is kept, and its failure forgotten', async () => {
    const url = loader.url(3, 5);
    loader.want([url]);
    net.calls[0]?.resolve('not a tile');
    await settle();
    expect(loader.failure(url)?.message).toBe('the tile is not a JSON object');
    await vi.waitFor(() => expect(net.calls).toHaveLength(2));
    net.calls[1]?.resolve(summary(3, 5));
    await settle();
    expect(loader.failure(url)).toBeUndefined();
    expect(loader.get(url)?.x).toBe(5);
  });
});

/** A source of tiles held in a map, as the loader's cache would hold them. */
function source(tiles: Tile[], failed: number[] = []) {
  // Tiles are held without a filter; a filter's tiles have URLs of their own.
  const url = (
    z: number,
    x: number,
    f: { q?: string; categories?: readonly string[] | null } = {},
  ) => `t/${z}/${x}${f.q ? `?q=${f.q}` : ''}${f.categories ? `&c=${f.categories.join(',')}` : ''}`;
  const held = new Map(tiles.map((t) => [url(t.z, t.x), t]));
  return {
    url,
    get: (u: string) => held.get(u),
    failure: (u: string) =>
      failed.some((x) => u === url(3, x))
        ? { url: u, message: 'HTTP 500', tries: 4, retrying: false }
        : undefined,
  };
}

describe('tileFrame', () => {
  // Level 3 tiles span 2^34 ms (about 199 days); a view of one tile drawn 300 px wide fits it.
  const span = 2 ** 34;
  const view = { start: 2 * span, end: 3 * span };

  it('asks for the tiles of the fitting level, the view’s own before its margins’', () => {
    const frame = tileFrame(META, source([]), view, 300);
    expect(frame.z).toBe(3);
    expect(frame.tiles.map((t) => t.x)).toEqual([1, 2, 3]);
    expect(frame.urls).toEqual(['t/3/2', 't/3/1', 't/3/3']);
  });

  it('stands a cached coarser tile in for one on its way, and lists each event once', () => {
    const frame = tileFrame(META, source([summary(1, 0), summary(3, 2)]), view, 300);
    expect(frame.tiles.map((t) => t.answer && `${t.answer.z}/${t.answer.x}`)).toEqual([
      '1/0',
      '3/2',
      '1/0',
    ]);
    expect(frame.events.map((e) => e.id)).toEqual(['r1-0', 'r3-2']);
    expect(frame.complete).toBe(false);
    expect(frame.gaps).toEqual([]);
  });

  it('stands the unfiltered tile in while the tiles of a category filter or a search come', () => {
    const cached = source([summary(3, 2), summary(2, 0)]);
    const filtered = tileFrame(META, cached, view, 300, { categories: ['a'] });
    expect(filtered.tiles.map((t) => t.answer && `${t.answer.z}/${t.answer.x}`)).toEqual([
      '2/0',
      '3/2',
      null,
    ]);
    // A search's too: the element dims what does not match among them.
    const searched = tileFrame(META, cached, view, 300, { q: 'treaty', categories: ['a'] });
    expect(searched.tiles.map((t) => t.answer && `${t.answer.z}/${t.answer.x}`)).toEqual([
      '2/0',
      '3/2',
      null,
    ]);
  });

  it('shows a failed tile with nothing standing in for it as a gap', () => {
    const frame = tileFrame(META, source([summary(3, 2)], [1, 2]), view, 300);
    expect(frame.gaps.map((t) => t.x)).toEqual([1]);
    expect(frame.gaps[0]?.failure?.message).toBe('HTTP 500');
  });
});

describe('tileDensity', () => {
  it('spreads each summary bin over the layout bins it covers, in either direction', () => {
    const tile = summary(3, 0);
    const width = (tile.end - tile.start) / 4;
    const frame = { tiles: [{ answer: tile } as never] };
    // Eight layout bins over the tile: each summary bin is two of them.
    const edges = Float64Array.from({ length: 9 }, (_, k) => tile.start + (k * width) / 2);
    const lanes = new Map([
      ['a', 0],
      ['b', 1],
    ]);
    const [a, b] = tileDensity(frame, lanes, 2, edges);
    expect([...(a as Uint16Array)]).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
    expect([...(b as Uint16Array)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    const [back] = tileDensity(frame, lanes, 2, edges.slice().reverse());
    expect([...(back as Uint16Array)]).toEqual([2, 2, 2, 2, 1, 1, 1, 1]);
  });
});
