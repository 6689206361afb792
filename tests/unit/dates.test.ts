import { describe, expect, it } from 'vitest';
import {
  addPeriod,
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  MAX_YEAR,
  MIN_YEAR,
  type ParsedDate,
  parseIsoDate,
  utcMs,
} from '../../src/model/dates.js';
import { PRECISIONS } from '../../src/model/types.js';
import { mulberry32, pick, utc } from './fixtures.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The parsed date, failing the test with the parser's message when there is none. */
function parsed(text: string): ParsedDate {
  const result = parseIsoDate(text);
  if ('error' in result) throw new Error(`expected a date from '${text}': ${result.error}`);
  return result;
}

function errorOf(text: string): string | undefined {
  const result = parseIsoDate(text);
  return 'error' in result ? result.error : undefined;
}

const HINT = 'write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mmZ, for example 2015-09-30';

describe('utcMs', () => {
  it('utcMs(year, month, day) is a UTC instant, whatever the process time zone', () => {
    expect(utcMs(2024, 12, 8)).toBe(Date.UTC(2024, 11, 8));
    expect(utcMs(2015, 9, 30, 8, 30, 5, 250)).toBe(Date.UTC(2015, 8, 30, 8, 30, 5, 250));
  });

  it('utcMs(44) is the year 44, not 1944', () => {
    expect(utcMs(44)).toBe(Date.parse('0044-01-01T00:00:00Z'));
    expect(new Date(utcMs(99, 12, 31)).getUTCFullYear()).toBe(99);
  });
});

describe('parseIsoDate', () => {
  it('parseIsoDate("2015") is the whole year 2015', () => {
    expect(parseIsoDate('2015')).toEqual({
      ms: Date.UTC(2015, 0, 1),
      endMs: Date.UTC(2016, 0, 1),
      precision: 'year',
      iso: '2015',
    });
  });

  it('parseIsoDate("2015-09") is the whole of September 2015', () => {
    expect(parseIsoDate('2015-09')).toEqual({
      ms: Date.UTC(2015, 8, 1),
      endMs: Date.UTC(2015, 9, 1),
      precision: 'month',
      iso: '2015-09',
    });
  });

  it('parseIsoDate("2015-09-30") is the whole day in UTC', () => {
    expect(parseIsoDate('2015-09-30')).toEqual({
      ms: Date.UTC(2015, 8, 30),
      endMs: Date.UTC(2015, 9, 1),
      precision: 'day',
      iso: '2015-09-30',
    });
  });

  it('parseIsoDate("2015-09-30T08Z") is an hour', () => {
    expect(parseIsoDate('2015-09-30T08Z')).toEqual({
      ms: Date.UTC(2015, 8, 30, 8),
      endMs: Date.UTC(2015, 8, 30, 9),
      precision: 'hour',
      iso: '2015-09-30T08Z',
    });
  });

  it('parseIsoDate("2015-09-30T08:00Z") is a minute', () => {
    expect(parseIsoDate('2015-09-30T08:00Z')).toEqual({
      ms: Date.UTC(2015, 8, 30, 8, 0),
      endMs: Date.UTC(2015, 8, 30, 8, 1),
      precision: 'minute',
      iso: '2015-09-30T08:00Z',
    });
  });

  it('parseIsoDate("2015-09-30T08:00:05Z") is a second', () => {
    expect(parseIsoDate('2015-09-30T08:00:05Z')).toEqual({
      ms: Date.UTC(2015, 8, 30, 8, 0, 5),
      endMs: Date.UTC(2015, 8, 30, 8, 0, 6),
      precision: 'second',
      iso: '2015-09-30T08:00:05Z',
    });
  });

  it('parseIsoDate(text) keeps milliseconds of a fraction of a second', () => {
    const date = parsed('2015-09-30T08:00:05.5Z');
    expect(date.ms).toBe(Date.UTC(2015, 8, 30, 8, 0, 5, 500));
    expect(date.precision).toBe('second');
    expect(date.iso).toBe('2015-09-30T08:00:05.500Z');
    expect(parsed('2015-09-30T08:00:05.123456789Z').ms).toBe(Date.UTC(2015, 8, 30, 8, 0, 5, 123));
  });

  it('parseIsoDate(text) writes the canonical form of loosely written dates', () => {
    expect(parsed('  2015  ').iso).toBe('2015');
    expect(parsed('+002015').iso).toBe('2015');
    expect(parsed('2015-09-30t08:00z').iso).toBe('2015-09-30T08:00Z');
    expect(parsed('2015-09-30 08:00Z').iso).toBe('2015-09-30T08:00Z');
  });

  it('parseIsoDate(text) converts a time-zone offset to UTC', () => {
    expect(parsed('2015-09-30T08:00+03:00').iso).toBe('2015-09-30T05:00Z');
    expect(parsed('2015-09-30T08:00+03:00').ms).toBe(Date.UTC(2015, 8, 30, 5));
    expect(parsed('2015-09-30T08:00-0530').iso).toBe('2015-09-30T13:30Z');
    expect(parsed('2015-09-30T08:00+03').iso).toBe('2015-09-30T05:00Z');
    expect(parsed('2015-09-30T08:00Z').iso).toBe('2015-09-30T08:00Z');
  });

  it('parseIsoDate(text) moves the date when the offset crosses midnight', () => {
    expect(parsed('2015-09-30T23:30-02:00').iso).toBe('2015-10-01T01:30Z');
    expect(parsed('2015-01-01T01:00+05:00').iso).toBe('2014-12-31T20:00Z');
  });

  it('parseIsoDate(text) reads a time without a zone as UTC, with a warning', () => {
    expect(parseIsoDate('2015-09-30T08:00')).toEqual({
      ms: Date.UTC(2015, 8, 30, 8),
      endMs: Date.UTC(2015, 8, 30, 8, 1),
      precision: 'minute',
      iso: '2015-09-30T08:00Z',
      warning:
        "'2015-09-30T08:00' has a time but no time zone; it is read as UTC (add Z or an offset such as +03:00)",
    });
  });

  it('parseIsoDate(text) gives no warning for dates without a time', () => {
    expect(parsed('2015-09-30').warning).toBeUndefined();
    expect(parsed('2015-09-30T08:00Z').warning).toBeUndefined();
  });

  it('parseIsoDate("0000") is 1 BCE, the year before 1 CE', () => {
    const year0 = parsed('0000');
    expect(year0.iso).toBe('0000');
    expect(year0.ms).toBe(Date.parse('0000-01-01T00:00:00Z'));
    expect(year0.endMs).toBe(parsed('0001').ms);
  });

  it('parseIsoDate("-0043-03-15") is the Ides of March of 44 BCE', () => {
    const ides = parsed('-0043-03-15');
    expect(ides).toEqual({
      ms: Date.parse('-000043-03-15T00:00:00Z'),
      endMs: Date.parse('-000043-03-16T00:00:00Z'),
      precision: 'day',
      iso: '-0043-03-15',
    });
    expect(new Date(ides.ms).getUTCFullYear()).toBe(-43);
  });

  it('parseIsoDate(text) keeps years 0–99 as they are, not in the 1900s', () => {
    expect(new Date(parsed('0044').ms).getUTCFullYear()).toBe(44);
    expect(parsed('0099-12-31').ms).toBe(Date.parse('0099-12-31T00:00:00Z'));
    expect(parsed('0001-01-01').iso).toBe('0001-01-01');
  });

  it('parseIsoDate(text) reads expanded years with a sign', () => {
    const far = parsed('+012000');
    expect(far.iso).toBe('+012000');
    expect(far.ms).toBe(Date.parse('+012000-01-01T00:00:00Z'));
    expect(far.endMs).toBe(Date.parse('+012001-01-01T00:00:00Z'));
    expect(parsed('+12000').iso).toBe('+012000');
    expect(parsed('-012000').ms).toBe(Date.parse('-012000-01-01T00:00:00Z'));
  });

  it('parseIsoDate("2066") is the year 2066, forty years ahead', () => {
    expect(parsed('2066')).toEqual({
      ms: Date.UTC(2066, 0, 1),
      endMs: Date.UTC(2067, 0, 1),
      precision: 'year',
      iso: '2066',
    });
  });

  it('parseIsoDate(text) refuses years a JavaScript date cannot hold', () => {
    expect(MIN_YEAR).toBe(-271820);
    expect(MAX_YEAR).toBe(275759);
    expect(errorOf('+275760')).toBe(
      "'+275760' is past the range of dates this timeline can draw: 271,821 BC to AD 275,759",
    );
    expect(errorOf('-271821')).toBe(
      "'-271821' is past the range of dates this timeline can draw: 271,821 BC to AD 275,759",
    );
    expect(parsed('+275759').iso).toBe('+275759');
    expect(parsed('-271820').iso).toBe('-271820');
  });

  it('parseIsoDate(text) names the value when a date is past the range, however far', () => {
    expect(errorOf('+300000')).toBe(
      "'+300000' is past the range of dates this timeline can draw: 271,821 BC to AD 275,759",
    );
    expect(errorOf('-999999-01-01')).toMatch(/^'-999999-01-01' is past the range/);
    // 1 January 275760 in UTC, once the zone is applied.
    expect(errorOf('+275759-12-31T21:00-03:00')).toMatch(/past the range/);
  });

  it('parseIsoDate(text) accepts 29 February in leap years only', () => {
    expect(parsed('2024-02-29').ms).toBe(Date.UTC(2024, 1, 29));
    expect(parsed('2000-02-29').ms).toBe(Date.UTC(2000, 1, 29));
    expect(errorOf('2023-02-29')).toBe("'2023-02-29' is not a date: February 2023 has 28 days");
    expect(errorOf('1900-02-29')).toBe("'1900-02-29' is not a date: February 1900 has 28 days");
    expect(errorOf('2024-02-30')).toBe("'2024-02-30' is not a date: February 2024 has 29 days");
  });

  it('parseIsoDate(text) names the part of a date that does not exist', () => {
    expect(errorOf('2024-13-45')).toBe("'2024-13-45' is not a date: month 13 does not exist");
    expect(errorOf('2015-00-01')).toBe("'2015-00-01' is not a date: month 0 does not exist");
    expect(errorOf('2015-04-31')).toBe("'2015-04-31' is not a date: April 2015 has 30 days");
    expect(errorOf('2015-01-32')).toBe("'2015-01-32' is not a date: day 32 does not exist");
    expect(errorOf('2015-01-00')).toBe("'2015-01-00' is not a date: day 0 does not exist");
    expect(errorOf('2015-01-01T24:00Z')).toBe(
      "'2015-01-01T24:00Z' is not a date: hour 24 does not exist",
    );
    expect(errorOf('2015-01-01T23:60Z')).toBe(
      "'2015-01-01T23:60Z' is not a date: minute 60 does not exist",
    );
    expect(errorOf('2015-01-01T23:59:60Z')).toBe(
      "'2015-01-01T23:59:60Z' is not a date: second 60 does not exist",
    );
  });

  it('parseIsoDate(text) explains malformed strings with the form to write', () => {
    expect(errorOf('2015-9-30')).toBe(`'2015-9-30' is not an ISO 8601 date: ${HINT}`);
    expect(errorOf('30/09/2015')).toBe(`'30/09/2015' is not an ISO 8601 date: ${HINT}`);
    expect(errorOf('September 2015')).toBe(`'September 2015' is not an ISO 8601 date: ${HINT}`);
    expect(errorOf('')).toBe(`the date is empty: ${HINT}`);
    expect(errorOf('   ')).toBe(`the date is empty: ${HINT}`);
  });

  it('parseIsoDate(text) asks for a sign on years past 9999', () => {
    expect(errorOf('10000')).toBe(
      "'10000' is not an ISO 8601 date: years past 9999 need a sign, as in +10000",
    );
  });

  it('parseIsoDate(text) asks for four-digit years', () => {
    expect(errorOf('99')).toBe(
      "'99' is not an ISO 8601 date: years have at least four digits, as in 0044 or -0043",
    );
    expect(errorOf('-44')).toBe(
      "'-44' is not an ISO 8601 date: years have at least four digits, as in 0044 or -0043",
    );
  });

  it('parseIsoDate(text).iso reads back to the same instant, even for an hour at a half-hour offset', () => {
    // A canonical string must name the instant it was read from, or re-parsing moves the event.
    for (const text of ['2015-09-30T08+05:30', '2015-09-30T08-09:30', '2015-09-30T08:00+05:45']) {
      const date = parsed(text);
      expect(parsed(date.iso).ms, `${text} → ${date.iso}`).toBe(date.ms);
    }
  });

  it('parseIsoDate(text) reads plain dates of the years 100–9999 as the UTC calendar steps them (3,000 random ones)', () => {
    // Such dates skip the regular expression: they must come out as the general way reads them.
    const random = mulberry32(12);
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (let i = 0; i < 3000; i++) {
      const year = 100 + Math.floor(random() * 9900);
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * daysInMonth(year, month));
      const precision = pick(random, ['year', 'month', 'day'] as const);
      const text = [pad(year, 4), pad(month, 2), pad(day, 2)]
        .slice(0, ['year', 'month', 'day'].indexOf(precision) + 1)
        .join('-');
      const ms = utcMs(year, precision === 'year' ? 1 : month, precision === 'day' ? day : 1);
      expect(parseIsoDate(text), text).toEqual({
        ms,
        endMs: addPeriod(ms, precision),
        precision,
        iso: text,
      });
    }
  });
});

describe('leap years', () => {
  it('isLeapYear(year) follows the Gregorian rule, year 0 included', () => {
    expect([2024, 2000, 1600, 0, -4, -400].map(isLeapYear)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([2023, 1900, 2100, -1, -100].map(isLeapYear)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('daysInMonth(year, month) counts the days of each month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('formatIsoDate', () => {
  it('formatIsoDate(ms, precision) writes the date at its precision', () => {
    const ms = Date.UTC(2015, 8, 30, 8, 7, 6, 5);
    expect(PRECISIONS.map((p) => formatIsoDate(ms, p))).toEqual([
      '2015',
      '2015-09',
      '2015-09-30',
      '2015-09-30T08Z',
      '2015-09-30T08:07Z',
      '2015-09-30T08:07:06.005Z',
    ]);
  });

  it('formatIsoDate(ms, precision) writes years astronomically and expanded', () => {
    expect(formatIsoDate(Date.parse('-000043-03-15T00:00:00Z'), 'day')).toBe('-0043-03-15');
    expect(formatIsoDate(Date.parse('0000-06-01T00:00:00Z'), 'year')).toBe('0000');
    expect(formatIsoDate(Date.parse('0007-06-01T00:00:00Z'), 'month')).toBe('0007-06');
    expect(formatIsoDate(Date.parse('+012000-01-01T00:00:00Z'), 'year')).toBe('+012000');
    expect(formatIsoDate(Date.UTC(9999, 11, 31), 'day')).toBe('9999-12-31');
  });

  it('formatIsoDate(ms, precision) uses UTC, not the process time zone', () => {
    // Late evening of 7 December in Los Angeles is already 8 December in UTC.
    expect(formatIsoDate(Date.UTC(2024, 11, 8, 2), 'day')).toBe('2024-12-08');
    expect(formatIsoDate(utc(2024, 12, 8), 'day')).toBe('2024-12-08');
  });

  it('formatIsoDate(parseIsoDate(text).ms, precision) gives back canonical strings', () => {
    for (const text of [
      '2015',
      '2015-09',
      '2015-09-30',
      '2015-09-30T08Z',
      '2015-09-30T08:00Z',
      '2015-09-30T08:00:05Z',
      '2015-09-30T08:00:05.250Z',
      '-0043-03-15',
      '0000',
      '0044-07',
      '+012000',
      '2066',
    ]) {
      const date = parsed(text);
      expect(formatIsoDate(date.ms, date.precision)).toBe(text);
      expect(date.iso).toBe(text);
    }
  });

  it('formatIsoDate and parseIsoDate round-trip random instants at every precision', () => {
    const random = mulberry32(20241208);
    for (let i = 0; i < 2000; i++) {
      const ms = Math.floor(-8.6e15 + random() * 1.72e16);
      const precision = pick(random, PRECISIONS);
      const iso = formatIsoDate(ms, precision);
      const date = parsed(iso);
      expect(date.iso).toBe(iso);
      expect(date.precision).toBe(precision);
      expect(date.ms).toBeLessThanOrEqual(ms);
      expect(date.endMs).toBeGreaterThan(ms);
    }
  });
});

describe('addPeriod', () => {
  it('addPeriod(ms, precision) steps to the start of the next period', () => {
    const start = utc(2024, 1, 31);
    expect(addPeriod(utc(2024), 'year')).toBe(utc(2025));
    expect(addPeriod(utc(2024, 2), 'month')).toBe(utc(2024, 3));
    expect(addPeriod(utc(2024, 12), 'month')).toBe(utc(2025, 1));
    expect(addPeriod(start, 'day')).toBe(utc(2024, 2, 1));
    expect(addPeriod(start, 'hour')).toBe(start + HOUR);
    expect(addPeriod(start, 'minute')).toBe(start + 60_000);
    expect(addPeriod(start, 'second')).toBe(start + 1000);
  });

  it('addPeriod(ms, "day") is 24 hours across a daylight-saving change of the process zone', () => {
    // Los Angeles moves its clocks on 10 March and 3 November 2024; UTC days do not change.
    expect(addPeriod(utc(2024, 3, 10), 'day')).toBe(utc(2024, 3, 10) + DAY);
    expect(addPeriod(utc(2024, 11, 3), 'day')).toBe(utc(2024, 11, 3) + DAY);
  });

  it('addPeriod(ms, precision, count) steps several periods, backwards too', () => {
    expect(addPeriod(utc(2017, 1), 'year', 49)).toBe(utc(2066, 1));
    expect(addPeriod(utc(2024, 12, 8), 'day', -7)).toBe(utc(2024, 12, 1));
    expect(addPeriod(parsed('-0001').ms, 'year')).toBe(parsed('0000').ms);
  });
});
