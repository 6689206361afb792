import type { Precision } from '../model/types.js';
import { dateFormatter } from './dates.js';

const TICK_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  day: { day: 'numeric' },
  hour: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  minute: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  second: { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' },
};

/** Each context label holds the year, so every year in view can be read off the axis. */
const CONTEXT_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  hour: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', hourCycle: 'h23' },
  minute: {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  second: { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' },
};

const eras = new WeakMap<Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions>();

/**
 * Years before 2 CE carry their era: "500 BC", and "1 AD" where the count starts again, so an axis
 * across the era reads "500 BC, 1 AD, 500". Later years read as plain numbers ("2024", "12000").
 */
function withEra(options: Intl.DateTimeFormatOptions, ms: number): Intl.DateTimeFormatOptions {
  if (!('year' in options) || new Date(ms).getUTCFullYear() > 1) return options;
  const era = eras.get(options) ?? { ...options, era: 'short' as const };
  eras.set(options, era);
  return era;
}

/** A tick's label: "2024" for years, "Dec" for months, "8" for days, "14:00" for hours. */
export function formatTick(ms: number, unit: Precision, locale: string): string {
  return dateFormatter(locale, withEra(TICK_OPTIONS[unit], ms)).format(ms);
}

/** A label of the axis's second row: "2024" above months, "December 2024" above days. */
export function formatContext(ms: number, unit: Precision, locale: string): string {
  return dateFormatter(locale, withEra(CONTEXT_OPTIONS[unit], ms)).format(ms);
}
