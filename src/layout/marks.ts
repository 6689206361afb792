import { addPeriod } from '../model/dates.js';
import type { TimelineModel } from '../model/types.js';
import { clampToPlot } from './clamp.js';
import { forward } from './direction.js';
import type { LanePlan } from './lanes.js';
import type { TimeScale } from './scale.js';
import type { MarkBox } from './types.js';

/** What a mark needs to know of the plot: the scale, its edges, the direction and the present. */
export interface MarkContext {
  model: TimelineModel;
  plan: LanePlan;
  x: TimeScale;
  left: number;
  right: number;
  now: number;
  rtl: boolean;
}

/**
 * The mark of event `i`, or null when it draws nothing in this window (an ongoing range that
 * starts after it). A point spans its date's period (its precision band); a range runs from its
 * start to its end, or, ongoing, to just past today, fading out where that end is on screen. Its
 * y is set once the lanes are stacked.
 */
export function markOf(c: MarkContext, i: number): MarkBox | null {
  const { model, plan, x, left, right, now, rtl } = c;
  const event = model.events[i];
  const lane = plan.laneOf[i] as number;
  const start = model.startMs[i] as number;
  const end = model.endMs[i] as number;
  const ongoing = event?.ongoing === true;
  const clip = (v: number) => clampToPlot(v, left, right);
  if (end === start) {
    const periodEnd = addPeriod(start, event?.precision ?? 'day');
    const at = { x: x(start), x2: clip(x(periodEnd)), y: 0, track: -1 };
    return { index: i, lane, ...at, range: false, ongoing };
  }
  if (ongoing && Math.max(now, start) < (x.domain()[0] as number)) return null;
  const track = plan.trackOf[i] as number;
  const x2 =
    ongoing || !Number.isFinite(end) ? x(Math.max(now, start)) + forward(rtl) * 32 : x(end);
  const open = ongoing && x2 >= left && x2 <= right;
  const at = { x: clip(x(start)), x2: clip(x2), y: 0, track };
  return { index: i, lane, ...at, range: true, ongoing: open };
}
