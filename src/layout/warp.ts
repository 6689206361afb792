import { scaleLinear } from 'd3-scale';
import type { TimelineModel } from '../model/types.js';
import { dataExtent } from './visible.js';

/** A stretch of time with no event beginning or ending in it, drawn compressed. */
export interface Gap {
  start: number;
  end: number;
}

/**
 * Time warped so that long empty stretches take little room: `toU` is a monotone map from time
 * to "reading distance", linear everywhere except across gaps, which each take the same short
 * length. Zooming and panning are linear in u, so a compressed stretch widens as one zooms in.
 */
export interface Warp {
  gaps: Gap[];
  toU(t: number): number;
  fromU(u: number): number;
}

/** A gap is compressed when it is at least this share of the whole extent. */
export const GAP_SHARE = 0.15;
/** The share of a gap kept at full scale at each of its ends. */
export const GAP_KEEP = 0.04;
/** A compressed gap takes this share of the uncompressed rest, about 50 px at full view. */
export const GAP_LENGTH = 0.045;

/** Times where something begins or ends, sorted: where a gap may not be. */
export function eventBounds(model: TimelineModel, now: number): Float64Array {
  const n = model.events.length;
  const bounds = new Float64Array(2 * n + 2 * model.eras.length);
  for (let i = 0; i < n; i++) {
    const start = model.startMs[i] as number;
    const end = model.endMs[i] as number;
    bounds[2 * i] = start;
    bounds[2 * i + 1] = Number.isFinite(end) ? end : Math.max(start, now);
  }
  model.eras.forEach((era, k) => {
    bounds[2 * n + 2 * k] = era.startMs;
    bounds[2 * n + 2 * k + 1] = era.endMs;
  });
  // A typed array sorts numerically without a comparator, several times faster.
  return bounds.sort();
}

/**
 * Gaps with a little of each end (`keep` of the gap) left at full scale, so the events on either
 * side keep their own ticks beside them: the leases end in 2066, and the axis says so.
 */
export function keepEnds(gaps: Gap[], keep = GAP_KEEP): Gap[] {
  return gaps.map((g) => ({
    start: g.start + (g.end - g.start) * keep,
    end: g.end - (g.end - g.start) * keep,
  }));
}

/**
 * The long empty stretches between sorted bounds: at least `share` of the whole extent, and far
 * longer (8×) than the typical step between bounds, so evenly spread data is never compressed.
 */
export function findGaps(bounds: ArrayLike<number>, share = GAP_SHARE): Gap[] {
  const first = bounds[0];
  const last = bounds[bounds.length - 1];
  if (first === undefined || last === undefined || last <= first) return [];
  const steps = new Float64Array(bounds.length);
  let count = 0;
  for (let i = 1; i < bounds.length; i++) {
    const step = (bounds[i] as number) - (bounds[i - 1] as number);
    if (step > 0) steps[count++] = step;
  }
  const sorted = steps.subarray(0, count).sort();
  const typical = sorted[Math.floor(count / 2)] ?? 0;
  const gaps: Gap[] = [];
  for (let i = 1; i < bounds.length; i++) {
    const start = bounds[i - 1] as number;
    const end = bounds[i] as number;
    if (end - start >= share * (last - first) && end - start >= 8 * typical)
      gaps.push({ start, end });
  }
  return gaps;
}

export function createWarp(gaps: Gap[], extent: number): Warp {
  if (gaps.length === 0) return { gaps, toU: (t) => t, fromU: (u) => u };
  // What stays uncompressed sets the gaps' length; never let it vanish, or everything would too.
  const rest = Math.max(extent - gaps.reduce((sum, g) => sum + (g.end - g.start), 0), extent / 4);
  const length = Math.max(1, GAP_LENGTH * rest);
  // Stops: time t[i] maps to u[i], linearly between stops. Slope 1 outside gaps, also beyond
  // the ends: a stop far past each end, as d3 continues the end segments' slopes. Far, because
  // d3 interpolates a(1 - k) + bk, which loses precision when k (distance over segment) is large.
  const reach = 2 * extent + 1;
  const first = gaps[0] as Gap;
  const t: number[] = [first.start - reach];
  const u: number[] = [first.start - reach];
  let shift = 0;
  for (const g of gaps) {
    const size = Math.min(length, g.end - g.start);
    t.push(g.start, g.end);
    u.push(g.start - shift, g.start - shift + size);
    shift += g.end - g.start - size;
  }
  const last = gaps[gaps.length - 1] as Gap;
  t.push(last.end + reach);
  u.push(last.end + reach - shift);
  // a + k(b - a) rather than d3's default a(1 - k) + bk: exact at the stops, and the two maps
  // stay each other's inverse to within a millisecond at any date.
  const toU = scaleLinear().domain(t).range(u).interpolate(interpolateFromStart);
  const fromU = scaleLinear().domain(u).range(t).interpolate(interpolateFromStart);
  return { gaps, toU: (v) => toU(v), fromU: (v) => fromU(v) };
}

const interpolateFromStart = (a: number, b: number) => (k: number) => a + k * (b - a);

/** No warp: `scale="linear"`. */
export const LINEAR: Warp = { gaps: [], toU: (t) => t, fromU: (u) => u };

/**
 * The time scale's warp for a dataset, as the element builds it: long empty stretches between
 * events are compressed (the gaps next to the data's ends are kept), or none when `linear`.
 */
export function modelWarp(model: TimelineModel, now: number, linear = false): Warp {
  // A tiled source's gaps are not known from the few events at hand: its scale is linear.
  if (linear || model.tiled) return LINEAR;
  const extent = dataExtent(model, now);
  return createWarp(keepEnds(findGaps(eventBounds(model, now))), extent.end - extent.start);
}
