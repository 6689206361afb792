import type { Precision } from '../model/types.js';
import { HOUR_MS, PERIOD_MS } from '../model/units.js';

/**
 * About how long one unit of each date precision lasts, for sizing the narrowest windows (a
 * day-dated event shows weeks, not hours). Finer than an hour counts as an hour: the axis never
 * labels minutes. Not the tick units of ticks.ts, which step the axis by calendar periods.
 */
export const PRECISION_MS: Record<Precision, number> = {
  ...PERIOD_MS,
  minute: HOUR_MS,
  second: HOUR_MS,
};
