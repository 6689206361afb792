import { utcYear } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { formatContext, formatTick } from '../../src/format/tick-labels.js';
import { floorPeriod, historicalYears, TICK_STEPS, tickTimes } from '../../src/layout/ticks.js';
import { formatIsoDate, utcMs } from '../../src/model/dates.js';
import { yearLabel } from './calendar-oracle.js';
import { mulberry32, pick, utc } from './fixtures.js';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

describe('TICK_STEPS', () => {
  it('TICK_STEPS run from the finest step to the coarsest', () => {
    const lengths = TICK_STEPS.map((s) => s.ms);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(TICK_STEPS[0]).toEqual({ unit: 'second', step: 1, ms: 1000 });
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

  it('formatTick(ms, "year", locale) writes the era before 2 CE, and years past 9999 in full', () => {
    const year = (y: number) => formatTick(utcMs(y), 'year', 'en-GB');
    expect(year(-43)).toBe('44 BC');
    expect(year(-9999)).toBe('10000 BC');
    expect(year(0)).toBe('1 BC');
    expect(year(1)).toBe('1 AD');
    expect(year(2)).toBe('2');
    expect(year(12_000)).toBe('12000');
  });
});

describe('formatContext', () => {
  it('formatContext(ms, unit, locale) names the period above the ticks', () => {
    expect(formatContext(utc(2024, 12, 8), 'year', 'en-GB')).toBe('2024');
    expect(formatContext(utc(2024, 12, 8), 'month', 'en-GB')).toBe('December 2024');
    expect(formatContext(utc(2024, 12, 8), 'day', 'en-GB')).toBe('8 December 2024');
    expect(formatContext(utc(2024, 12, 8, 14, 30), 'minute', 'en-GB')).toBe('8 Dec 2024, 14:30');
    expect(formatContext(utcMs(-43, 3, 15), 'month', 'en-GB')).toBe('March 44 BC');
    expect(formatContext(utcMs(1, 1, 1), 'month', 'en-GB')).toBe('January 1 AD');
  });
});

describe('tickTimes before the common era', () => {
  it('tickTimes(start, end, "month", 3) counts months across year 0 and into BCE', () => {
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
  });

  // It ticked astronomical multiples of 5: −45, −40, −35, which are 46 BC, 41 BC and 36 BC.
  it('tickTimes(start, end, "year", 5) ticks 45 BC, 40 BC, 35 BC: round historical years', () => {
    const ticks = tickTimes(utcMs(-46), utcMs(-34), 'year', 5);
    expect(ticks).toEqual([utcMs(-44), utcMs(-39), utcMs(-34)]);
    expect(ticks.map((t) => formatTick(t, 'year', 'en-GB'))).toEqual(['45 BC', '40 BC', '35 BC']);
  });
});

describe('historicalYears', () => {
  const years = (k: number, from: number, to: number) =>
    historicalYears(k)
      .range(new Date(utcMs(from)), new Date(utcMs(to) + 1))
      .map((d) => yearLabel(d.getUTCFullYear()));

  it('historicalYears(k) ticks k·m BC, 1 AD and k·m AD, never year 0', () => {
    expect(years(500, -2999, 1500)).toEqual([
      '3000 BC',
      '2500 BC',
      '2000 BC',
      '1500 BC',
      '1000 BC',
      '500 BC',
      '1 AD',
      '500',
      '1000',
      '1500',
    ]);
    expect(years(2, -5, 6)).toEqual(['6 BC', '4 BC', '2 BC', '1 AD', '2', '4', '6']);
    expect(years(100, -250, 250)).toEqual(['200 BC', '100 BC', '1 AD', '100', '200']);
  });

  it('historicalYears(1) is d3’s utcYear: every year, 1 BC then 1 AD', () => {
    expect(historicalYears(1)).toBe(utcYear);
    expect(years(1, -2, 2)).toEqual(['3 BC', '2 BC', '1 BC', '1 AD', '2']);
  });

  it('historicalYears(k).floor and .offset step between round years across the era', () => {
    const i = historicalYears(10);
    const at = (y: number, m = 6) => new Date(utcMs(y, m));
    expect(+i.floor(at(2024))).toBe(utcMs(2020));
    expect(+i.floor(at(7))).toBe(utcMs(1));
    expect(+i.floor(at(0))).toBe(utcMs(-9));
    expect(+i.floor(at(-9))).toBe(utcMs(-9));
    expect(+i.floor(at(-10))).toBe(utcMs(-19));
    expect(+i.offset(new Date(utcMs(-19)), 2)).toBe(utcMs(1));
    expect(+i.offset(new Date(utcMs(1)), 3)).toBe(utcMs(30));
    expect(+i.offset(new Date(utcMs(10)), -2)).toBe(utcMs(-9));
  });

  it('historicalYears(k) agrees with the calendar on 300 random years and steps', () => {
    const random = mulberry32(9);
    for (let n = 0; n < 300; n++) {
      const k = pick(random, [2, 5, 10, 20, 50, 100, 500, 1000, 10_000]);
      const year = Math.floor(random() * 40_000) - 20_000;
      const floor = new Date(+historicalYears(k).floor(new Date(utcMs(year, 7)))).getUTCFullYear();
      const round = (y: number) => (y <= 0 ? (1 - y) % k === 0 : y === 1 || y % k === 0);
      expect(round(floor), `${year} by ${k}`).toBe(true);
      expect(floor).toBeLessThanOrEqual(year);
      for (let y = floor + 1; y <= year; y++) expect(round(y), `${y} by ${k}`).toBe(false);
    }
  });
});

describe('tickTimes at the ends of the Date range', () => {
  // d3-time floors the instant before the window, a year a Date cannot hold, and returns nothing.
  it('tickTimes(start, end, unit, step) ticks the years a Date holds in a window past its range', () => {
    expect(utcYear.every(100_000)?.range(new Date(-8.64e15), new Date(-5e15))).toEqual([]);
    expect(tickTimes(-9e15, -5e15, 'year', 100_000)).toEqual([utcMs(-199_999)]);
    expect(utcYear.every(1000)?.range(new Date(8.5e15), new Date(9e15))).toEqual([]);
    expect(
      tickTimes(8.5e15, 9e15, 'year', 1000).map((t) => formatTick(t, 'year', 'en-GB')),
    ).toEqual(['272000', '273000', '274000', '275000']);
  });

  it('tickTimes(start, end, "month") starts at the first month that begins inside the range', () => {
    const [first] = tickTimes(-9e15, -8.6e15, 'month');
    expect(formatIsoDate(first as number, 'day')).toBe('-271821-05-01');
    expect(tickTimes(-9e15, -8.7e15, 'day')).toEqual([]);
  });
});

describe('floorPeriod', () => {
  it('floorPeriod(ms, unit) is where the year, month, day or minute holding ms begins', () => {
    const t = utc(2024, 12, 8, 14, 30, 5);
    expect(floorPeriod(t, 'year')).toBe(utc(2024));
    expect(floorPeriod(t, 'month')).toBe(utc(2024, 12));
    expect(floorPeriod(t, 'day')).toBe(utc(2024, 12, 8));
    expect(floorPeriod(t, 'minute')).toBe(utc(2024, 12, 8, 14, 30));
    expect(floorPeriod(utcMs(-43, 3, 15), 'year')).toBe(utcMs(-43));
  });
});
