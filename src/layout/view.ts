import { formatIsoDate, parseIsoDate } from '../model/dates.js';
import type { Precision } from '../model/types.js';
import { DAY_MS, HOUR_MS } from '../model/units.js';
import { PRECISION_MS } from './precision.js';
import { createTimeScale, type TimeScale } from './scale.js';
import type { Warp } from './warp.js';

/** The visible window, in ms. */
export interface View {
  start: number;
  end: number;
}

/** The scale of a window: the warp's breakpoints inside the window become the scale's. */
export function viewScale(warp: Warp, view: View, from: number, to: number): TimeScale {
  const domain = [view.start];
  for (const g of warp.gaps) {
    if (g.start > view.start && g.start < view.end) domain.push(g.start);
    if (g.end > view.start && g.end < view.end) domain.push(g.end);
  }
  domain.push(view.end);
  const u0 = warp.toU(view.start);
  const k = (to - from) / (warp.toU(view.end) - u0 || 1);
  return createTimeScale(
    domain,
    domain.map((t) => from + (warp.toU(t) - u0) * k),
  );
}

/**
 * Limits of a window: no wider than the data plus a margin, no narrower than the finest
 * precision in the data needs (one unit of it per 100 px, and never finer than an hour per 100 px).
 */
export interface ViewLimits {
  /** The data's extent in u, with its margin. */
  u0: number;
  u1: number;
  /** The narrowest window, in ms, at this width. */
  minSpan: number;
}

export function viewLimits(warp: Warp, extent: View, finest: Precision, width: number): ViewLimits {
  const u0 = warp.toU(extent.start);
  const u1 = warp.toU(extent.end);
  const margin = Math.max((u1 - u0) * 0.08, HOUR_MS);
  return {
    u0: u0 - margin,
    u1: u1 + margin,
    minSpan: (Math.max(width, 100) / 100) * PRECISION_MS[finest],
  };
}

/**
 * The window that shows an event: the current one if the event is in it, else one of the same
 * width centred on the event's start. Null when nothing needs to move.
 */
export function revealView(warp: Warp, view: View, start: number, end: number): View | null {
  if (start <= view.end && end >= view.start) return null;
  const half = (warp.toU(view.end) - warp.toU(view.start)) / 2;
  return { start: warp.fromU(warp.toU(start) - half), end: warp.fromU(warp.toU(start) + half) };
}

/**
 * The window in which a cluster's members stand `spacing` px apart, for a plot `width` px wide;
 * null when they cannot be told apart by zooming (one instant, or the view is as close as it
 * may go), and their list should open instead.
 */
export function separateView(
  warp: Warp,
  view: View,
  limits: ViewLimits,
  times: number[],
  width: number,
  spacing = 32,
): View | null {
  const us = [...new Set(times)].sort((a, b) => a - b).map((t) => warp.toU(t));
  if (us.length < 2 || view.end - view.start <= limits.minSpan * 1.01) return null;
  // A loop, not Math.min(...): a crowded cluster may hold more members than arguments may be.
  let closest = Number.POSITIVE_INFINITY;
  for (let i = 1; i < us.length; i++)
    closest = Math.min(closest, (us[i] as number) - (us[i - 1] as number));
  const first = us[0] as number;
  const last = us[us.length - 1] as number;
  const half =
    Math.max((width * closest) / spacing, last - first) / 2 + (width * closest) / spacing / 8;
  const centre = (first + last) / 2;
  return { start: warp.fromU(centre - half), end: warp.fromU(centre + half) };
}

/** The window as ISO strings, precise enough for its width: days, minutes, or seconds. */
export function viewToIso(view: View): { start: string; end: string } {
  const span = view.end - view.start;
  const precision = span > 60 * DAY_MS ? 'day' : span > 2 * DAY_MS ? 'minute' : 'second';
  return { start: formatIsoDate(view.start, precision), end: formatIsoDate(view.end, precision) };
}

/**
 * All the data with a margin each side: the first window, and "show all". The margin is 4% of
 * the data's warped length, or more on a narrow plot (`plot` px wide): enough for `room` px, so
 * the last year of the data has room to be named after its tick ("12000"). Never more than
 * 8%, the margin the limits allow.
 */
export function fitView(warp: Warp, extent: View, minSpan = 0, plot = 0, room = 44): View {
  const u0 = warp.toU(extent.start);
  const u1 = warp.toU(extent.end);
  // A margin m of a length L takes m / (L + 2m) of the plot: room px needs m = L·room / (plot − 2·room).
  const share = plot > 4 * room ? Math.min(0.08, Math.max(0.04, room / (plot - 2 * room))) : 0.04;
  const margin = (u1 - u0) * share;
  const view = { start: warp.fromU(u0 - margin), end: warp.fromU(u1 + margin) };
  if (view.end - view.start >= minSpan) return view;
  const c = (extent.start + extent.end) / 2;
  return { start: c - minSpan / 2, end: c + minSpan / 2 };
}

/** The window named by two ISO dates (view-start and view-end), when both are valid and in order. */
export function requestedWindow(startIso: string, endIso: string): View | null {
  const start = startIso ? parseIsoDate(startIso) : null;
  const end = endIso ? parseIsoDate(endIso) : null;
  if (!start || !end || 'error' in start || 'error' in end || end.endMs <= start.ms) return null;
  return { start: start.ms, end: end.endMs };
}

/**
 * Milliseconds from a time given to a method: an ISO string, a Date or milliseconds since 1970
 * UTC; a date's end when it names the end of a window. NaN when it is none of these.
 */
export function timeOf(value: string | number | Date, end: boolean): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  const parsed = parseIsoDate(String(value));
  return 'error' in parsed ? Number.NaN : end ? parsed.endMs : parsed.ms;
}
