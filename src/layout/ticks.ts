import { dateFormatter, isBeforeCommonEra } from '../format/dates.js';
import { utcMs } from '../model/dates.js';

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

/**
 * The calendar-aligned instants of a step within [start, end], in UTC: years that are multiples
 * of the step (…, 2010, 2020), months and hours likewise, days counted from each month's first
 * (1, 8, 15, 22, 29 for weeks). Years 0–99 and before the era are years like any other.
 */
export function tickTimes(start: number, end: number, unit: TickUnit, step = 1): number[] {
  const ticks: number[] = [];
  if (!(end >= start)) return ticks;
  const push = (t: number) => {
    if (t >= start && t <= end) ticks.push(t);
  };
  const first = new Date(start);
  if (unit === 'year' || unit === 'month') {
    const months = unit === 'year' ? 12 * step : step;
    let m = first.getUTCFullYear() * 12 + first.getUTCMonth();
    m = Math.floor(m / months) * months;
    const at = (k: number) => utcMs(Math.floor(k / 12), (((k % 12) + 12) % 12) + 1);
    for (let t = at(m); t <= end && ticks.length < 5000; t = at(m)) {
      push(t);
      m += months;
    }
  } else if (unit === 'day') {
    let t = utcMs(first.getUTCFullYear(), first.getUTCMonth() + 1, first.getUTCDate());
    for (; t <= end && ticks.length < 5000; t += 86_400_000) {
      if ((new Date(t).getUTCDate() - 1) % step === 0) push(t);
    }
  } else {
    const size = step * { hour: 3_600_000, minute: 60_000, second: 1000 }[unit];
    for (let t = Math.floor(start / size) * size; t <= end && ticks.length < 5000; t += size)
      push(t);
  }
  return ticks;
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

const eras = new WeakMap<Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions>();

function withEra(options: Intl.DateTimeFormatOptions, ms: number): Intl.DateTimeFormatOptions {
  if (!('year' in options) || !isBeforeCommonEra(ms)) return options;
  const era = eras.get(options) ?? { ...options, era: 'short' as const };
  eras.set(options, era);
  return era;
}

/** A tick's label: "2024" for years, "Dec" for months, "8" for days, "14:00" for hours. */
export function formatTick(ms: number, unit: TickUnit, locale: string): string {
  return dateFormatter(locale, withEra(TICK_OPTIONS[unit], ms)).format(ms);
}

/** A label of the axis's second row: "2024" above months, "December 2024" above days. */
export function formatContext(ms: number, unit: TickUnit, locale: string): string {
  return dateFormatter(locale, withEra(CONTEXT_OPTIONS[unit], ms)).format(ms);
}
