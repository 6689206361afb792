import { formatTick } from '../format/tick-labels.js';
import { MAX_TIME, MIN_TIME } from '../model/dates.js';
import type { TimeScale } from './scale.js';
import { TICK_STEPS, type TickStep, tickTimes } from './ticks.js';
import type { Gap } from './warp.js';

/** A step fits when each tick is this much further from the next than its label is wide. */
export const TICK_ROOM = 16;
/** Leap years are a day longer: a step of years is not refused for a fraction of a pixel. */
const SLACK = 0.5;

const clampTime = (t: number) => Math.max(MIN_TIME, Math.min(MAX_TIME, t));

/** The window cut at its breaks: the stretches drawn at full scale, their ends included. */
export function fullScalePieces(start: number, end: number, breaks: Gap[]): [number, number][] {
  const pieces: [number, number][] = [];
  let from = start;
  for (const g of breaks) {
    if (g.start > from) pieces.push([from, Math.min(g.start, end)]);
    from = Math.max(from, g.end);
  }
  if (end > from) pieces.push([from, end]);
  return pieces;
}

/**
 * The finest step whose every label fits before the next tick of its stretch, measured where the
 * ticks fall (months and years are not all alike, nor "1 AD" and "10000 BC"; the short last
 * step of a month of days is left to the labels' placement). Inside a break there are no
 * ticks; a window wholly inside one still gets a unit, for its context row.
 */
export function chooseStep(
  read: TimeScale,
  start: number,
  end: number,
  pieces: [number, number][],
  locale: string,
  measure: (text: string) => number,
): TickStep {
  const slopeOf = (a: number, b: number) => Math.abs(read(b) - read(a)) / (b - a);
  const slope = pieces.length
    ? Math.max(...pieces.map(([a, b]) => slopeOf(a, b)))
    : slopeOf(start, end);
  const width = (t: number, s: TickStep) => measure(formatTick(t, s.unit, locale));
  const fits = (s: TickStep) =>
    pieces.length
      ? pieces.every(([a, b]) => labelsFit(read, tickTimes(a, b, s.unit, s.step), s, width))
      : s.ms * slope >= width(clampTime(start), s) + TICK_ROOM;
  // A step shorter than the room alone cannot fit any label: skip it without listing its ticks.
  const fitting = TICK_STEPS.find((s) => s.ms * slope >= TICK_ROOM && fits(s));
  return fitting ?? (TICK_STEPS[TICK_STEPS.length - 1] as TickStep);
}

/** Whether each tick stands far enough from the next for its label and the room after it. */
function labelsFit(
  read: TimeScale,
  times: number[],
  step: TickStep,
  width: (t: number, s: TickStep) => number,
): boolean {
  const slack = step.unit === 'year' ? SLACK : 0;
  return times.every((t, i) => {
    const next = times[i + 1];
    if (next === undefined || restartsMonth(step, next)) return true;
    return read(next) - read(t) >= width(t, step) + TICK_ROOM - slack;
  });
}

/**
 * Days every 2 or 7 count from each month's 1st (1, 8, 15, 22, 29, 1…), so the last step of a
 * month is short: its label gives way to the 1st's rather than refusing the step.
 */
const restartsMonth = (s: TickStep, t: number) =>
  s.unit === 'day' && s.step > 1 && new Date(t).getUTCDate() === 1;
