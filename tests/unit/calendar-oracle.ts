/**
 * What the axis must say, worked out from a date's own UTC fields, independently of d3-time and
 * of the axis's formatting code: where each period begins and how en-GB names it.
 */
import type { TickUnit } from '../../src/layout/ticks.js';

const UNITS: TickUnit[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];

/** The start of the period of `unit` holding t, by zeroing the finer fields. */
export function periodStart(t: number, unit: TickUnit): number {
  const d = new Date(t);
  const keep = UNITS.indexOf(unit);
  const f = new Date(0);
  f.setUTCFullYear(
    d.getUTCFullYear(),
    keep >= 1 ? d.getUTCMonth() : 0,
    keep >= 2 ? d.getUTCDate() : 1,
  );
  f.setUTCHours(
    keep >= 3 ? d.getUTCHours() : 0,
    keep >= 4 ? d.getUTCMinutes() : 0,
    keep >= 5 ? d.getUTCSeconds() : 0,
    0,
  );
  return f.getTime();
}

/** The calendar field a step counts in: the year, the month (0–11), the day (0-based)… */
export function stepField(t: number, unit: TickUnit): number {
  const d = new Date(t);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth(),
    day: d.getUTCDate() - 1,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  }[unit];
}

export const yearOf = (t: number) => new Date(t).getUTCFullYear();

/** An astronomical year as en-GB writes it on the axis: "2500 BC" (−2499), "1 BC" (0), "1 AD", "500". */
export function yearLabel(year: number): string {
  return year <= 0 ? `${1 - year} BC` : year === 1 ? '1 AD' : String(year);
}

/** Whether a year is round for a step of k years: k·m BC, 1 AD, or k·m AD. */
export function isRoundYear(year: number, k: number): boolean {
  return year <= 0 ? (1 - year) % k === 0 : year === 1 || year % k === 0;
}

const shortMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short' });
const longMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long' });
const pad = (n: number) => String(n).padStart(2, '0');

/** A tick's label: the period beginning at t, in the unit of the ticks. */
export function tickLabel(t: number, unit: TickUnit): string {
  const d = new Date(t);
  const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  return {
    year: yearLabel(d.getUTCFullYear()),
    month: shortMonth.format(t),
    day: String(d.getUTCDate()),
    hour: `${pad(h)}:00`,
    minute: `${pad(h)}:${pad(m)}`,
    second: `${pad(h)}:${pad(m)}:${pad(s)}`,
  }[unit];
}

/** A context label: the period of `unit` holding t, with its year ("December 2024"). */
export function contextLabel(t: number, unit: TickUnit): string {
  const d = new Date(t);
  const year = yearLabel(d.getUTCFullYear());
  const day = d.getUTCDate();
  switch (unit) {
    case 'year':
      return year;
    case 'month':
      return `${longMonth.format(t)} ${year}`;
    case 'day':
      return `${day} ${longMonth.format(t)} ${year}`;
    case 'minute':
      return `${day} ${shortMonth.format(t)} ${year}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    default:
      throw new Error(`no context row of ${unit}`);
  }
}
