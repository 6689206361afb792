import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { levelForWidth, tileInterval, tilesCovering } from '../../src/tiles/tile-math.js';
import type { TileMeta } from '../../src/tiles/types.js';
import { chord } from './engine.js';
import { TimelineHarness } from './harness/timeline-harness.js';

/**
 * A tiled source (docs/tiles.md) answered in the page by a fetch of the test's own: 4,000 points
 * from 2000 on, two days apart, in two categories, summarised and cut into tiles by brute force.
 */
const DAY = 86_400_000;
const FIRST = Date.UTC(2000, 0, 1);
const EVENTS = Array.from({ length: 4000 }, (_, i) => ({
  id: `e${i}`,
  title: `Event number ${i}`,
  startMs: FIRST + i * 2 * DAY,
  category: i % 2 ? 'b' : 'a',
  importance: i % 50 === 0 ? 3 : 2,
}));
const META: TileMeta = {
  version: 1,
  title: 'Four thousand days',
  count: EVENTS.length,
  extent: [FIRST, FIRST + 4000 * 2 * DAY],
  origin: FIRST,
  baseSpan: 2 ** 39,
  tileSize: 256,
  bins: 64,
  k: 2,
  deepestLevel: 6,
  maxLevel: 39,
  categories: [
    { id: 'a', label: 'Alpha', color: null, count: 2000 },
    { id: 'b', label: 'Beta', color: null, count: 2000 },
  ],
};
const BASE = 'https://tiles.invalid/t';
const TEMPLATE = `${BASE}/{z}/{x}.json`;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const asEvent = (e: (typeof EVENTS)[number]) => ({
  id: e.id,
  title: e.title,
  start: iso(e.startMs),
  category: e.category,
  importance: e.importance,
});

/** A tile's parameters (docs/tiles.md): every word of `q` in the title; only `categories`. */
interface Filter {
  q?: string;
  categories?: string[];
}

const matching = (f: Filter) => (e: (typeof EVENTS)[number]) =>
  (f.q ?? '')
    .toLowerCase()
    .split(' ')
    .filter(Boolean)
    .every((w) => e.title.toLowerCase().includes(w)) &&
  (!f.categories || f.categories.includes(e.category));

/** The tile a server would answer, worked out from the events by brute force. */
function tileOf(z: number, x: number, filter: Filter = {}): unknown {
  const { start, end } = tileInterval(META, z, x);
  const inside = EVENTS.filter((e) => e.startMs >= start && e.startMs < end && matching(filter)(e));
  const head = { version: 1, z, x, start, end, count: inside.length };
  if (z > META.deepestLevel) return { ...head, kind: 'events', events: inside.map(asEvent) };
  const width = (end - start) / META.bins;
  const binOf = (e: (typeof EVENTS)[number]) => Math.floor((e.startMs - start) / width);
  const lanes = ['a', 'b'].flatMap((category) => {
    const counts = new Array<number>(META.bins).fill(0);
    for (const e of inside) {
      if (e.category === category) counts[binOf(e)] = (counts[binOf(e)] as number) + 1;
    }
    return counts.some(Boolean) ? [{ category, counts }] : [];
  });
  const representatives: { bin: number; events: unknown[] }[] = [];
  for (let bin = 0; bin < META.bins; bin++) {
    const owned = inside
      .filter((e) => binOf(e) === bin)
      .sort((p, q) => q.importance - p.importance || p.startMs - q.startMs);
    if (owned.length) representatives.push({ bin, events: owned.slice(0, META.k).map(asEvent) });
  }
  return { ...head, kind: 'summary', bins: META.bins, lanes, representatives };
}

/** A page of events (events.json) by brute force: after or before `<ms>,<id>`, by start then id. */
function pageOf(params: URLSearchParams): unknown {
  const categories = params.get('categories');
  const filter = {
    q: params.get('q') ?? '',
    ...(categories === null ? {} : { categories: categories.split(',') }),
  };
  const before = params.get('before');
  const key = params.get('after') ?? before ?? '';
  const comma = key.indexOf(',');
  const at = key ? Number(comma < 0 ? key : key.slice(0, comma)) : null;
  const id = comma < 0 ? null : key.slice(comma + 1);
  const cmp = (e: (typeof EVENTS)[number]) =>
    at === null ? 0 : e.startMs - at || (id === null ? 0 : e.id < id ? -1 : e.id > id ? 1 : 0);
  const sorted = EVENTS.filter(matching(filter)); // by start, and no two share one
  const limit = Number(params.get('limit') ?? 100);
  const list =
    before === null
      ? sorted.filter((e) => at === null || cmp(e) > 0 || (id === null && cmp(e) === 0))
      : sorted.filter((e) => at === null || cmp(e) < 0).reverse();
  const events = list.slice(0, limit).map(asEvent);
  return {
    version: 1,
    kind: 'page',
    events: before === null ? events : events.reverse(),
    more: list.length > limit,
  };
}

interface Request {
  url: string;
  signal: AbortSignal | undefined;
}

/** Stands in for the network: answers meta.json and tiles, fails or holds the ones asked. */
class FakeTiles {
  readonly requests: Request[] = [];
  readonly failing = new Set<string>();
  readonly held = new Set<string>();
  /** Whether events.json answers (a server written before pages would not). */
  pages = true;
  private readonly original = window.fetch;

  install(): this {
    window.fetch = (input, init) => this.answer(String(input), init?.signal ?? undefined);
    return this;
  }

  restore(): void {
    window.fetch = this.original;
  }

  urls(): string[] {
    return this.requests.map((r) => r.url);
  }

  private answer(url: string, signal: AbortSignal | undefined): Promise<Response> {
    if (!url.startsWith(BASE)) return this.original.call(window, url, { signal });
    this.requests.push({ url, signal });
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    return new Promise((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      const path = url.slice(BASE.length);
      if (this.held.has(url)) return;
      if (this.failing.has(url)) {
        resolve(json({ error: 'the engine failed: disk full' }, 500));
        return;
      }
      if (path === '/meta.json') {
        resolve(json(META));
        return;
      }
      if (path.startsWith('/events.json') && !this.pages) {
        resolve(json({ error: '/events.json is not meta.json or a tile {z}/{x}.json' }, 404));
        return;
      }
      if (path.startsWith('/events.json')) {
        resolve(json(pageOf(new URLSearchParams(path.split('?')[1] ?? ''))));
        return;
      }
      const [, z, x, query] = /^\/(\d+)\/(\d+)\.json(?:\?(.*))?$/.exec(path) ?? [];
      const params = new URLSearchParams(query ?? '');
      const categories = params.get('categories');
      const filter = {
        q: params.get('q') ?? '',
        ...(categories === null ? {} : { categories: categories.split(',') }),
      };
      resolve(json(tileOf(Number(z), Number(x), filter)));
    });
  }
}

/** The tile URLs a view of this width asks for, its own first. */
function viewUrls(start: number, end: number, width: number): string[] {
  const z = levelForWidth(META, { start, end }, width);
  return tilesCovering(META, z, { start, end }, 0).map((x) => `${BASE}/${z}/${x}.json`);
}

describe('a tiled source', () => {
  let net: FakeTiles;
  beforeEach(() => {
    net = new FakeTiles().install();
  });
  afterEach(() => net.restore());

  const open = async () => {
    const h = await TimelineHarness.create(
      html`<event-timeline tiles=${TEMPLATE} style="height: 420px"></event-timeline>`,
    );
    await waitUntil(() => h.root.querySelectorAll('.label').length > 0, 'labels from the tiles');
    return h;
  };
  const labels = (h: TimelineHarness) =>
    [...h.root.querySelectorAll('.label')].map((l) => l.textContent?.trim() ?? '');
  const view = async (h: TimelineHarness, start: number, end: number) => {
    h.el.setAttribute('view-start', iso(start));
    h.el.setAttribute('view-end', iso(end));
    await h.el.updateComplete;
  };

  it('reads meta.json, then draws the tiles of the view: their density, and representatives as labels', async () => {
    const h = await open();
    expect(h.resultTypes).to.deep.equal(['timeline-load']);
    expect((h.results[0] as CustomEvent).detail.events).to.equal(4000);
    expect(net.urls()[0]).to.equal(`${BASE}/meta.json`);
    // Every tile asked for is of one level, the one that fits the width.
    const levels = new Set(
      net
        .urls()
        .slice(1)
        .map((u) => u.split('/').at(-2)),
    );
    expect(levels.size).to.equal(1);
    expect(h.root.querySelectorAll('canvas.density').length).to.equal(2);
    // Each label is one of the representatives the tiles carried, and the important ones (every
    // 50th event) are labelled first: they are a larger share of the labels than of the
    // representatives (how many labels fit depends on the engine's font).
    const carried = new Set(
      net
        .urls()
        .slice(1)
        .flatMap((u) => {
          const [z, x] = u
            .slice(BASE.length + 1, -'.json'.length)
            .split('/')
            .map(Number);
          const tile = tileOf(z as number, x as number) as {
            representatives: { events: { title: string }[] }[];
          };
          return tile.representatives.flatMap((r) => r.events.map((e) => e.title));
        }),
    );
    expect(labels(h).length).to.be.above(10);
    for (const title of labels(h)) expect(carried.has(title), title).to.equal(true);
    const share = (titles: string[]) =>
      titles.filter((t) => Number(t.split(' ').at(-1)) % 50 === 0).length / titles.length;
    expect(share(labels(h))).to.be.above(share([...carried]));
    // The overview strip is drawn from the tiles of the whole extent, not from the few events
    // at hand: a lane with an event every four days is one line across the data (the fit view
    // leaves room on both sides).
    const strip = [...h.root.querySelectorAll('path.overview-ticks')].map(
      (p) => p.getAttribute('d') ?? '',
    );
    expect(strip).to.have.length(2);
    const width = h.root.querySelector('.overview-svg')?.getBoundingClientRect().width ?? 0;
    for (const d of strip) {
      const [, from, to] = /^M([\d.]+) [\d.]+H([\d.]+)$/.exec(d) ?? [];
      expect(Number(to) - Number(from), d).to.be.above(width * 0.6);
    }
    // Both categories have a lane, with a toggle.
    const lanes = [...h.root.querySelectorAll('[part~="lane"]')].map((l) => l.textContent?.trim());
    expect(lanes).to.deep.equal(['Alpha', 'Beta']);
  });

  it('zoomed into a month, it asks for finer tiles and shows every event of the month', async () => {
    const h = await open();
    const start = Date.UTC(2010, 2, 1);
    const end = Date.UTC(2010, 3, 1);
    await view(h, start, end);
    const wanted = viewUrls(start, end, h.el.clientWidth);
    await waitUntil(() => wanted.every((u) => net.urls().includes(u)), 'the month’s tiles');
    const expected = EVENTS.filter((e) => e.startMs >= start && e.startMs < end).map(
      (e) => e.title,
    );
    await waitUntil(
      () => expected.every((t) => labels(h).includes(t)),
      `every event of March 2010 labelled (${expected.length})`,
    );
  });

  it('aborts the requests of a view the reader left, and answers a view seen again from the cache', async () => {
    const h = await open();
    const first = net.urls().length;
    // A year whose tiles never answer, left for another before they do.
    const year = [Date.UTC(2005, 0, 1), Date.UTC(2006, 0, 1)] as const;
    const held = viewUrls(...year, h.el.clientWidth);
    for (const url of held) net.held.add(url);
    await view(h, ...year);
    await waitUntil(() => held.every((u) => net.urls().includes(u)), 'the year is asked for');
    const other = [Date.UTC(2015, 0, 1), Date.UTC(2015, 1, 1)] as const;
    await view(h, ...other);
    const requests = net.requests.filter((r) => held.includes(r.url));
    await waitUntil(() => requests.every((r) => r.signal?.aborted), 'the year’s requests aborted');
    await waitUntil(() => labels(h).length > 0, 'the other view drawn');
    // Back to the whole extent: its tiles are in the cache, and nothing is asked again.
    const before = net.urls().length;
    h.el.setAttribute('view-start', iso(META.extent[0]));
    h.el.setAttribute('view-end', iso(META.extent[1]));
    await h.el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const again = net.urls().slice(before);
    const firstTiles = net.urls().slice(1, first);
    expect(again.filter((u) => firstTiles.includes(u))).to.deep.equal([]);
  });

  it('a search asks the server: its count is the whole source’s, and the tiles carry only matches', async () => {
    const h = await open();
    const field = h.root.querySelector<HTMLInputElement>('[part~="search"] input');
    if (!field) throw new Error('no search field');
    const found = new Promise<CustomEvent>((resolve) => {
      h.el.addEventListener('timeline-search', (e) => resolve(e as CustomEvent), { once: true });
    });
    field.focus();
    // Typed a key at a time, faster than the pause the tiles wait for.
    for (const text of ['1', '12', '123']) {
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Events whose number holds "123": 123, 1123, 1230–1239, 2123, 3123.
    const expected = EVENTS.filter(matching({ q: '123' })).length;
    expect(expected).to.equal(14);
    expect((await found).detail).to.deep.equal({ query: '123', count: expected });
    await waitUntil(
      () => h.root.querySelector('.count')?.textContent?.trim() === `${expected} of 4,000`,
      'the server’s count',
    );
    expect(net.urls()).to.include(`${BASE}/0/0.json?q=123`);
    // The server is asked once typing pauses: for "123", not for "1" and "12".
    const asked = net.urls().flatMap((u) => /[?&]q=([^&]*)/.exec(u)?.[1] ?? []);
    expect([...new Set(asked)]).to.deep.equal(['123']);
    // Once the search's tiles are in, every label is a match.
    await waitUntil(
      () => labels(h).length > 0 && labels(h).every((t) => t.includes('123')),
      'only matches labelled',
    );
  });

  it('a failing tile is tried again, drawn as a hatched gap and named in an issue; the rest still works', async () => {
    const width = 1280 - 16;
    const all = viewUrls(META.extent[0], META.extent[1], width);
    const bad = all[0] as string;
    net.failing.add(bad);
    const h = await TimelineHarness.create(
      html`<event-timeline tiles=${TEMPLATE} style="height: 420px"></event-timeline>`,
    );
    await waitUntil(() => h.root.querySelector('.tile-gap'), 'a hatched gap', { timeout: 4000 });
    const issue = h.el.issues.find((i) => i.message.includes(bad));
    expect(issue?.message).to.match(
      /could not be loaded \(HTTP 500: the engine failed: disk full\)/,
    );
    await waitUntil(() => net.urls().filter((u) => u === bad).length >= 2, 'tried again', {
      timeout: 4000,
    });
    // The other tiles are drawn: labels, and the keyboard reaches them.
    expect(labels(h).length).to.be.above(0);
    // Once it answers, the gap goes.
    net.failing.delete(bad);
    await waitUntil(() => !h.root.querySelector('.tile-gap'), 'the gap filled', { timeout: 6000 });
  });

  it('the arrow keys, Home and End reach every event of the source, not only those the tiles carry', async () => {
    const h = await open();
    const carried = new Set(h.el.events.map((e) => e.id));
    // An Alpha event, so that the event after it is Beta's, below it.
    // An Alpha event, so that the event after it is Beta's, below it; and one whose next event
    // no tile at hand carries.
    const index = (id: string) => EVENTS.findIndex((e) => e.id === id);
    const first = h.labels
      .find((l) => {
        const e = h.eventOf(l);
        return e.category === 'a' && !carried.has(`e${index(e.id) + 1}`);
      })
      ?.closest<HTMLElement>('[part~="event"]');
    if (!first) throw new Error('no label of Alpha');
    const from = h.eventOf(first);
    const at = index(from.id);
    const moves: [string, string][] = [
      ['ArrowRight', `e${at + 1}`],
      ['ArrowRight', `e${at + 2}`],
      ['ArrowLeft', `e${at + 1}`],
      // From Beta to Alpha (Up), the nearest in time: two days either side, the later one wins.
      ['ArrowUp', `e${at + 2}`],
      ['End', 'e3999'],
      ['Home', 'e0'],
      ['ArrowDown', 'e1'],
    ];
    await h.press('ArrowRight', first);
    await waitUntil(() => h.focusedEvent?.id === `e${at + 1}`, `focus on e${at + 1}`);
    // The next event is one no tile at hand carried: the server named it.
    expect(carried.has(`e${at + 1}`)).to.equal(false);
    expect(net.urls().some((u) => u.startsWith(`${BASE}/events.json?after=`))).to.equal(true);
    for (const [key, id] of moves.slice(1)) {
      await h.press(key);
      await waitUntil(() => h.focusedEvent?.id === id, `${key}: focus on ${id}`, { timeout: 3000 });
    }
    // In view: the window came to the event.
    const { start, end } = h.view();
    expect(EVENTS[1]?.startMs).to.be.within(start, end);
    // With Beta hidden, → skips its events: from e0 to e2.
    const beta = [...h.root.querySelectorAll<HTMLButtonElement>('[part~="lane"]')].find(
      (b) => b.textContent?.trim() === 'Beta',
    );
    beta?.click();
    await h.el.updateComplete;
    const alpha = h.labels.find((l) => h.eventOf(l).category === 'a');
    await h.press('Home', alpha?.closest<HTMLElement>('[part~="event"]') ?? undefined);
    await waitUntil(() => h.focusedEvent?.id === 'e0', 'Home: e0');
    await h.press('ArrowRight');
    await waitUntil(() => h.focusedEvent?.id === 'e2', 'ArrowRight skips Beta: e2');
  });

  it('the table pages through the server, and opening a row shows that event', async () => {
    const h = await open();
    h.tableToggle.click();
    const caption = () => h.root.querySelector('caption')?.textContent?.trim() ?? '';
    const rowTitles = () =>
      [...h.root.querySelectorAll('tbody th')].map((t) => t.textContent?.trim() ?? '');
    await waitUntil(() => caption() === 'Events 1–100 of 4,000', `page 1: ${caption()}`);
    expect(rowTitles()).to.deep.equal(EVENTS.slice(0, 100).map((e) => e.title));
    const pager = (name: string) =>
      [...h.root.querySelectorAll<HTMLButtonElement>('.pager button')].find(
        (b) => b.textContent?.trim() === name,
      );
    pager('Next')?.click();
    await waitUntil(() => caption() === 'Events 101–200 of 4,000', `page 2: ${caption()}`);
    expect(rowTitles()).to.deep.equal(EVENTS.slice(100, 200).map((e) => e.title));
    expect(
      net
        .urls()
        .filter((u) => u.includes('/events.json'))
        .at(-1),
    ).to.equal(
      `${BASE}/events.json?after=${encodeURIComponent(`${EVENTS[99]?.startMs},e99`)}&limit=100`,
    );
    pager('Next')?.click();
    await waitUntil(() => caption() === 'Events 201–300 of 4,000', 'page 3');
    pager('Previous')?.click();
    await waitUntil(() => caption() === 'Events 101–200 of 4,000', 'page 2 again');
    expect(pager('Previous')?.getAttribute('aria-disabled')).to.equal('false');
    // A row no tile at hand carries: opened, it is selected and in view.
    const carried = new Set(h.el.events.map((e) => e.id));
    const at = EVENTS.findIndex((e, i) => i >= 100 && i < 200 && !carried.has(e.id));
    const id = `e${at}`;
    const row = [...h.root.querySelectorAll<HTMLButtonElement>('tbody .link-button')].find(
      (b) => b.textContent?.trim() === `Event number ${at}`,
    );
    row?.click();
    await waitUntil(() => h.el.selected === id, `${id} selected`);
    await waitUntil(() => h.focusedEvent?.id === id, `${id} focused`);
    const { start, end } = h.view();
    expect(EVENTS[at]?.startMs).to.be.within(start, end);
  });

  it('while searching, the table lists the matches the server finds, and Enter steps through them', async () => {
    const h = await open();
    const field = h.root.querySelector<HTMLInputElement>('[part~="search"] input');
    if (!field) throw new Error('no search field');
    field.focus();
    field.value = '123';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => h.root.querySelector('.count')?.textContent?.trim() === '14 of 4,000');
    const expected = EVENTS.filter(matching({ q: '123' })).map((e) => e.id);
    for (const id of expected.slice(0, 3)) {
      await h.press('Enter', field);
      await waitUntil(() => h.el.selected === id, `Enter: ${id} selected`, { timeout: 3000 });
    }
    field.focus();
    await chord('Shift', 'Enter');
    await waitUntil(() => h.el.selected === expected[1], 'Shift+Enter: back one');
    h.tableToggle.click();
    await waitUntil(
      () => h.root.querySelector('caption')?.textContent?.trim() === 'Events 1–14 of 14',
      'the table of matches',
    );
    const titles = [...h.root.querySelectorAll('tbody th')].map((t) => t.textContent?.trim());
    expect(titles).to.deep.equal(EVENTS.filter(matching({ q: '123' })).map((e) => e.title));
    expect(h.root.querySelector('.pager')).to.equal(null);
  });

  it('from a server without pages, the keys move among the events at hand and the table says why it is empty', async () => {
    net.pages = false;
    const h = await open();
    const first = h.labels[0]?.closest<HTMLElement>('[part~="event"]');
    if (!first) throw new Error('no label');
    const at = h.el.events.findIndex((e) => e.id === h.eventOf(first).id);
    const next = h.el.events[at + 1]?.id;
    await h.press('ArrowRight', first);
    await waitUntil(() => h.focusedEvent?.id === next, `focus on ${next}, the next at hand`);
    h.tableToggle.click();
    await waitUntil(
      () =>
        /could not be loaded: HTTP 404/.test(h.root.querySelector('caption')?.textContent ?? ''),
      'the table names the failure',
    );
    // Once: a failed page is not asked for again at each render.
    const pages = () => net.urls().filter((u) => u.includes('/events.json')).length;
    const asked = pages();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(pages()).to.equal(asked);
  });
});
