import type { Precision } from './types.js';

/** Lengths of time in milliseconds, for estimating spans; dates step on the calendar (PERIODS). */
export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** The mean Julian year. */
export const YEAR_MS = 365.25 * DAY_MS;
/** A twelfth of a mean year, to the hundredth of a day. */
export const MONTH_MS = 30.44 * DAY_MS;

/** The typical length of one period of each precision: a year, a month, a day… (model/dates.ts PERIODS). */
export const PERIOD_MS: Record<Precision, number> = {
  year: YEAR_MS,
  month: MONTH_MS,
  day: DAY_MS,
  hour: HOUR_MS,
  minute: MINUTE_MS,
  second: SECOND_MS,
};
