import type { Precision } from '../model/types.js';

const HOUR = 3_600_000;

/**
 * About how long one unit of each date precision lasts, for sizing the narrowest windows (a
 * day-dated event shows weeks, not hours). Finer than an hour counts as an hour: the axis never
 * labels minutes. Not the tick units of ticks.ts, which step the axis by calendar periods.
 */
export const PRECISION_MS: Record<Precision, number> = {
  year: 365.25 * 24 * HOUR,
  month: 30.44 * 24 * HOUR,
  day: 24 * HOUR,
  hour: HOUR,
  minute: HOUR,
  second: HOUR,
};
