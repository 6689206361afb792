import { describe, expect, it } from 'vitest';
import {
  dateFormatter,
  dateLocale,
  formatDate,
  isBeforeCommonEra,
} from '../../src/format/dates.js';
import { parseIsoDate } from '../../src/model/dates.js';
import { utc } from './fixtures.js';

/** The date of an ISO string as a reader sees it. */
function shown(iso: string, locale = 'en-GB'): string {
  const date = parseIsoDate(iso);
  if ('error' in date) throw new Error(date.error);
  return formatDate(date.ms, date.precision, locale);
}

describe('time zone', () => {
  it('the unit tests run west of UTC, where a UTC midnight is still the day before', () => {
    // The test script pins TZ=America/Los_Angeles; in UTC a time-zone bug could not show.
    expect(new Date(utc(2024, 12, 8)).getDate()).toBe(7);
  });
});

describe('dateLocale', () => {
  it('dateLocale("en") is en-GB, for day-month-year dates', () => {
    expect(dateLocale('en')).toBe('en-GB');
    expect(dateLocale('EN')).toBe('en-GB');
    expect(dateLocale(' en ')).toBe('en-GB');
  });

  it('dateLocale("") falls back to en-GB', () => {
    expect(dateLocale('')).toBe('en-GB');
  });

  it('dateLocale(tag) keeps regional and other tags as they are', () => {
    expect(dateLocale('en-US')).toBe('en-US');
    expect(dateLocale('ru')).toBe('ru');
    expect(dateLocale('fa')).toBe('fa');
  });

  it('dateLocale("ar…") writes Latin digits unless the page asks for others with -u-nu-', () => {
    expect(dateLocale('ar')).toBe('ar-u-nu-latn');
    expect(dateLocale('ar-EG')).toBe('ar-EG-u-nu-latn');
    expect(dateLocale('ar-u-nu-arab')).toBe('ar-u-nu-arab');
    expect(dateLocale('ar-SA-u-ca-gregory')).toBe('ar-SA-u-ca-gregory-nu-latn');
    expect(formatDate(utc(2024, 12, 8), 'day', dateLocale('ar'))).toBe('8 ديسمبر 2024');
    expect(formatDate(utc(2024, 12, 8), 'day', dateLocale('ar-u-nu-arab'))).toBe('٨ ديسمبر ٢٠٢٤');
  });

  it('dateLocale(tag) keeps a tag Intl cannot read, for the formatter to fall back from', () => {
    expect(dateLocale('not a tag')).toBe('not a tag');
  });
});

describe('formatDate', () => {
  it('formatDate(ms, "day", "en-GB") reads 8 December 2024 in every time zone', () => {
    expect(formatDate(utc(2024, 12, 8), 'day', 'en-GB')).toBe('8 December 2024');
  });

  it('formatDate(ms, "month", locale) names the month and year only', () => {
    expect(formatDate(utc(2024, 12), 'month', 'en-GB')).toBe('December 2024');
  });

  it('formatDate(ms, "year", locale) is the year alone, never 1 January', () => {
    expect(formatDate(utc(2015), 'year', 'en-GB')).toBe('2015');
    expect(shown('2066')).toBe('2066');
  });

  it('formatDate(ms, precision, locale) writes times in UTC and says so', () => {
    expect(shown('2015-09-30T08Z')).toBe('30 September 2015 at 08:00 UTC');
    expect(shown('2015-09-30T08:30Z')).toBe('30 September 2015 at 08:30 UTC');
    expect(shown('2015-09-30T08:30:05Z')).toBe('30 September 2015 at 08:30:05 UTC');
    expect(shown('2015-09-30T23:30-02:00')).toBe('1 October 2015 at 01:30 UTC');
  });

  it('formatDate(ms, precision, locale) writes years before 1 CE with their era', () => {
    expect(shown('-0043')).toBe('44 BC');
    expect(shown('-0043-03-15')).toBe('15 March 44 BC');
    expect(shown('0000')).toBe('1 BC');
    expect(shown('0001')).toBe('1');
  });

  it('formatDate(ms, precision, locale) keeps years 0–99 in their century', () => {
    expect(shown('0044')).toBe('44');
    expect(shown('0099-12-31')).toBe('31 December 99');
  });

  it('formatDate(ms, "day", "ru") writes Russian dates', () => {
    expect(formatDate(utc(2024, 12, 8), 'day', 'ru')).toBe('8 декабря 2024 г.');
  });

  it('formatDate(ms, "day", "ar") writes the Arabic month name', () => {
    const text = formatDate(utc(2024, 12, 8), 'day', 'ar');
    expect(text).toContain('ديسمبر');
    expect(text).not.toContain('December');
  });

  it('formatDate(ms, "day", "en-US") follows the region', () => {
    expect(formatDate(utc(2024, 12, 8), 'day', 'en-US')).toBe('December 8, 2024');
  });

  it('formatDate(ms, precision, locale) falls back to en-GB for a malformed locale', () => {
    expect(formatDate(utc(2024, 12, 8), 'day', 'en_US')).toBe('8 December 2024');
  });
});

describe('dateFormatter', () => {
  it('dateFormatter(locale, options) formats in UTC and is cached', () => {
    const a = dateFormatter('en-GB', { day: 'numeric' });
    expect(a.resolvedOptions().timeZone).toBe('UTC');
    expect(dateFormatter('en-GB', { day: 'numeric' })).toBe(a);
    expect(dateFormatter('en-GB', { month: 'long' })).not.toBe(a);
  });
});

describe('isBeforeCommonEra', () => {
  it('isBeforeCommonEra(ms) is true for astronomical year 0 and before', () => {
    expect(isBeforeCommonEra(Date.parse('0000-12-31T23:59:59Z'))).toBe(true);
    expect(isBeforeCommonEra(Date.parse('-000043-03-15T00:00:00Z'))).toBe(true);
    expect(isBeforeCommonEra(Date.parse('0001-01-01T00:00:00Z'))).toBe(false);
    expect(isBeforeCommonEra(utc(2024, 12, 8))).toBe(false);
  });
});
