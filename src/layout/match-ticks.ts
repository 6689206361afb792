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

/** A stroke's width: strokes this far apart or closer touch, and are drawn as one bar. */
const STROKE = 3;

/**
 * A crowded view's matches, which the density would hide: a short upright stroke, 3 px wide, at
 * each match's start on its lane's point row or its range's track. Strokes that would touch on
 * a row are one filled bar, and only the first 32 matches of a pixel are looked at: with tens of
 * thousands of matches the path is a few hundred bars, not a stroke per pixel, so the page
 * parses and paints it quickly at every keystroke.
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
  // Per row, the bar being drawn: from the first stroke's pixel to the last's.
  const open = new Map<number, [number, number]>();
  let d = '';
  const bar = (y: number, [a, b]: [number, number]) => {
    d += `M${a - STROKE / 2} ${y - 8}h${b - a + STROKE}v16h${a - b - STROKE}z`;
  };
  for (const [px, from, to] of columns(model, matches, x, left, right)) {
    for (let k = from; k < to && k < from + 32; k++) {
      const i = matches[k] as number;
      const box = lanes[plan.laneOf[i] as number];
      if (!box || plan.lanes[box.index]?.hidden) continue;
      const track = model.startMs[i] === model.endMs[i] ? -1 : (plan.trackOf[i] as number);
      const y = Math.round(trackY(box, track));
      const run = open.get(y);
      if (run && px - run[1] <= STROKE) run[1] = px;
      else {
        if (run) bar(y, run);
        open.set(y, [px, px]);
      }
    }
  }
  for (const [y, run] of open) bar(y, run);
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
