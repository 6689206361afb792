import { bisector, bisectRight } from 'd3-array';
import type { LanePlan } from '../../layout/lanes.js';
import { matchTicks, overviewMatchTicks } from '../../layout/match-ticks.js';
import type { OverviewLayout } from '../../layout/overview.js';
import type { LaneBox } from '../../layout/types.js';
import type { View } from '../../layout/view.js';
import type { Warp } from '../../layout/warp.js';
import { matchStyles } from '../styles/match.styles.js';
import type { DataController } from './data-controller.js';
import type { FilterController } from './filter-controller.js';
import { emit, type Host } from './host.js';
import type { LocaleController } from './locale-controller.js';
import { type SearchEngine, searchEngine } from './search-engine.js';

/** The host's search input: the query, as typed. */
export type SearchHost = Host & { query: string };

export interface SearchOptions {
  loader: DataController;
  filter: FilterController;
  language: LocaleController;
}

type Edges = { left: number; right: number; rtl: boolean };

/** How long typing pauses before the live region says the count. */
const PAUSE_MS = 700;
const NONE = new Int32Array(0);

/**
 * The search (the host's `query`), in the search's chunk (search-controller.ts loads it): the
 * events whose text holds every word of it, among the categories shown. The drawing highlights
 * them and dims the rest; the field's count says how many ("3 of 248"), and the live region says
 * the same once typing pauses. Fires timeline-search once the matches of a query are drawn.
 */
export class Search {
  /** Per event, 1 when it matches and is shown; null without a query. */
  mask: Uint8Array | null = null;
  /** The matches shown, in time order. */
  matches: Int32Array = NONE;
  /** How many events are shown: the count's "of". */
  total = 0;
  /** What the live region says: the count, once typing pauses, and when it was set. */
  live = '';
  liveAt = 0;
  /** The query the matches are of ('' for none). */
  query = '';
  private engine: SearchEngine | null = null;
  private engineKey = '';
  /** Matches of `query` in every category, before the filter. */
  private found: Int32Array | null = null;
  private asked = '';
  private appliedTo: unknown = null;
  private owed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The matching asked for and not yet answered: what the host's updateComplete waits for. */
  pending: Promise<void> | null = null;

  constructor(
    private readonly host: SearchHost,
    private readonly o: SearchOptions,
  ) {
    // The styles of matches, after the element's own, once per shadow root.
    const root = host.renderRoot as ShadowRoot;
    const sheet = matchStyles.styleSheet;
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  /** A crowded view's matches as strokes ('' without a search, or before its chunk is here). */
  ticks(
    plan: LanePlan,
    lanes: readonly LaneBox[],
    view: View,
    warp: Warp,
    edges: Edges,
    trackY: (lane: LaneBox, track: number) => number,
  ): string {
    const model = this.o.loader.model;
    if (!model || !this.mask) return '';
    return matchTicks(model, plan, lanes, this.matches, view, warp, edges, trackY);
  }

  /** The matches on the overview strip, as strokes. */
  overviewTicks(o: OverviewLayout, warp: Warp, rtl: boolean, height: number): string {
    const model = this.o.loader.model;
    if (!model || !this.mask) return '';
    return overviewMatchTicks(model, this.matches, o, warp, rtl, height);
  }

  disconnect(): void {
    clearTimeout(this.timer);
  }

  update(): void {
    const { loader, language } = this.o;
    const model = loader.model;
    const key = `${loader.version}\u0000${language.locale}`;
    if (key !== this.engineKey) {
      this.engine?.dispose();
      this.engine = null;
      this.engineKey = key;
      this.found = null;
      this.asked = '';
    }
    const wanted = typeof this.host.query === 'string' ? this.host.query : '';
    if (!model) return;
    if (!wanted.trim()) {
      if (this.asked !== '' || this.found) this.settle('', null);
    } else if (wanted !== this.asked) {
      this.ask(wanted);
    }
    if (this.appliedTo !== this.o.filter.lanes) {
      this.apply();
      // Showing or hiding a category changes what matches.
      if (this.query) this.owed = true;
    }
  }

  updated(): void {
    // A tiled source's count comes from its server: the page hears of the search once it has.
    if (!this.owed || this.count === null) return;
    this.owed = false;
    emit(this.host, 'timeline-search', { query: this.query, count: this.count ?? 0 });
    // Said once the reader stops typing, not at each key.
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const words = this.o.language.words;
      const number = (n: number) => n.toLocaleString(this.o.language.locale);
      this.live = this.query ? words.matches(number(this.count ?? 0), number(this.total)) : '';
      this.liveAt = performance.now();
      this.host.requestUpdate();
    }, PAUSE_MS);
  }

  /**
   * The engine, made on the field's first focus or the first query, which starts building its
   * index (in a worker above 100,000 events) before the first key.
   */
  prepare(): SearchEngine | null {
    const model = this.o.loader.model;
    if (!model) return null;
    if (!this.engine) {
      this.engine = searchEngine(model.events, this.o.language.locale);
      // Disposed before it was ready: the data or the language changed meanwhile.
      this.engine.prepare().catch(() => {});
    }
    return this.engine;
  }

  /** The ids of the events shown that match a query, in time order; the query becomes the host's. */
  async search(text: string): Promise<string[]> {
    this.host.query = text;
    const model = this.o.loader.model;
    if (!model || !text.trim()) return [];
    const engine = this.prepare();
    if (!engine) return [];
    const found = await engine.find(text);
    const off = this.o.filter.lanes?.off;
    const shown = off ? found.filter((i) => off[i] === 0) : found;
    return Array.from(shown, (i) => model.events[i]?.id ?? '');
  }

  /**
   * The match after (or before) the selected event, else after the window's start (or before its
   * end), wrapping round at the ends; -1 when there is none.
   */
  step(direction: 1 | -1, selected: number, view: { start: number; end: number }): number {
    const { matches } = this;
    const model = this.o.loader.model;
    if (!model || matches.length === 0) return -1;
    const n = matches.length;
    // Matches are event indices in time order: after the selected one by index, else by start.
    const byStart = bisector((i: number) => model.startMs[i] as number);
    const t = direction > 0 ? view.start : view.end;
    const k =
      selected >= 0
        ? bisectRight(matches, direction > 0 ? selected : selected - 1) - (direction > 0 ? 0 : 1)
        : direction > 0
          ? byStart.left(matches, t)
          : byStart.right(matches, t) - 1;
    return matches[(k + n) % n] as number;
  }

  /**
   * A key typed in the field: asked before the host's update, so that an answer ready at once
   * (the index on the page) is drawn in the same update, not in one after it.
   */
  typed(query: string): void {
    const model = this.o.loader.model;
    const key = `${this.o.loader.version}\u0000${this.o.language.locale}`;
    if (!model || key !== this.engineKey || !query.trim() || query === this.asked) return;
    const now = this.engine?.findNow?.(query);
    if (now) this.settle(query, now);
    else this.ask(query);
  }

  private ask(query: string): void {
    const engine = this.prepare();
    if (!engine) return;
    this.asked = query;
    const done = () => {
      if (this.pending === pending) this.pending = null;
    };
    const pending = engine.find(query).then(
      (found) => {
        done();
        // A later key asked again, or the data changed, while this was worked out.
        if (this.asked !== query || this.engine !== engine) return;
        this.settle(query, found);
      },
      // The engine was let go (the data or the language changed): a newer one answers.
      done,
    );
    this.pending = pending;
  }

  /**
   * How many events match: the matches at hand, or for a tiled source, the count its server
   * gives for the whole source (null until it has come).
   */
  get count(): number | null {
    const tiled = this.o.loader.tiled;
    return tiled && this.query ? tiled.matchCount() : this.matches.length;
  }

  private settle(query: string, found: Int32Array | null): void {
    this.asked = query;
    this.query = query;
    this.found = found;
    this.apply();
    this.owed = true;
    this.host.requestUpdate();
  }

  /** The matches among the categories shown, and the mask the drawing reads. */
  private apply(): void {
    const model = this.o.loader.model;
    const plan = this.o.filter.lanes;
    this.appliedTo = plan;
    const off = plan?.off;
    const n = model?.events.length ?? 0;
    let hidden = 0;
    if (off) for (const o of off) hidden += o;
    this.total = this.o.loader.tiled?.shownCount() ?? n - hidden;
    if (!this.found || !model) {
      this.mask = null;
      this.matches = NONE;
      return;
    }
    const matches = off ? this.found.filter((i) => off[i] === 0) : this.found;
    const mask = new Uint8Array(n);
    for (const i of matches) mask[i] = 1;
    this.matches = matches;
    this.mask = mask;
  }
}
