/**
 * A tiled source for the element (docs/tiles.md), in a chunk of its own: what most pages never
 * load. It reads the metadata, asks the loader for the tiles of the view being drawn, and makes a
 * model of the events their answers carry, with the same validation and issues as the JSON
 * format; the crowded view draws the tiles' density and these events as labels and targets.
 */
import { BIN, DENSE, plotEdges, timeRange } from '../../layout/geometry.js';
import type { LanePlan } from '../../layout/lanes.js';
import { placedMark } from '../../layout/marks.js';
import { OVERVIEW_HEIGHT, type OverviewLayout } from '../../layout/overview.js';
import type { Crowd, DenseInput, TimelineLayout } from '../../layout/types.js';
import { type View, viewScale } from '../../layout/view.js';
import { LINEAR, type Warp } from '../../layout/warp.js';
import { parseIsoDate } from '../../model/dates.js';
import { parseInput } from '../../model/parse-input.js';
import type { Issue, ParseResult, TimelineEvent } from '../../model/types.js';
import { type TileFilter, TileLoader } from '../../tiles/tile-loader.js';
import { type TileFrame, tileDensity, tileFrame } from '../../tiles/tile-view.js';
import type { EventPage, Tile, TileEvent, TileMeta } from '../../tiles/types.js';
import type { ServedTable } from './types.js';

/**
 * Opens a tiled source: its first model (no events yet) with the source, or why it cannot be
 * read. Aborted, it closes the source.
 */
export async function openTiled(
  template: string,
  changed: () => void,
  signal: AbortSignal,
): Promise<(ParseResult & { tiled: TiledSource }) | { issue: Issue }> {
  const tiled = new TiledSource(template, changed);
  signal.addEventListener('abort', () => tiled.close());
  const result = await tiled.open();
  return 'issue' in result ? result : { ...result, tiled };
}

/** How long typing pauses before a search goes to the server. */
const QUERY_PAUSE_MS = 400;
/** Where an event starts, in ms, as the server keys its pages. */
function startOf(event: TileEvent): number {
  const date = parseIsoDate(event.start);
  return 'ms' in date ? date.ms : Number.NaN;
}

/** Events pinned at most (see TiledSource.pins). */
const PINS = 16;
/** Rows in a page of the table (as views/table-view.ts shows them). */
const PAGE_ROWS = 100;

export class TiledSource {
  readonly loader: TileLoader;
  /** The tiles of the view last drawn, with what stands for each. */
  frame: TileFrame | null = null;
  /** The tiles of the whole extent at the overview's width, for the overview strip. */
  whole: TileFrame | null = null;
  /** A model of newer answers, which the data controller takes at its next update. */
  next: ParseResult | null = null;
  /** Shared by every model of this source: the element keeps its window while tiles come. */
  private readonly identity = {};
  private answers: (Tile | null)[] = [];
  /** The whole source's one tile under the view's filter: its count is the search's. */
  private countUrl = '';
  private filter: TileFilter = {};
  /** The search as typed, and as the tiles are asked for: once typing pauses (QUERY_PAUSE_MS). */
  private typed = '';
  private asked = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed: () => void;
  private gaps = '';
  /**
   * Events a reader went to that the tiles at hand may not carry (the keys' next event, a table
   * row opened, a match): kept in the model, the last PINS of them, so they can be drawn,
   * focused and selected at any level.
   */
  private readonly pins = new Map<string, TileEvent>();
  /** Ids of the events in the model only as pins: not candidates for labels. */
  pinOnly = new Set<string>();
  /** The table's pages under one filter, by page number, as the server gave them. */
  private table: {
    key: string;
    /** Each page as the server gave it, and its events as the element reads them. */
    pages: Map<number, EventPage & { read: TimelineEvent[] }>;
    asked: Set<number>;
    failed?: string;
  } | null = null;

  constructor(template: string, changed: () => void, fetcher?: typeof fetch) {
    this.changed = changed;
    this.loader = new TileLoader({ template, changed, ...(fetcher ? { fetch: fetcher } : {}) });
  }

  /** Reads the metadata: the first model (no events yet), or why the source cannot be read. */
  async open(): Promise<ParseResult | { issue: Issue }> {
    const meta = await this.loader.loadMeta();
    if (!meta) {
      const message = this.loader.metaError ?? 'the tiled source could not be read';
      return { issue: { path: 'tiles', message, severity: 'error' } };
    }
    return this.build(meta, null);
  }

  /**
   * The view being drawn, `width` px wide: asks for its tiles, and when the answers at hand
   * changed, makes the next model. True when there is one.
   */
  look(view: View, width: number, filter: TileFilter): boolean {
    const meta = this.loader.meta;
    if (!meta || width <= 0) return false;
    filter = { ...filter, q: this.pause(filter.q ?? '') };
    const frame = tileFrame(meta, this.loader, view, width, filter);
    this.frame = frame;
    const extent = { start: meta.extent[0], end: meta.extent[1] };
    const whole = tileFrame(meta, this.loader, extent, width, filter, 0);
    // A new object only when its answers changed: the overview is laid out again then.
    const before = this.whole?.tiles ?? [];
    if (
      before.length !== whole.tiles.length ||
      whole.tiles.some((t, i) => t.answer !== before[i]?.answer)
    ) {
      this.whole = whole;
    }
    this.filter = filter;
    this.countUrl = filter.q ? this.loader.url(0, 0, filter) : '';
    const count = this.countUrl ? [this.countUrl] : [];
    this.loader.want([...new Set([...frame.urls, ...whole.urls, ...count])]);
    const answers = frame.tiles.map((t) => t.answer);
    const gaps = frame.gaps.map((t) => `${t.url} ${t.failure?.message}`).join('\n');
    const same =
      answers.length === this.answers.length && answers.every((a, i) => a === this.answers[i]);
    if (same && gaps === this.gaps) return false;
    this.answers = answers;
    this.gaps = gaps;
    this.next = this.build(meta, frame);
    return true;
  }

  /**
   * The event a key goes to from `from` (none: Home or End), asked of the server under the
   * category filter: `next` / `previous` in time order, `first` / `last` of the source. The event
   * is pinned in the model; its id, or null when there is none.
   */
  async step(
    to: 'next' | 'previous' | 'first' | 'last',
    from: { start: number; id: string } | null,
    q = '',
  ): Promise<string | null> {
    const forward = to === 'next' || to === 'first';
    const key = to === 'first' || to === 'last' ? null : from;
    const filter = { q, categories: this.filter.categories ?? null };
    let page = await this.loader.page(key, forward ? 'after' : 'before', 1, filter);
    // A search's arrows go round: after the last match comes the first.
    if (q && key && page.events.length === 0) {
      page = await this.loader.page(null, forward ? 'after' : 'before', 1, filter);
    }
    return this.pinFirst(page.events);
  }

  /**
   * The event of lane `category` nearest in time to `from` (Up and Down), pinned; its id, or null
   * when the lane has none.
   */
  async nearest(category: string, from: { start: number; id: string }): Promise<string | null> {
    const filter = { categories: [category] };
    const [after, before] = await Promise.all([
      this.loader.page(from, 'after', 1, filter),
      this.loader.page(from, 'before', 1, filter),
    ]);
    const distance = (e: TileEvent | undefined) =>
      e ? Math.abs(startOf(e) - from.start) : Number.POSITIVE_INFINITY;
    const a = after.events[0];
    const b = before.events[0];
    return this.pinFirst(distance(b) < distance(a) ? [b] : [a]);
  }

  /**
   * Page `page` of the table: the events the view's filter and search leave, by start then id,
   * asked of the server a page at a time (each after the last event of the one before, or before
   * the first of the one after). No events while it comes; a page that cannot be reached from
   * those at hand (a new filter) starts again at the first.
   */
  tablePage(page: number): ServedTable {
    const key = `${this.filter.q ?? ''}\u0000${this.filter.categories?.join(',') ?? '*'}`;
    if (this.table?.key !== key) this.table = { key, pages: new Map(), asked: new Set() };
    const { pages, asked } = this.table;
    const count = this.filter.q ? this.matchCount() : this.shownCount();
    const failed = this.table.failed ?? null;
    const got = pages.get(page);
    if (got) return { page, events: got.read, more: got.more, count, failed };
    const before = pages.get(page - 1)?.events.at(-1);
    const after = pages.get(page + 1)?.events[0];
    if (page > 0 && !before && !after) return this.tablePage(0);
    // A page that failed is not asked for again at each render: the table opened again, or
    // another filter, asks anew.
    if (!asked.has(page) && !failed) {
      asked.add(page);
      const table = this.table;
      const edge = before ?? after;
      const from = edge ? { start: startOf(edge), id: edge.id } : null;
      this.loader
        .page(from, after && !before ? 'before' : 'after', PAGE_ROWS, this.filter)
        .then(
          (answer) => {
            // A going-back page says `more` of those before it: the pages after it exist.
            const more = answer.more || Boolean(after && !before);
            table.pages.set(page, { ...answer, more, read: this.readEvents(answer.events) });
            table.failed = undefined;
          },
          (error: Error) => {
            table.failed = error.message;
          },
        )
        .finally(() => {
          table.asked.delete(page);
          this.changed();
        });
    }
    return { page, events: [], more: false, count, failed };
  }

  /** Forgets the table's pages: the table opened again asks the server anew. */
  resetTable(): void {
    this.table = null;
  }

  /** Pins the event of a table row the reader opened; false when no page holds it. */
  pinRow(id: string): boolean {
    for (const page of this.table?.pages.values() ?? []) {
      const event = page.events.find((e) => e.id === id);
      if (event) return this.pinFirst([event]) !== null;
    }
    return false;
  }

  close(): void {
    clearTimeout(this.timer);
    this.loader.close();
  }

  /**
   * The search the tiles are asked for: a query once typing has paused on it, so that a server
   * scans its events once per query, not once per key (the events at hand are searched on the
   * page meanwhile); a cleared search at once.
   */
  private pause(q: string): string {
    if (q !== this.typed) {
      this.typed = q;
      clearTimeout(this.timer);
      if (!q) this.asked = '';
      else {
        this.timer = setTimeout(() => {
          this.asked = q;
          this.changed();
        }, QUERY_PAUSE_MS);
      }
    }
    return this.asked;
  }

  /** How many events of the source match the search, as its server counts them; null until known. */
  matchCount(): number | null {
    // Not an earlier query's, while the one typed since waits for its pause.
    if (this.asked !== this.typed) return null;
    return this.loader.get(this.countUrl)?.count ?? null;
  }

  /** How many events of the source the category filter shows: the search count's "of". */
  shownCount(): number {
    const meta = this.loader.meta;
    const shown = this.filter.categories;
    if (!meta) return 0;
    if (!shown) return meta.count;
    return meta.categories.reduce((n, c) => n + (shown.includes(c.id) ? c.count : 0), 0);
  }

  /**
   * The failed stretches of the view, set on its layout to be drawn hatched (on the layout
   * itself: a copy would work out its targets, which a crowded view leaves until asked).
   */
  markGaps(layout: TimelineLayout, view: View, warp: Warp, rtl: boolean): void {
    const gaps = this.frame?.gaps ?? [];
    if (gaps.length === 0 && !layout.gaps) return;
    const x = viewScale(warp, view, ...timeRange(layout.left, layout.right, rtl));
    const clamp = (px: number) => Math.max(layout.left, Math.min(layout.right, px));
    layout.gaps = gaps
      .map((g) => ({ x: clamp(x(g.start)), x2: clamp(x(g.end)) }))
      .filter((g) => g.x !== g.x2);
  }

  /**
   * The overview strip from the tiles of the whole extent: per lane, a line where the source has
   * events (the tiles' counts in each 2 px bin), the same for ten events or ten million.
   */
  overview(plan: LanePlan, full: View, width: number, rtl: boolean): OverviewLayout {
    const { left, right } = plotEdges(width);
    const x = viewScale(LINEAR, full, ...timeRange(left, right, rtl));
    const bins = Math.ceil((right - left) / 2);
    const edges = Float64Array.from({ length: bins + 1 }, (_, b) => x.invert(left + b * 2));
    const lanes = new Map(plan.lanes.map((lane, i) => [lane.id, i]));
    const counts = tileDensity(this.whole ?? { tiles: [] }, lanes, plan.lanes.length, edges);
    const band = (OVERVIEW_HEIGHT - 8) / Math.max(1, plan.lanes.length);
    const paths = counts.map((count, lane) => {
      const mid = (4 + lane * band + band / 2).toFixed(1);
      let d = '';
      for (let b = 0; b < bins; b++) {
        if (!count[b]) continue;
        const from = b;
        while (b + 1 < bins && count[b + 1]) b++;
        d += `M${left + from * 2} ${mid}H${left + (b + 1) * 2}`;
      }
      return { lane, d };
    });
    return { paths, full, left, right };
  }

  /** The crowd's code drawing this source's tiles (see tiledCrowd). */
  crowd(base: Crowd): Crowd {
    return tiledCrowd(base, this);
  }

  /** Pins the first of `events` (the model is made again with it); its id, or null. */
  private pinFirst(events: (TileEvent | undefined)[]): string | null {
    const event = events[0];
    const meta = this.loader.meta;
    if (!event || !meta) return null;
    this.pins.delete(event.id);
    this.pins.set(event.id, event);
    for (const id of this.pins.keys()) {
      if (this.pins.size <= PINS) break;
      this.pins.delete(id);
    }
    this.next = this.build(meta, this.frame);
    this.changed();
    return event.id;
  }

  /** Events of a page as the element reads them: the JSON format's validation, its order. */
  private readEvents(events: TileEvent[]): TimelineEvent[] {
    const categories = this.loader.meta?.categories.map(({ id, label }) => ({ id, label })) ?? [];
    return parseInput({ categories, events }, {}).model.events;
  }

  private build(meta: TileMeta, frame: TileFrame | null): ParseResult {
    const carried = frame?.events ?? [];
    const ids = new Set(carried.map((e) => e.id));
    const pinned = [...this.pins.values()].filter((e) => !ids.has(e.id));
    this.pinOnly = new Set(pinned.map((e) => e.id));
    const events = pinned.length ? [...carried, ...pinned] : carried;
    const categories = meta.categories.map(({ id, label, color }) =>
      color ? { id, label, color } : { id, label },
    );
    const { model, issues } = parseInput({ title: meta.title, categories, events }, {});
    const tiled = { count: meta.count, start: meta.extent[0], end: meta.extent[1] };
    const problems = issues.map((issue) => ({
      ...issue,
      path: `tiles ${issue.path}`,
    }));
    for (const gap of frame?.gaps ?? []) {
      const f = gap.failure;
      const then = f?.retrying ? 'trying again' : 'its stretch of time is left empty';
      problems.push({
        path: 'tiles',
        message: `The tile '${gap.url}' could not be loaded (${f?.message}); ${then}`,
        severity: 'warning',
      });
    }
    return { model: { ...model, tiled: { ...tiled, source: this.identity } }, issues: problems };
  }
}

/**
 * The crowd's code for a tiled source: above the event levels, the density is the tiles' counts
 * and the candidates for labels are the tiles' representatives in view; where every answer is
 * an event tile, the model holds every event of the view, and the usual crowd's code counts them.
 */
export function tiledCrowd(base: Crowd, source: TiledSource): Crowd {
  const summary = () => (source.frame && !source.frame.complete ? source.frame : null);
  return {
    countVisible(d, view) {
      return summary() ? DENSE + 1 : base.countVisible(d, view);
    },
    denseMarks(d: DenseInput) {
      const frame = summary();
      if (!frame) return base.denseMarks(d);
      // Pinned events the tiles do not carry are drawn when selected or focused, not labelled.
      const pinOnly = source.pinOnly;
      const candidates = d
        .visible()
        .filter((i) => i === d.selected || !pinOnly.has(d.model.events[i]?.id ?? ''))
        .flatMap((i) => placedMark(d, i) ?? []);
      const bins = Math.ceil((d.right - d.left) / BIN) + 1;
      const edges = Float64Array.from({ length: bins + 1 }, (_, b) => d.x.invert(d.left + b * BIN));
      const lanes = d.plan.lanes;
      const laneOf = new Map(lanes.flatMap((lane, i) => (lane.hidden ? [] : [[lane.id, i]])));
      const points = tileDensity(frame, laneOf as Map<string, number>, lanes.length, edges);
      const ranges = points.map((p) => new Uint16Array(p.length));
      return { candidates, density: { bins, points, ranges } };
    },
    denseTargets: (d, labelled, size) => base.denseTargets(d, labelled, size),
  };
}
