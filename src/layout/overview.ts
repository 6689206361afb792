import type { TimelineModel } from '../model/types.js';
import { plotEdges, timeRange } from './geometry.js';
import type { LanePlan } from './lanes.js';
import { type View, viewScale } from './view.js';
import type { Warp } from './warp.js';

export interface OverviewLayout {
  /** One path per lane, every event a short tick (a point) or a line (a range). */
  paths: { lane: number; d: string }[];
  /** The whole extent, drawn across the strip. */
  full: View;
  left: number;
  right: number;
}

export const OVERVIEW_HEIGHT = 34;

/**
 * The overview strip: every event of the data at the scale that fits all of it. Paths, not one
 * node per event, so the strip costs the same DOM at ten events or a hundred thousand.
 */
export function layoutOverview(
  model: TimelineModel,
  plan: LanePlan,
  warp: Warp,
  full: View,
  width: number,
  now: number,
  rtl: boolean,
): OverviewLayout {
  const { left, right } = plotEdges(width);
  const x = viewScale(warp, full, ...timeRange(left, right, rtl));
  const band = (OVERVIEW_HEIGHT - 8) / Math.max(1, plan.lanes.length);
  // One mark per lane and 2 px bin, however many events fall in it: the strip costs the same
  // at ten events or a hundred thousand.
  const bins = Math.ceil((right - left) / 2) + 1;
  const points = plan.lanes.map(() => new Uint8Array(bins));
  const cover = plan.lanes.map(() => new Int32Array(bins + 1));
  const bin = (px: number) =>
    Math.max(0, Math.min(bins - 1, Math.floor((Math.min(px, right) - left) / 2)));
  model.events.forEach((_, i) => {
    const lane = plan.laneOf[i] as number;
    const start = model.startMs[i] as number;
    const end = model.endMs[i] as number;
    if (end === start) {
      (points[lane] as Uint8Array)[bin(x(start))] = 1;
      return;
    }
    const a = bin(x(start));
    const b = bin(x(Number.isFinite(end) ? end : Math.max(now, start)));
    const c = cover[lane] as Int32Array;
    c[Math.min(a, b)] = (c[Math.min(a, b)] as number) + 1;
    c[Math.max(a, b) + 1] = (c[Math.max(a, b) + 1] as number) - 1;
  });
  const paths = plan.lanes.map((_, lane) => {
    const y = 4 + lane * band;
    const h = Math.max(2, band - 1).toFixed(1);
    const mid = (y + band / 2).toFixed(1);
    let d = '';
    let sum = 0;
    let runStart = -1;
    const c = cover[lane] as Int32Array;
    for (let b = 0; b <= bins; b++) {
      sum += c[b] ?? 0;
      if (sum > 0 && runStart < 0) runStart = b;
      if ((sum <= 0 || b === bins) && runStart >= 0) {
        d += `M${left + runStart * 2} ${mid}H${left + b * 2}`;
        runStart = -1;
      }
      if (b < bins && (points[lane] as Uint8Array)[b])
        d += `M${left + b * 2 + 1} ${y.toFixed(1)}v${h}`;
    }
    return { lane, d };
  });
  return { paths, full, left, right };
}

/** The overview's scale: the whole extent across the strip, mirrored right to left. */
export function overviewScale(o: OverviewLayout, warp: Warp, rtl: boolean) {
  return viewScale(warp, o.full, ...timeRange(o.left, o.right, rtl));
}

/** The visible window on the strip, in px, left edge first. */
export function windowOf(
  o: OverviewLayout,
  warp: Warp,
  view: View,
  rtl: boolean,
): [number, number] {
  const x = overviewScale(o, warp, rtl);
  const a = Math.max(o.left, Math.min(x(view.start), x(view.end)));
  const b = Math.min(o.right, Math.max(x(view.start), x(view.end)));
  return [a, Math.max(a + 4, b)];
}
