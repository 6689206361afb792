import type { TimelineModel } from '../model/types.js';
import { forward } from './direction.js';
import { rangeTargetY, trackY } from './geometry.js';
import type { LanePlan } from './lanes.js';
import { markOf } from './marks.js';
import type { TimeScale } from './scale.js';
import type { Density, LaneBox, MarkBox, TargetBox } from './types.js';

/** Above this many events in view, marks are drawn as density on a canvas, not one by one. */
export const DENSE = 400;
/** Density is counted in bins this many pixels wide. */
export const BIN = 2;

export interface DenseInput {
  model: TimelineModel;
  plan: LanePlan;
  visible: number[];
  lanes: LaneBox[];
  x: TimeScale;
  left: number;
  right: number;
  now: number;
  rows: number;
  selected: number;
  rtl: boolean;
}

/**
 * For a crowded view: the density of every lane, and the few events worth trying to label: per
 * lane and per 40 px, the `rows` most important (the selected event first). Work is linear in
 * the events in view, and nothing is made per event but numbers.
 */
export function denseMarks(d: DenseInput): { candidates: MarkBox[]; density: Density } {
  const { model, plan, visible, x, left, right, now, rows, selected } = d;
  const bins = Math.ceil((right - left) / BIN) + 1;
  const points = plan.lanes.map(() => new Uint16Array(bins));
  const cover = plan.lanes.map(() => new Int32Array(bins + 1));
  const bucketWidth = 40;
  const buckets = Math.ceil((right - left) / bucketWidth) + 1;
  const best = plan.lanes.map(() => new Int32Array(buckets * rows).fill(-1));
  // The rank of each slot's event, beside it: ranks are compared for every event in view.
  const ranks = plan.lanes.map(() => new Float64Array(buckets * rows).fill(-Infinity));
  const importance = importanceOf(model);
  const n = importance.length + 1;
  const rank = (i: number) => (i === selected ? 8 : 0) + (importance[i] as number) * 2 - i / n;
  const bin = (px: number) => Math.max(0, Math.min(bins - 1, Math.floor((px - left) / BIN)));
  for (const i of visible) {
    const lane = plan.laneOf[i] as number;
    const start = model.startMs[i] as number;
    const end = model.endMs[i] as number;
    const a = x(start);
    if (end === start) {
      const b = bin(a);
      (points[lane] as Uint16Array)[b] = Math.min(
        65_535,
        ((points[lane] as Uint16Array)[b] as number) + 1,
      );
    } else {
      const b = x(Number.isFinite(end) ? end : Math.max(now, start));
      const c = cover[lane] as Int32Array;
      const lo = bin(Math.min(a, b));
      const hi = bin(Math.max(a, b)) + 1;
      c[lo] = (c[lo] as number) + 1;
      c[hi] = (c[hi] as number) - 1;
    }
    // Keep the best `rows` of this 40 px bucket, best first.
    const slots = best[lane] as Int32Array;
    const slotRanks = ranks[lane] as Float64Array;
    const base =
      Math.max(
        0,
        Math.min(
          buckets - 1,
          Math.floor((Math.max(left, Math.min(right, a)) - left) / bucketWidth),
        ),
      ) * rows;
    const r = rank(i);
    for (let k = 0; k < rows; k++) {
      if ((slotRanks[base + k] as number) >= r) continue;
      slots.copyWithin(base + k + 1, base + k, base + rows - 1);
      slotRanks.copyWithin(base + k + 1, base + k, base + rows - 1);
      slots[base + k] = i;
      slotRanks[base + k] = r;
      break;
    }
  }
  const ranges = cover.map((c) => {
    const out = new Uint16Array(bins);
    let sum = 0;
    for (let b = 0; b < bins; b++) {
      sum += c[b] as number;
      out[b] = Math.min(65_535, sum);
    }
    return out;
  });
  const chosen = new Set<number>();
  for (const slots of best) for (const i of slots) if (i !== -1) chosen.add(i);
  const candidates = [...chosen].sort((p, q) => p - q).flatMap((i) => denseMark(d, i) ?? []);
  return { candidates, density: { bins, points, ranges } };
}

/** The mark of one event, if it is in view: where keyboard focus shows when it is on that event. */
export function focusMark(d: DenseInput, i: number): MarkBox | null {
  const start = d.model.startMs[i];
  if (start === undefined || i < 0) return null;
  const end = d.model.endMs[i] as number;
  const last = Number.isFinite(end) ? end : Math.max(d.now, start);
  const inView = start <= (d.x.domain().at(-1) as number) && last >= (d.x.domain()[0] as number);
  return inView ? denseMark(d, i) : null;
}

/** One event's mark, as the layout builds every mark, placed on its lane once lanes are stacked. */
function denseMark(d: DenseInput, i: number): MarkBox | null {
  const mark = markOf(d, i);
  const box = d.lanes[mark?.lane ?? -1];
  if (mark && box) mark.y = trackY(box, mark.track);
  return mark;
}

/**
 * Targets for the unlabelled events of a crowded view, as groupTargets makes them, but in one
 * pass in time order: in a lane, where events begin on screen only ever moves one way.
 */
export function denseTargets(d: DenseInput, labelled: Set<number>, size = 24): TargetBox[] {
  const { model, plan, visible, x, left, right } = d;
  const dir = forward(d.rtl);
  // One open group per lane and row: the points', and each range track's.
  const open = new Map<number, TargetBox>();
  const targets: TargetBox[] = [];
  for (const i of visible) {
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

const importances = new WeakMap<TimelineModel, Float64Array>();

/** Each event's importance as a column, made once per model: read for every event in view. */
function importanceOf(model: TimelineModel): Float64Array {
  let column = importances.get(model);
  if (!column) {
    column = Float64Array.from(model.events, (e) => e.importance ?? 2);
    importances.set(model, column);
  }
  return column;
}
