import type { TimelineModel } from '../model/types.js';
import type { LanePlan } from './lanes.js';

/** Event indices with their starts, both in time order, and the running maximum of their ends. */
export interface Run {
  index: Int32Array;
  starts: Float64Array;
  /** Largest end over positions 0…k: the first one that reaches a time is a binary search. */
  reach: Float64Array;
  ends: Float64Array;
}

/**
 * What a crowded frame asks of each lane, sorted once per dataset so that a frame costs a few
 * binary searches per bin, not a pass over every event in view (issue 12): the points' starts,
 * the ranges' starts and ends, and every event by importance.
 */
export interface LaneIndex {
  points: Run[];
  rangeStarts: Float64Array[];
  /** The ranges' ends, sorted: an ongoing range ends at `now` as it was when the index was made. */
  rangeEnds: Float64Array[];
  /** Per lane, its ranges in time order (what rangeStarts and rangeEnds are made from). */
  ranges: Run[];
  /** Per lane, events of importance 3, 2 and 1, in that order. */
  byImportance: Run[][];
}

const made = new WeakMap<Int32Array, LaneIndex>();
const filtered = new WeakMap<LanePlan, LaneIndex>();

/**
 * The index of a dataset's lanes, made on first use and kept with the plan. A filtered plan
 * (lanes.ts filterLanes) shares its lanes with the whole one, so its index is the whole index
 * with the runs of hidden events left out: showing or hiding a category sorts nothing again.
 */
export function laneIndex(model: TimelineModel, plan: LanePlan, now: number): LaneIndex {
  let index = made.get(plan.laneOf);
  if (!index) {
    index = buildIndex(model, plan, now);
    made.set(plan.laneOf, index);
  }
  const off = plan.off;
  if (!off) return index;
  let shown = filtered.get(plan);
  if (!shown) {
    shown = filterIndex(index, plan, off);
    filtered.set(plan, shown);
  }
  return shown;
}

function filterIndex(index: LaneIndex, plan: LanePlan, off: Uint8Array): LaneIndex {
  const keep = (run: Run, lane: number): Run =>
    plan.lanes[lane]?.hidden ? emptyRun() : plan.lanes[lane]?.grouped ? without(run, off) : run;
  const ranges = index.ranges.map(keep);
  return {
    points: index.points.map(keep),
    rangeStarts: ranges.map((r) => r.starts),
    rangeEnds: ranges.map((r, lane) =>
      r === index.ranges[lane] ? (index.rangeEnds[lane] as Float64Array) : r.ends.slice().sort(),
    ),
    ranges,
    byImportance: index.byImportance.map((levels, lane) => levels.map((run) => keep(run, lane))),
  };
}

function emptyRun(): Run {
  return {
    index: new Int32Array(0),
    starts: new Float64Array(0),
    reach: new Float64Array(0),
    ends: new Float64Array(0),
  };
}

/** The run without the events `off` marks, its running reach made again. */
function without(run: Run, off: Uint8Array): Run {
  const at: number[] = [];
  run.index.forEach((i, k) => {
    if (off[i] === 0) at.push(k);
  });
  const out = {
    index: Int32Array.from(at, (k) => run.index[k] as number),
    starts: Float64Array.from(at, (k) => run.starts[k] as number),
    reach: new Float64Array(at.length),
    ends: Float64Array.from(at, (k) => run.ends[k] as number),
  };
  out.ends.forEach((end, k) => {
    out.reach[k] = k > 0 ? Math.max(out.reach[k - 1] as number, end) : end;
  });
  return out;
}

/** Where a range is drawn to: its end, or just past today while it goes on. */
export function drawnEnd(start: number, end: number, now: number): number {
  return Number.isFinite(end) ? end : Math.max(now, start);
}

function buildIndex(model: TimelineModel, plan: LanePlan, now: number): LaneIndex {
  const { startMs, endMs, events } = model;
  const lanes = plan.lanes.length;
  const n = startMs.length;
  // Which run each event goes to, as typed columns: one pass over the event objects, not three.
  const pointGroup = new Int32Array(n);
  const rangeGroup = new Int32Array(n);
  const levelGroup = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const lane = plan.laneOf[i] as number;
    const point = startMs[i] === endMs[i];
    pointGroup[i] = point ? lane : -1;
    rangeGroup[i] = point ? -1 : lane;
    levelGroup[i] = lane * 3 + (3 - (events[i]?.importance ?? 2));
  }
  const points = runs(lanes, pointGroup, startMs, endMs, now);
  const levels = runs(lanes * 3, levelGroup, startMs, endMs, now);
  const rangeStarts: Float64Array[] = [];
  const rangeEnds: Float64Array[] = [];
  const ranges = runs(lanes, rangeGroup, startMs, endMs, now);
  for (const run of ranges) {
    rangeStarts.push(run.starts);
    rangeEnds.push(run.ends.slice().sort());
  }
  return {
    points,
    rangeStarts,
    rangeEnds,
    ranges,
    byImportance: Array.from({ length: lanes }, (_, l) => levels.slice(l * 3, l * 3 + 3)),
  };
}

/** Events split into `count` runs by `group` (-1: none), each run in time order. */
function runs(
  count: number,
  group: Int32Array,
  startMs: Float64Array,
  endMs: Float64Array,
  now: number,
): Run[] {
  const sizes = new Int32Array(count);
  for (const g of group) if (g >= 0) sizes[g] = (sizes[g] as number) + 1;
  const out: Run[] = Array.from(sizes, (size) => ({
    index: new Int32Array(size),
    starts: new Float64Array(size),
    reach: new Float64Array(size),
    ends: new Float64Array(size),
  }));
  const fill = new Int32Array(count);
  for (let i = 0; i < group.length; i++) {
    const g = group[i] as number;
    if (g < 0) continue;
    const run = out[g] as Run;
    const k = fill[g] as number;
    fill[g] = k + 1;
    const start = startMs[i] as number;
    const end = drawnEnd(start, endMs[i] as number, now);
    run.index[k] = i;
    run.starts[k] = start;
    run.ends[k] = end;
    run.reach[k] = k > 0 ? Math.max(run.reach[k - 1] as number, end) : end;
  }
  return out;
}

/**
 * How many of `sorted` are below `t`: d3's bisectLeft for a typed array of numbers, without its
 * comparator calls. A crowded frame asks this tens of thousands of times.
 */
export function below(sorted: Float64Array, t: number, lo = 0): number {
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
