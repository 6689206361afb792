import type { ReactiveController } from 'lit';
import { trackY } from '../../layout/geometry.js';
import type { LanePlan } from '../../layout/lanes.js';
import type { OverviewLayout } from '../../layout/overview.js';
import type { LaneBox } from '../../layout/types.js';
import type { View } from '../../layout/view.js';
import type { Warp } from '../../layout/warp.js';
import { ChunkRequest, lazyChunk } from '../lazy-chunk.js';
import type { Search, SearchHost, SearchOptions } from './search-state.js';

/** The search's chunk: the index, its matching, the strokes of matches and their styles. */
const searchChunk = lazyChunk(() => import('./search-state.js'));

type Edges = { left: number; right: number; rtl: boolean };
const NONE = new Int32Array(0);

/**
 * The search (the host's `query`). Most readers never search, so all of it but this switch is a
 * chunk (search-state.ts), asked for on the field's first focus or with the first query; until
 * it arrives nothing is highlighted.
 */
export class SearchController implements ReactiveController {
  private readonly chunk: ChunkRequest<typeof import('./search-state.js')>;
  private state: Search | null = null;
  private wanted = false;

  constructor(
    private readonly host: SearchHost,
    private readonly o: SearchOptions,
  ) {
    this.chunk = new ChunkRequest(host, searchChunk);
    host.addController(this);
  }

  /** Per event, 1 when it matches and is shown; null without a query. */
  get mask(): Uint8Array | null {
    return this.state?.mask ?? null;
  }

  /** The matches shown, in time order. */
  get matches(): Int32Array {
    return this.state?.matches ?? NONE;
  }

  /** How many events are shown: the count's "of". */
  get total(): number {
    return this.state?.total ?? 0;
  }

  /** How many events match (a tiled source's server counts them all; null until it has). */
  get count(): number | null {
    return this.state?.count ?? null;
  }

  /** What the live region says: the count, once typing pauses. */
  get live(): string {
    return this.state?.live ?? '';
  }

  /** When the count was last said (performance.now()), to tell it from an opened event's title. */
  get liveAt(): number {
    return this.state?.liveAt ?? 0;
  }

  /** The search's chunk while it loads, or the matches while they are worked out. */
  get loading(): Promise<void> | null {
    return this.chunk.loading ?? this.state?.pending ?? null;
  }

  hostUpdate(): void {
    // Asked for with the first query or focus; a page that never searches never loads it.
    if (!this.wanted && !this.host.query) return;
    this.wanted = true;
    const module = this.chunk.get();
    if (!module) return;
    const fresh = !this.state;
    this.state ??= new module.Search(this.host, this.o);
    this.state.update();
    // Wanted, so searched soon: the index starts building now (after update(), which lets go of
    // an engine made for other data).
    if (fresh) this.state.prepare();
  }

  hostUpdated(): void {
    this.state?.updated();
  }

  hostDisconnected(): void {
    this.state?.disconnect();
  }

  /** A key typed in the field, before the host's update: see Search.typed. */
  typed(text: string): void {
    this.state?.typed(text);
  }

  /** The field's first focus: the chunk (and the index) before the first key. */
  prepare(): void {
    this.wanted = true;
    if (this.state) this.state.prepare();
    else this.host.requestUpdate();
  }

  /** The ids of the events shown that match a query, in time order; the query becomes the host's. */
  async search(text: string): Promise<string[]> {
    this.host.query = text;
    this.wanted = true;
    const module = await searchChunk.load();
    this.state ??= new module.Search(this.host, this.o);
    return this.state.search(text);
  }

  /** The match after (or before) the selected event or the window; -1 when there is none. */
  step(direction: 1 | -1, selected: number, view: View): number {
    return this.state?.step(direction, selected, view) ?? -1;
  }

  /** A crowded view's matches as strokes ('' without a search). */
  ticks(plan: LanePlan, lanes: readonly LaneBox[], view: View, warp: Warp, edges: Edges): string {
    return this.state?.ticks(plan, lanes, view, warp, edges, trackY) ?? '';
  }

  /** The matches on the overview strip, as strokes. */
  overviewTicks(o: OverviewLayout, warp: Warp, rtl: boolean, height: number): string {
    return this.state?.overviewTicks(o, warp, rtl, height) ?? '';
  }
}
