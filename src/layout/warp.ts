import type { TimelineModel } from '../model/types.js';

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
export function eventBounds(model: TimelineModel, now: number): number[] {
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
  return Array.from(bounds.sort());
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
export function findGaps(bounds: number[], share = GAP_SHARE): Gap[] {
  const first = bounds[0];
  const last = bounds[bounds.length - 1];
  if (first === undefined || last === undefined || last <= first) return [];
  const steps: number[] = [];
  for (let i = 1; i < bounds.length; i++) {
    const step = (bounds[i] as number) - (bounds[i - 1] as number);
    if (step > 0) steps.push(step);
  }
  const sorted = Float64Array.from(steps).sort();
  const typical = sorted[Math.floor(sorted.length / 2)] ?? 0;
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
  // What stays uncompressed sets the gaps' length; never let it vanish, or everything would too.
  const rest = Math.max(extent - gaps.reduce((sum, g) => sum + (g.end - g.start), 0), extent / 4);
  const length = Math.max(1, GAP_LENGTH * rest);
  // Breakpoints: time ti maps to ui; between breakpoints the map is linear.
  const t: number[] = [];
  const u: number[] = [];
  let shift = 0;
  for (const g of gaps) {
    const size = Math.min(length, g.end - g.start);
    t.push(g.start, g.end);
    u.push(g.start - shift, g.start - shift + size);
    shift += g.end - g.start - size;
  }
  const map = (from: number[], to: number[], v: number) => {
    // Linear with slope 1 outside gaps; inside a gap, between its two breakpoints.
    let i = 0;
    while (i < from.length && (from[i] as number) <= v) i++;
    if (i % 2 === 1) {
      const a = from[i - 1] as number;
      const b = from[i] as number;
      return (
        (to[i - 1] as number) + ((v - a) / (b - a)) * ((to[i] as number) - (to[i - 1] as number))
      );
    }
    return i === 0 ? v : (to[i - 1] as number) + (v - (from[i - 1] as number));
  };
  return { gaps, toU: (v) => map(t, u, v), fromU: (v) => map(u, t, v) };
}

/** No warp: `scale="linear"`. */
export const LINEAR: Warp = { gaps: [], toU: (t) => t, fromU: (u) => u };
