import { type TimeInterval, timeInterval, utcYear } from 'd3-time';
import { MAX_TIME, MIN_TIME, PERIODS } from '../model/dates.js';
import type { Precision } from '../model/types.js';
import { PERIOD_MS } from '../model/units.js';

/** The calendar units of ticks: the precisions of dates, year to second. */
export type TickUnit = Precision;

export interface TickStep {
  unit: TickUnit;
  step: number;
  /** Typical length of one step, for estimating; the ticks themselves follow the calendar. */
  ms: number;
}

/** The candidate steps, finest first, as the calendar divides: 15 minutes, 6 hours, a quarter… */
export const TICK_STEPS: TickStep[] = (
  [
    ['second', [1, 5, 15, 30]],
    ['minute', [1, 5, 15, 30]],
    ['hour', [1, 3, 6, 12]],
    ['day', [1, 2, 7]],
    ['month', [1, 3, 6]],
    [
      'year',
      [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000],
    ],
  ] as const
).flatMap(([unit, steps]) => steps.map((step) => ({ unit, step, ms: step * PERIOD_MS[unit] })));

/** The next coarser unit, named in the axis's second row: the year above months, the month above days. */
export const CONTEXT_UNIT: Record<TickUnit, TickUnit | null> = {
  year: null,
  month: 'year',
  day: 'month',
  hour: 'day',
  minute: 'day',
  second: 'minute',
};

/**
 * Years every `k` on round historical years: … 200 BC, 100 BC, 1 AD, 100, 200 … There is no year
 * 0 to count from: astronomical year 1 − n is n BC, so the BC ticks sit at 1 − m·k, and the count
 * restarts at 1 AD. (d3's utcYear.every(k) counts astronomical years and would tick 101 BC.)
 * Ticks are numbered: 1 AD is 0, m·k AD is m, m·k BC is −m. Offsetting starts from the floor.
 */
export function historicalYears(k: number): TimeInterval {
  if (k <= 1) return utcYear;
  const yearOf = (i: number) => (i > 0 ? i * k : 1 + i * k);
  const indexOf = (year: number) =>
    year >= k ? Math.floor(year / k) : year >= 1 ? 0 : -Math.ceil((1 - year) / k);
  const setYear = (date: Date, year: number) => {
    date.setUTCFullYear(year, 0, 1);
    date.setUTCHours(0, 0, 0, 0);
  };
  return timeInterval(
    (date) => setYear(date, yearOf(indexOf(date.getUTCFullYear()))),
    (date, step) => setYear(date, yearOf(indexOf(date.getUTCFullYear()) + step)),
  );
}

const intervals = new Map<string, TimeInterval>();

/** The d3-time interval of a step: UTC calendar fields that are multiples of it (days from the 1st). */
export function tickInterval(unit: TickUnit, step = 1): TimeInterval {
  const key = `${unit}${step}`;
  let interval = intervals.get(key);
  if (!interval) {
    const base = unit === 'year' ? null : PERIODS[unit];
    interval = base ? (base.every(step) ?? base) : historicalYears(step);
    intervals.set(key, interval);
  }
  return interval;
}

/** Where the period of `unit` holding `ms` begins: its year, month, day… */
export function floorPeriod(ms: number, unit: TickUnit): number {
  return +tickInterval(unit).floor(new Date(ms));
}

/**
 * The ticks of a step within [start, end], both included, as far as a Date reaches (±8.64e15 ms,
 * about 271,821 BC to AD 275,760): a window that runs past the range still gets the ticks inside it.
 */
export function tickTimes(start: number, end: number, unit: TickUnit, step = 1): number[] {
  const lo = Math.max(start, MIN_TIME);
  const hi = Math.min(end, MAX_TIME - 1);
  const interval = tickInterval(unit, step);
  const first = firstTick(interval, lo, hi);
  if (!(first <= hi)) return [];
  // From just past the first tick, d3's ceil floors the first tick itself, which a Date holds.
  return [first, ...interval.range(new Date(first + 1), new Date(hi + 1)).map(Number)];
}

/**
 * The first tick at or after `lo`. d3-time's ceil floors the instant before, and near the ends of
 * the Date range that floor (a year 300,000 BC, say) is an Invalid Date: then the first instant
 * whose floor a Date holds is found by bisection, as validity only grows with time.
 */
function firstTick(interval: TimeInterval, lo: number, hi: number): number {
  const floor = (t: number) => +interval.floor(new Date(t));
  if (!(hi >= lo)) return Number.NaN;
  const f = floor(lo);
  if (!Number.isNaN(f)) return f === lo ? lo : +interval.offset(new Date(f), 1);
  if (Number.isNaN(floor(hi))) return Number.NaN;
  let [invalid, valid] = [lo, hi];
  while (valid - invalid > 1) {
    const mid = Math.floor((invalid + valid) / 2);
    if (Number.isNaN(floor(mid))) invalid = mid;
    else valid = mid;
  }
  return floor(valid);
}
