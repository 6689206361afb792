import { bisector } from 'd3-array';
import type { TimelineModel } from '../model/types.js';
import type { LanePlan } from './lanes.js';
import { type OverviewLayout, overviewScale } from './overview.js';
import type { LaneBox } from './types.js';
import { type View, viewScale } from './view.js';
import type { Warp } from './warp.js';

/**
 * Per pixel column of a scale, the matches that start in it, as [px, first, end) positions in
 * `matches`: a binary search per column, so a million matches cost what a thousand do.
 */
function columns(
  model: TimelineModel,
  matches: Int32Array,
  x: { invert(px: number): number },
  left: number,
  right: number,
): [number, number, number][] {
  // The matches are event indices in time order: the first at or after a time is a bisection.
  const byStart = bisector((i: number) => model.startMs[i] as number);
  const out: [number, number, number][] = [];
  for (let px = Math.floor(left); px <= Math.ceil(right); px++) {
    const a = x.invert(px - 0.5);
    const b = x.invert(px + 0.5);
    const from = byStart.left(matches, Math.min(a, b));
    const to = byStart.left(matches, Math.max(a, b), from);
    if (to > from) out.push([px, from, to]);
  }
  return out;
}

/**
 * A crowded view's matches, which the density would hide: a short upright stroke at each
 * match's start on its lane's point row or its range's track. One stroke per pixel and row, and
 * only the first 32 matches of a pixel are looked at: the path stays small, and quick to
 * make, with a million matches.
 */
export function matchTicks(
  model: TimelineModel,
  plan: LanePlan,
  lanes: readonly LaneBox[],
  matches: Int32Array,
  view: View,
  warp: Warp,
  edges: { left: number; right: number; rtl: boolean },
  /** Where a mark sits in its lane (geometry.ts trackY), given by the caller: see below. */
  trackY: (lane: LaneBox, track: number) => number,
): string {
  // trackY comes from the caller so that this file, in the search's chunk, does not import
  // geometry.ts, which the export chunk imports too: Rolldown would make it a chunk of its own.
  const { left, right, rtl } = edges;
  const x = viewScale(warp, view, rtl ? right : left, rtl ? left : right);
  let d = '';
  for (const [px, from, to] of columns(model, matches, x, left, right)) {
    const rows: number[] = [];
    for (let k = from; k < to && k < from + 32; k++) {
      const i = matches[k] as number;
      const box = lanes[plan.laneOf[i] as number];
      if (!box || plan.lanes[box.index]?.hidden) continue;
      const track = model.startMs[i] === model.endMs[i] ? -1 : (plan.trackOf[i] as number);
      const y = Math.round(trackY(box, track));
      if (rows.includes(y)) continue;
      rows.push(y);
      d += `M${px} ${y - 8}v16`;
    }
  }
  return d;
}

/** The matches on the overview strip: one stroke across its height per pixel that has one. */
export function overviewMatchTicks(
  model: TimelineModel,
  matches: Int32Array,
  o: OverviewLayout,
  warp: Warp,
  rtl: boolean,
  height: number,
): string {
  const x = overviewScale(o, warp, rtl);
  return columns(model, matches, x, o.left, o.right)
    .map(([px]) => `M${px} 1v${height - 2}`)
    .join('');
}
