import {
  type CountableTimeInterval,
  utcDay,
  utcHour,
  utcMinute,
  utcMonth,
  utcSecond,
  utcYear,
} from 'd3-time';
import { dateFormatter, isBeforeCommonEra } from '../format/dates.js';

export type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

export interface TickStep {
  unit: TickUnit;
  step: number;
  /** Typical length of one step, for choosing; the ticks themselves follow the calendar. */
  ms: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

const INTERVALS: Record<TickUnit, CountableTimeInterval> = {
  year: utcYear,
  month: utcMonth,
  day: utcDay,
  hour: utcHour,
  minute: utcMinute,
  second: utcSecond,
};
const UNIT_MS: Record<TickUnit, number> = {
  year: YEAR,
  month: MONTH,
  day: DAY,
  hour: HOUR,
  minute: MINUTE,
  second: SECOND,
};

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
).flatMap(([unit, steps]) => steps.map((step) => ({ unit, step, ms: step * UNIT_MS[unit] })));

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
 * The finest step whose labels fit: `spacing(unit)` is the room one label of that unit needs, in
 * pixels, and `pxPerMs` how many pixels a millisecond takes at this zoom.
 */
export function chooseTickStep(pxPerMs: number, spacing: (unit: TickUnit) => number): TickStep {
  const fits = TICK_STEPS.find((s) => s.ms * pxPerMs >= spacing(s.unit));
  return fits ?? (TICK_STEPS[TICK_STEPS.length - 1] as TickStep);
}

/** The calendar-aligned instants of a step within [start, end]. */
export function tickTimes(start: number, end: number, unit: TickUnit, step = 1): number[] {
  const interval = step === 1 ? INTERVALS[unit] : INTERVALS[unit].every(step);
  if (!interval || !(end >= start)) return [];
  return interval.range(new Date(start), new Date(end + 1)).map((d) => d.getTime());
}

const TICK_OPTIONS: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  day: { day: 'numeric' },
  hour: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  minute: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  second: { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' },
};

const CONTEXT_OPTIONS: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  hour: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', hourCycle: 'h23' },
  minute: { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  second: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

function withEra(options: Intl.DateTimeFormatOptions, ms: number): Intl.DateTimeFormatOptions {
  return 'year' in options && isBeforeCommonEra(ms) ? { ...options, era: 'short' } : options;
}

/** A tick's label: "2024" for years, "Dec" for months, "8" for days, "14:00" for hours. */
export function formatTick(ms: number, unit: TickUnit, locale: string): string {
  return dateFormatter(locale, withEra(TICK_OPTIONS[unit], ms)).format(ms);
}

/** A label of the axis's second row: "2024" above months, "December 2024" above days. */
export function formatContext(ms: number, unit: TickUnit, locale: string): string {
  return dateFormatter(locale, withEra(CONTEXT_OPTIONS[unit], ms)).format(ms);
}
