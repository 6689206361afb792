import { bisectLeft, bisectRight } from 'd3-array';
import { forward } from './direction.js';
import { BIN, rangeTargetY } from './geometry.js';
import { below, drawnEnd, type LaneIndex, laneIndex, type Run } from './lane-index.js';
import { isShown } from './lanes.js';
import { placedMark } from './marks.js';
import type { DenseInput, Density, LaneBox, MarkBox, TargetBox } from './types.js';

export type { DenseInput } from './types.js';

import type { View } from './view.js';

export { BIN, DENSE } from './geometry.js';

/**
 * For a crowded view: the density of every lane, and the few events worth trying to label: per
 * lane and per 40 px, the `rows` most important, earliest first (the selected event first of
 * all). Both come from the lane index (lane-index.ts), with a few binary searches per bin: a
 * frame costs the same with ten thousand events in view as with ten million.
 */
export function denseMarks(d: DenseInput): { candidates: MarkBox[]; density: Density } {
  const { model, plan, left, right, now } = d;
  const index = laneIndex(model, plan, now);
  const bins = Math.ceil((right - left) / BIN) + 1;
  const edges = binEdges(d, BIN, bins);
  const points = index.points.map((run) => counts(edges, bins, run.starts, null));
  const ranges = index.rangeStarts.map((starts, lane) =>
    counts(edges, bins, starts, index.rangeEnds[lane] as Float64Array),
  );
  const chosen = chooseCandidates(d, index);
  const candidates = chosen.sort((p, q) => p - q).flatMap((i) => placedMark(d, i) ?? []);
  return { candidates, density: { bins, points, ranges } };
}

/** How many events the window holds: per lane, its points in it and its ranges that touch it. */
export function countVisible(d: Pick<DenseInput, 'model' | 'plan' | 'now'>, view: View): number {
  const index = laneIndex(d.model, d.plan, d.now);
  let count = 0;
  index.points.forEach((run, lane) => {
    count += bisectRight(run.starts, view.end) - bisectLeft(run.starts, view.start);
    const starts = index.rangeStarts[lane] as Float64Array;
    count +=
      bisectRight(starts, view.end) - bisectLeft(index.rangeEnds[lane] as Float64Array, view.start);
  });
  return count;
}

/**
 * The times at the edges of `bins` bins `width` px wide from the plot's left edge, in screen
 * order (falling, right to left), clamped to the window: nothing outside it is counted, and the
 * bins past the plot's far edge are empty.
 */
function binEdges(d: DenseInput, width: number, bins: number): Float64Array {
  const { x, left } = d;
  const [start, end] = windowOf(d);
  // One past the window's end, so events on its last instant count.
  const after = end + Math.max(1, Math.abs(end) * 1e-12);
  const edges = new Float64Array(bins + 1);
  for (let b = 0; b <= bins; b++) {
    edges[b] = Math.min(after, Math.max(start, x.invert(left + b * width)));
  }
  edges[d.rtl ? bins : 0] = start;
  edges[d.rtl ? 0 : bins] = after;
  return edges;
}

function windowOf(d: DenseInput): [number, number] {
  const domain = d.x.domain();
  return [domain[0] as number, domain.at(-1) as number];
}

/**
 * Per bin, how many of the events with these starts (and, for ranges, ends) fall in it, or
 * for ranges run through it: those that start before its end less those that end before its start.
 */
function counts(
  edges: Float64Array,
  bins: number,
  starts: Float64Array,
  ends: Float64Array | null,
): Uint16Array {
  // A lane whose events and bins are the same as last time (a category filter leaves the other
  // lanes as they were) keeps its counts: a run's starts always come with the same ends.
  const last = counted.get(starts);
  if (last && last.edges.length === edges.length && last.edges.every((t, b) => t === edges[b])) {
    return last.out;
  }
  const out = countBins(edges, bins, starts, ends);
  counted.set(starts, { edges, out });
  return out;
}

const counted = new WeakMap<Float64Array, { edges: Float64Array; out: Uint16Array }>();

function countBins(
  edges: Float64Array,
  bins: number,
  starts: Float64Array,
  ends: Float64Array | null,
): Uint16Array {
  const out = new Uint16Array(bins);
  const startsBelow = new Float64Array(bins + 1);
  const endsBelow = new Float64Array(bins + 1);
  for (let b = 0; b <= bins; b++) {
    const t = edges[b] as number;
    startsBelow[b] = below(starts, t);
    if (ends) endsBelow[b] = below(ends, t);
  }
  for (let b = 0; b < bins; b++) {
    // A bin runs from its earlier edge to its later one, whichever way the screen reads.
    const [lo, hi] = (edges[b] as number) <= (edges[b + 1] as number) ? [b, b + 1] : [b + 1, b];
    const n = ends
      ? (startsBelow[hi] as number) - (endsBelow[lo] as number)
      : (startsBelow[hi] as number) - (startsBelow[lo] as number);
    out[b] = Math.min(65_535, Math.max(0, n));
  }
  return out;
}

/** At most this many events that began before the window are looked at per lane and level. */
const SCAN = 256;
const BUCKET = 40;

/**
 * Per lane and 40 px bucket, the `rows` best events to try to label: the most important, then
 * the earliest, with a range begun before the window counted where the window begins.
 */
function chooseCandidates(d: DenseInput, index: LaneIndex): number[] {
  const { left, right, rows, selected } = d;
  const buckets = Math.ceil((right - left) / BUCKET) + 1;
  const edges = binEdges(d, BUCKET, buckets);
  const [start] = windowOf(d);
  const bucketAt = (px: number) =>
    Math.max(
      0,
      Math.min(buckets - 1, Math.floor((Math.max(left, Math.min(right, px)) - left) / BUCKET)),
    );
  const opening = bucketAt(d.x(start));
  const chosen: number[] = [];
  const visible = selected >= 0 && isVisible(d, selected);
  if (visible) chosen.push(selected);
  index.byImportance.forEach((levels, lane) => {
    const need = new Int32Array(buckets).fill(rows);
    if (visible && d.plan.laneOf[selected] === lane) {
      const b = bucketAt(d.x(d.model.startMs[selected] as number));
      need[b] = (need[b] as number) - 1;
    }
    for (const run of levels) {
      takeEarlier(run, start, need, opening, selected, chosen);
      for (let b = 0; b < buckets; b++) {
        if ((need[b] as number) <= 0) continue;
        const [lo, hi] =
          (edges[b] as number) <= (edges[b + 1] as number)
            ? [edges[b] as number, edges[b + 1] as number]
            : [edges[b + 1] as number, edges[b] as number];
        const end = bisectLeft(run.starts, hi);
        for (let k = bisectLeft(run.starts, lo); k < end && (need[b] as number) > 0; k++) {
          const i = run.index[k] as number;
          if (i === selected) continue;
          chosen.push(i);
          need[b] = (need[b] as number) - 1;
        }
      }
    }
  });
  return chosen;
}

/** Ranges of a run that began before the window and reach into it, earliest first, into `opening`. */
function takeEarlier(
  run: Run,
  start: number,
  need: Int32Array,
  opening: number,
  selected: number,
  chosen: number[],
): void {
  const before = bisectLeft(run.starts, start);
  const from = bisectLeft(run.reach, start);
  for (let k = from; k < before && k < from + SCAN && (need[opening] as number) > 0; k++) {
    const i = run.index[k] as number;
    if ((run.ends[k] as number) < start || i === selected) continue;
    chosen.push(i);
    need[opening] = (need[opening] as number) - 1;
  }
}

function isVisible(d: DenseInput, i: number): boolean {
  const start = d.model.startMs[i];
  if (start === undefined || !isShown(d.plan, i)) return false;
  const [a, b] = windowOf(d);
  return start <= b && drawnEnd(start, d.model.endMs[i] as number, d.now) >= a;
}

/**
 * Targets for the unlabelled events of a crowded view, as groupTargets makes them, but in one
 * pass in time order: in a lane, where events begin on screen only ever moves one way.
 */
export function denseTargets(d: DenseInput, labelled: Set<number>, size = 24): TargetBox[] {
  const { model, plan, x, left, right } = d;
  const dir = forward(d.rtl);
  // One open group per lane and row: the points', and each range track's.
  const open = new Map<number, TargetBox>();
  const targets: TargetBox[] = [];
  for (const i of d.visible()) {
    if (labelled.has(i)) continue;
    const lane = plan.laneOf[i] as number;
    const start = model.startMs[i] as number;
    const point = model.endMs[i] === start;
    const track = point ? -1 : (plan.trackOf[i] as number);
    const at = x(start);
    const anchor = point ? at : Math.max(left, Math.min(right, at)) + dir * size * 0.5;
    const key = lane * 8 + track + 1;
    const current = open.get(key);
    if (current && Math.abs(anchor - current.x) < size) {
      current.members.push(i);
      continue;
    }
    const box = d.lanes[lane] as LaneBox;
    const y = point ? box.pointY : rangeTargetY(box, track);
    const target = { lane, x: anchor, y, members: [i] };
    open.set(key, target);
    targets.push(target);
  }
  return targets;
}
