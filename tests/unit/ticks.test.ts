import { describe, expect, it } from 'vitest';
import {
  chooseTickStep,
  formatContext,
  formatTick,
  TICK_STEPS,
  type TickUnit,
  tickTimes,
} from '../../src/layout/ticks.js';
import { formatIsoDate, utcMs } from '../../src/model/dates.js';
import { mulberry32, pick, utc } from './helpers.js';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const measure = (text: string) => text.length * 7;
/** The room a label of each unit needs, as the layout computes it. */
const sample = utc(2000, 9, 28, 23, 58, 58);
const spacing = (unit: TickUnit) => 16 + measure(formatTick(sample, unit, 'en-GB'));

function stepFor(span: number, width: number) {
  return chooseTickStep(width / span, spacing);
}

describe('TICK_STEPS', () => {
  it('TICK_STEPS run from the finest step to the coarsest', () => {
    const lengths = TICK_STEPS.map((s) => s.ms);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(TICK_STEPS[0]).toEqual({ unit: 'second', step: 1, ms: 1000 });
  });
});

describe('chooseTickStep', () => {
  it('chooseTickStep(pxPerMs, spacing) picks years for 40 years at 1200 px', () => {
    expect(stepFor(40 * YEAR, 1200)).toMatchObject({ unit: 'year', step: 2 });
  });

  it('chooseTickStep(pxPerMs, spacing) picks days for 2 months at 1200 px', () => {
    expect(stepFor(61 * DAY, 1200)).toMatchObject({ unit: 'day' });
  });

  it('chooseTickStep(pxPerMs, spacing) picks hours for 1 day at 1200 px', () => {
    expect(stepFor(DAY, 1200)).toMatchObject({ unit: 'hour' });
  });

  it('chooseTickStep(pxPerMs, spacing) picks finer units for shorter spans', () => {
    const order: TickUnit[] = ['second', 'minute', 'hour', 'day', 'month', 'year'];
    let previous = Number.POSITIVE_INFINITY;
    for (const span of [
      2000 * YEAR,
      40 * YEAR,
      3 * YEAR,
      61 * DAY,
      7 * DAY,
      DAY,
      DAY / 24,
      60_000,
    ]) {
      const step = stepFor(span, 1200);
      expect(step.ms).toBeLessThanOrEqual(previous);
      previous = step.ms;
      expect(order).toContain(step.unit);
    }
    expect(stepFor(60_000, 1200).unit).toBe('second');
  });

  it('chooseTickStep(pxPerMs, spacing) leaves room for each label', () => {
    for (const width of [320, 800, 2560]) {
      for (const span of [1e6, 1e8, 1e10, 1e12, 1e14]) {
        const step = stepFor(span, width);
        expect(step.ms * (width / span)).toBeGreaterThanOrEqual(spacing(step.unit));
      }
    }
  });

  it('chooseTickStep(pxPerMs, spacing) falls back to the coarsest step when nothing fits', () => {
    expect(chooseTickStep(1e-20, spacing)).toEqual(TICK_STEPS[TICK_STEPS.length - 1]);
  });
});

describe('tickTimes', () => {
  it('tickTimes(start, end, "year", 5) are 1 January of years divisible by 5', () => {
    expect(tickTimes(utc(2011, 3), utc(2031), 'year', 5)).toEqual([
      utc(2015),
      utc(2020),
      utc(2025),
      utc(2030),
    ]);
  });

  it('tickTimes(start, end, "month", 3) are the first days of quarters', () => {
    expect(tickTimes(utc(2024, 11, 27), utc(2025, 8), 'month', 3)).toEqual([
      utc(2025, 1),
      utc(2025, 4),
      utc(2025, 7),
    ]);
  });

  it('tickTimes(start, end, "day") are UTC midnights, across daylight-saving changes', () => {
    expect(tickTimes(utc(2024, 3, 9, 12), utc(2024, 3, 12), 'day')).toEqual([
      utc(2024, 3, 10),
      utc(2024, 3, 11),
      utc(2024, 3, 12),
    ]);
  });

  it('tickTimes(start, end, "hour", 6) are UTC hours divisible by 6', () => {
    expect(tickTimes(utc(2024, 12, 8, 1), utc(2024, 12, 9), 'hour', 6)).toEqual([
      utc(2024, 12, 8, 6),
      utc(2024, 12, 8, 12),
      utc(2024, 12, 8, 18),
      utc(2024, 12, 9),
    ]);
  });

  it('tickTimes(start, end, unit, step) are calendar-aligned and inside the window', () => {
    const random = mulberry32(3);
    for (let i = 0; i < 300; i++) {
      const { unit, step } = pick(
        random,
        TICK_STEPS.filter((s) => s.ms < 1000 * YEAR),
      );
      const start = utc(1990) + random() * 60 * YEAR;
      const end =
        start +
        step *
          (1 + random() * 20) *
          { year: YEAR, month: 31 * DAY, day: DAY, hour: 3.6e6, minute: 6e4, second: 1e3 }[unit];
      const ticks = tickTimes(start, end, unit, step);
      expect(ticks.length).toBeGreaterThan(0);
      for (const t of ticks) {
        const d = new Date(t);
        expect(t).toBeGreaterThanOrEqual(start);
        expect(t).toBeLessThanOrEqual(end);
        const parts = {
          year: [
            d.getUTCMonth(),
            d.getUTCDate() - 1,
            d.getUTCHours(),
            d.getUTCMinutes(),
            d.getUTCSeconds(),
          ],
          month: [d.getUTCDate() - 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()],
          day: [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()],
          hour: [d.getUTCMinutes(), d.getUTCSeconds()],
          minute: [d.getUTCSeconds()],
          second: [d.getUTCMilliseconds()],
        }[unit];
        expect(parts.every((p) => p === 0)).toBe(true);
        const field = {
          year: d.getUTCFullYear(),
          month: d.getUTCMonth(),
          day: d.getUTCDate() - 1,
          hour: d.getUTCHours(),
          minute: d.getUTCMinutes(),
          second: d.getUTCSeconds(),
        }[unit];
        expect(field % step).toBe(0);
      }
    }
  });

  it('tickTimes(start, end, unit) is empty for a backwards window', () => {
    expect(tickTimes(utc(2025), utc(2024), 'month')).toEqual([]);
  });
});

describe('formatTick', () => {
  it('formatTick(ms, unit, locale) writes the unit of the tick, in UTC', () => {
    const t = utc(2024, 12, 8, 14);
    expect(formatTick(t, 'year', 'en-GB')).toBe('2024');
    expect(formatTick(t, 'month', 'en-GB')).toBe('Dec');
    expect(formatTick(t, 'day', 'en-GB')).toBe('8');
    expect(formatTick(t, 'hour', 'en-GB')).toBe('14:00');
    expect(formatTick(utc(2024, 12, 8, 14, 30, 5), 'second', 'en-GB')).toBe('14:30:05');
  });

  it('formatTick(ms, "year", locale) writes the era before 1 CE', () => {
    expect(formatTick(Date.parse('-000043-01-01T00:00:00Z'), 'year', 'en-GB')).toBe('44 BC');
  });
});

describe('formatContext', () => {
  it('formatContext(ms, unit, locale) names the period above the ticks', () => {
    expect(formatContext(utc(2024, 12, 8), 'year', 'en-GB')).toBe('2024');
    expect(formatContext(utc(2024, 12, 8), 'month', 'en-GB')).toBe('December 2024');
    expect(formatContext(utc(2024, 12, 8), 'day', 'en-GB')).toBe('8 December 2024');
  });
});

describe('tickTimes before the common era', () => {
  it('tickTimes(start, end, unit) counts months and years across year 0 and into BCE', () => {
    const months = tickTimes(utcMs(-2, 11, 1), utcMs(1, 2, 1), 'month', 3).map((t) =>
      formatIsoDate(t, 'month'),
    );
    expect(months).toEqual([
      '-0001-01',
      '-0001-04',
      '-0001-07',
      '-0001-10',
      '0000-01',
      '0000-04',
      '0000-07',
      '0000-10',
      '0001-01',
    ]);
    expect(tickTimes(utcMs(-45), utcMs(-35), 'year', 5)).toEqual([
      utcMs(-45),
      utcMs(-40),
      utcMs(-35),
    ]);
  });
});
