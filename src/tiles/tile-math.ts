/**
 * The tile grid of a tiled source (docs/tiles.md): which interval a level and index cover, which
 * tile holds a time, which level fits a width. Pure: the element and tests use it, with no DOM.
 */

export const TILE_PROTOCOL_VERSION = 1;

/** The part of `meta.json` that fixes the grid. */
export interface TileGrid {
  /** Where tile 0 of every level starts, an integer number of ms since 1970 UTC. */
  origin: number;
  /** The span of the single tile of level 0: a power of two, in ms. */
  baseSpan: number;
  /** The width in px a tile is drawn at, at the least. */
  tileSize: number;
  /** Bins in a summary tile. */
  bins: number;
  /** The deepest summary level; deeper levels answer events in full. */
  deepestLevel: number;
}

/** An interval of time, [start, end) in ms. */
export interface TimeInterval {
  start: number;
  end: number;
}

/** The level whose span is 1 ms: no level is deeper. */
export function maxLevel(grid: TileGrid): number {
  return Math.log2(grid.baseSpan);
}

/** The span of one tile of level `z`; exact, since `baseSpan` is a power of two. */
export function tileSpan(grid: TileGrid, z: number): number {
  return grid.baseSpan / 2 ** z;
}

/** How many tiles level `z` has. */
export function tileCount(z: number): number {
  return 2 ** z;
}

/** The interval tile `x` of level `z` covers. */
export function tileInterval(grid: TileGrid, z: number, x: number): TimeInterval {
  const span = tileSpan(grid, z);
  return { start: grid.origin + x * span, end: grid.origin + (x + 1) * span };
}

/** The index of the tile of level `z` that holds time `t`; may lie outside 0…2^z − 1. */
export function tileIndexAt(grid: TileGrid, z: number, t: number): number {
  return Math.floor((t - grid.origin) / tileSpan(grid, z));
}

/** The interval bin `b` of tile `x` of level `z` covers. */
export function binInterval(grid: TileGrid, z: number, x: number, b: number): TimeInterval {
  const width = tileSpan(grid, z) / grid.bins;
  const start = tileInterval(grid, z, x).start;
  return { start: start + b * width, end: start + (b + 1) * width };
}

/** The bin of tile `x` of level `z` that holds time `t`, clamped to the tile. */
export function binIndexAt(grid: TileGrid, z: number, x: number, t: number): number {
  const width = tileSpan(grid, z) / grid.bins;
  const b = Math.floor((t - tileInterval(grid, z, x).start) / width);
  return Math.min(grid.bins - 1, Math.max(0, b));
}

/** Whether level `z` answers events in full rather than a summary. */
export function isEventLevel(grid: TileGrid, z: number): boolean {
  return z > grid.deepestLevel;
}

/**
 * The coarsest level whose tiles are drawn at least `tileSize` px wide when `view` fills `width`
 * px: floor(log2(baseSpan · width / (tileSize · viewSpan))), clamped to 0…deepestLevel + 1 (an
 * event tile holds every event of its interval, so no finer tile is needed).
 */
export function levelForWidth(grid: TileGrid, view: TimeInterval, width: number): number {
  const msPerPx = (view.end - view.start) / width;
  const deepest = Math.min(grid.deepestLevel + 1, maxLevel(grid));
  if (!(msPerPx > 0)) return deepest;
  let z = Math.floor(Math.log2(grid.baseSpan / (grid.tileSize * msPerPx)));
  // log2 of a quotient can land a hair off an exact power: check against the spans themselves.
  while (z > 0 && tileSpan(grid, z) < grid.tileSize * msPerPx) z--;
  while (z < deepest && tileSpan(grid, z + 1) >= grid.tileSize * msPerPx) z++;
  return Math.min(deepest, Math.max(0, z));
}

/**
 * The indices of the tiles of level `z` that cover `view` widened by `margin` views on each side,
 * within the level (0…2^z − 1), in order.
 */
export function tilesCovering(
  grid: TileGrid,
  z: number,
  view: TimeInterval,
  margin = 0.5,
): number[] {
  const pad = (view.end - view.start) * margin;
  const first = Math.max(0, tileIndexAt(grid, z, view.start - pad));
  // The view's end is exclusive: a view ending on a border needs no tile past it.
  const endIndex = Math.ceil((view.end + pad - grid.origin) / tileSpan(grid, z));
  const last = Math.min(tileCount(z) - 1, endIndex - 1);
  const tiles: number[] = [];
  for (let x = first; x <= last; x++) tiles.push(x);
  return tiles;
}

/** The smallest power of two at least `ms` (1 for anything under 1). */
function powerOfTwoAtLeast(ms: number): number {
  let span = 1;
  while (span < ms) span *= 2;
  return span;
}

/**
 * The grid of a source whose events occupy `extent` ([first start, last stop) in ms): tile 0 of
 * level 0 starts at the first start, floored to a whole ms, and spans the extent.
 */
export function gridForExtent(
  extent: TimeInterval,
  options: { tileSize: number; bins: number; deepestLevel: number },
): TileGrid {
  const origin = Math.floor(extent.start);
  return { origin, baseSpan: powerOfTwoAtLeast(extent.end - origin), ...options };
}

/** The URL of a tile from a template such as `https://host/t/{z}/{x}.json`, with its parameters. */
export function tileUrl(
  template: string,
  z: number,
  x: number,
  filter: { q?: string; categories?: readonly string[] | null } = {},
): string {
  const url = template.replace('{z}', String(z)).replace('{x}', String(x));
  const params: string[] = [];
  if (filter.q) params.push(`q=${encodeURIComponent(filter.q)}`);
  if (filter.categories) {
    params.push(`categories=${filter.categories.map(encodeURIComponent).join(',')}`);
  }
  if (params.length === 0) return url;
  return `${url}${url.includes('?') ? '&' : '?'}${params.join('&')}`;
}

/**
 * The URL of a page of events beside the tiles of a template (docs/tiles.md): up to `limit`
 * events after (or before) the event with this start and id, or from the first (the last).
 */
export function pageUrl(
  template: string,
  key: { start: number; id: string } | null,
  direction: 'after' | 'before',
  limit: number,
  filter: { q?: string; categories?: readonly string[] | null } = {},
): string {
  const at = key ? encodeURIComponent(`${key.start},${key.id}`) : '';
  const url = tileUrl(template.replace('{z}/{x}.json', 'events.json'), 0, 0, filter);
  return `${url}${url.includes('?') ? '&' : '?'}${direction}=${at}&limit=${limit}`;
}

/** The URL of the metadata document beside the tiles of a template. */
export function metaUrl(template: string): string {
  return template.replace('{z}/{x}.json', 'meta.json');
}
