import type { TimelineModel } from '../model/types.js';
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
  const left = 12;
  const right = Math.max(left + 1, width - 12);
  const x = viewScale(warp, full, rtl ? right : left, rtl ? left : right);
  const band = (OVERVIEW_HEIGHT - 8) / Math.max(1, plan.lanes.length);
  const parts = plan.lanes.map(() => [] as string[]);
  model.events.forEach((_, i) => {
    const lane = plan.laneOf[i] as number;
    const y = 4 + lane * band;
    const x0 = x(model.startMs[i] as number);
    const end = model.endMs[i] as number;
    const h = Math.max(2, band - 1).toFixed(1);
    if (end === model.startMs[i]) {
      parts[lane]?.push(`M${x0.toFixed(1)} ${y.toFixed(1)}v${h}`);
    } else {
      const x1 = x(Number.isFinite(end) ? end : Math.max(now, model.startMs[i] as number));
      const mid = (y + band / 2).toFixed(1);
      parts[lane]?.push(
        `M${Math.min(x0, x1).toFixed(1)} ${mid}H${Math.max(x0, x1, Math.min(x0, x1) + 1).toFixed(1)}`,
      );
    }
  });
  return { paths: parts.map((p, lane) => ({ lane, d: p.join('') })), full, left, right };
}
