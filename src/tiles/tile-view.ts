/**
 * What a view of a tiled source draws, from the tiles at hand (docs/tiles.md): which tiles cover
 * it at the level that fits its width, the best answer for each (the tile itself, or while it
 * loads a coarser one already cached, so the plot is never blank once anything arrived), the
 * events those answers carry, each once, and per lane the density in the layout's bins. Pure.
 */
import { bisectRight } from 'd3-array';
import type { TileFailure, TileFilter } from './tile-loader.js';
import { levelForWidth, type TimeInterval, tileInterval, tilesCovering } from './tile-math.js';
import type { SummaryTile, Tile, TileEvent, TileMeta } from './types.js';

/** What the view asks of the loader: a tile by URL, and why one failed. */
export interface TileSource {
  url(z: number, x: number, filter?: TileFilter): string;
  get(url: string): Tile | undefined;
  failure(url: string): TileFailure | undefined;
}

/** One tile of the view: where it is, and what stands for it now. */
export interface ViewTile extends TimeInterval {
  z: number;
  x: number;
  url: string;
  /** The tile, or a coarser cached one that covers it; null while neither is at hand. */
  answer: Tile | null;
  failure: TileFailure | null;
}

export interface TileFrame {
  /** The level that fits the view's width. */
  z: number;
  /** The tiles covering the view and its margins, in time order. */
  tiles: ViewTile[];
  /** The URLs to fetch now, the view's own tiles before its margins'. */
  urls: string[];
  /** The events the answers carry, each once (by id), in the order they came. */
  events: TileEvent[];
  /** Whether every answer is an event tile: then the events are every event of the view. */
  complete: boolean;
  /** Tiles that failed and have nothing coarser standing for them: drawn as gaps. */
  gaps: ViewTile[];
}

/**
 * The frame of `view` drawn `width` px wide: tiles of the fitting level over the view widened
 * by `margin` views on each side, each with its best answer at hand.
 */
export function tileFrame(
  meta: TileMeta,
  source: TileSource,
  view: TimeInterval,
  width: number,
  filter: TileFilter = {},
  margin = 0.5,
): TileFrame {
  const z = levelForWidth(meta, view, width);
  const inView = new Set(tilesCovering(meta, z, view, 0));
  const tiles = tilesCovering(meta, z, view, margin).map((x): ViewTile => {
    const url = source.url(z, x, filter);
    const own = source.get(url);
    return {
      z,
      x,
      url,
      ...tileInterval(meta, z, x),
      answer: own ?? standIn(meta, source, z, x, filter),
      failure: own ? null : (source.failure(url) ?? null),
    };
  });
  const urls = [
    ...tiles.filter((t) => inView.has(t.x)),
    ...tiles.filter((t) => !inView.has(t.x)),
  ].map((t) => t.url);
  const seen = new Set<string>();
  const answers = new Set<Tile>();
  const events: TileEvent[] = [];
  const add = (e: TileEvent) => {
    if (seen.has(e.id)) return;
    seen.add(e.id);
    events.push(e);
  };
  for (const t of tiles) {
    if (!t.answer || answers.has(t.answer)) continue;
    answers.add(t.answer);
    if (t.answer.kind === 'events') t.answer.events.forEach(add);
    else for (const bin of t.answer.representatives) bin.events.forEach(add);
  }
  const complete = tiles.every((t) => t.answer?.kind === 'events');
  const gaps = tiles.filter((t) => !t.answer && t.failure);
  return { z, tiles, urls, events, complete, gaps };
}

/**
 * What stands in for a tile on its way: the nearest coarser one cached under the same filter,
 * or else the tile or a coarser one without the filter. The element hides the other categories'
 * lanes and events itself, and its search dims what does not match, so neither a filter nor a
 * search blanks the plot while its tiles come.
 */
function standIn(
  meta: TileMeta,
  source: TileSource,
  z: number,
  x: number,
  filter: TileFilter,
): Tile | null {
  const found = coarser(meta, source, z, x, filter);
  if (found || (!filter.categories && !filter.q)) return found;
  return source.get(source.url(z, x, {})) ?? coarser(meta, source, z, x, {});
}

/** The nearest coarser tile in the cache that covers tile `x` of level `z`, or null. */
function coarser(
  _meta: TileMeta,
  source: TileSource,
  z: number,
  x: number,
  filter: TileFilter,
): Tile | null {
  for (let level = z - 1, index = Math.floor(x / 2); level >= 0; level--) {
    const tile = source.get(source.url(level, index, filter));
    if (tile) return tile;
    index = Math.floor(index / 2);
  }
  return null;
}

/**
 * Per lane (`lanes` maps a category id to its lane), the events over each of the layout's bins,
 * from the summary answers of a frame: each summary bin's count spread over the layout's bins in
 * proportion to how much of it they cover, and at least 1 where any event is. `edges` are the
 * bins' edges in time, `bins + 1` of them, rising or (right to left) falling.
 */
export function tileDensity(
  frame: Pick<TileFrame, 'tiles'>,
  lanes: ReadonlyMap<string, number>,
  laneCount: number,
  edges: Float64Array,
): Uint16Array[] {
  const bins = edges.length - 1;
  const falling = bins > 0 && (edges[0] as number) > (edges[bins] as number);
  // Rising edges, whichever way the screen reads; bin k of these is bin bins-1-k then.
  const rising = falling ? Float64Array.from(edges).reverse() : edges;
  const sums = Array.from({ length: laneCount }, () => new Float64Array(bins));
  const done = new Set<Tile>();
  for (const t of frame.tiles) {
    const tile = t.answer;
    if (tile?.kind !== 'summary' || done.has(tile)) continue;
    done.add(tile);
    spread(tile, lanes, sums, rising);
  }
  return sums.map((sum) => {
    const out = new Uint16Array(bins);
    for (let k = 0; k < bins; k++) {
      const v = sum[k] as number;
      const at = falling ? bins - 1 - k : k;
      out[at] = v > 0 ? Math.min(65_535, Math.max(1, Math.round(v))) : 0;
    }
    return out;
  });
}

function spread(
  tile: SummaryTile,
  lanes: ReadonlyMap<string, number>,
  sums: Float64Array[],
  edges: Float64Array,
): void {
  const width = (tile.end - tile.start) / tile.bins;
  const bins = edges.length - 1;
  for (const lane of tile.lanes) {
    const sum = sums[lanes.get(lane.category) ?? -1];
    if (!sum) continue;
    lane.counts.forEach((count, b) => {
      if (!count) return;
      const t0 = tile.start + b * width;
      const t1 = t0 + width;
      // The first layout bin that ends after t0.
      let k = Math.max(0, bisectRight(edges, t0) - 1);
      for (; k < bins && (edges[k] as number) < t1; k++) {
        const a = Math.max(t0, edges[k] as number);
        const z = Math.min(t1, edges[k + 1] as number);
        if (z > a) sum[k] = (sum[k] as number) + (count * (z - a)) / width;
      }
    });
  }
}
