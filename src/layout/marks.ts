import { addPeriod } from '../model/dates.js';
import type { TimelineModel } from '../model/types.js';
import { clampToPlot } from './clamp.js';
import { forward } from './direction.js';
import { trackY } from './geometry.js';
import { isShown, type LanePlan } from './lanes.js';
import type { TimeScale } from './scale.js';
import type { LaneBox, MarkBox } from './types.js';

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

/** What placedMark and focusMark read: the marks' context, and the lanes once stacked. */
export interface PlacedContext extends MarkContext {
  lanes: LaneBox[];
  now: number;
}

/** One event's mark, as the layout builds every mark, placed on its lane once lanes are stacked. */
export function placedMark(d: PlacedContext, i: number): MarkBox | null {
  const mark = markOf(d, i);
  const box = d.lanes[mark?.lane ?? -1];
  if (mark && box) mark.y = trackY(box, mark.track);
  return mark;
}

/** The mark of one event, if it is in view: where keyboard focus shows when it is on that event. */
export function focusMark(d: PlacedContext, i: number): MarkBox | null {
  const start = d.model.startMs[i];
  if (start === undefined || i < 0 || !isShown(d.plan, i)) return null;
  const end = d.model.endMs[i] as number;
  const last = Number.isFinite(end) ? end : Math.max(d.now, start);
  const inView = start <= (d.x.domain().at(-1) as number) && last >= (d.x.domain()[0] as number);
  return inView ? placedMark(d, i) : null;
}
