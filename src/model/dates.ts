import {
  type CountableTimeInterval,
  utcDay,
  utcHour,
  utcMinute,
  utcMonth,
  utcSecond,
  utcYear,
} from 'd3-time';
import { quoteValue } from './describe-value.js';
import type { Precision } from './types.js';
import { HOUR_MS, MINUTE_MS, SECOND_MS } from './units.js';

/** A date read from an ISO 8601 string, at the precision the string was written with. */
export interface ParsedDate {
  /** Where the period the string names begins, in ms since 1970 UTC. */
  ms: number;
  /** Where that period ends (exclusive). */
  endMs: number;
  precision: Precision;
  /** The same date written canonically at its precision: "2015-09", "-0043-03-15", "+012000". */
  iso: string;
  /** Set when the date was read but something about it deserves a word. */
  warning?: string;
}

/**
 * Why a text is not a date: `error` names the text ("'2024-13' is not a date: month 13 does not
 * exist"); `reason` is the rest, for a caller whose input was not that text (a number, an object).
 */
export interface DateError {
  error: string;
  reason: string;
}

export type DateResult = ParsedDate | DateError;

const ISO =
  /^([+-]\d{4,6}|\d{4})(?:-(\d\d)(?:-(\d\d)(?:[T ](\d\d)(?::(\d\d)(?::(\d\d)(\.\d{1,9})?)?)?(Z|[+-]\d\d(?::?\d\d)?)?)?)?)?$/i;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** JavaScript dates reach ±8.64e15 ms from 1970: 20 April 271,821 BC to 13 September AD 275,760. */
export const MIN_TIME = -8.64e15;
export const MAX_TIME = 8.64e15;
/** The whole years inside that range, numbered astronomically: −271820 is 271,821 BC. */
export const MIN_YEAR = -271820;
export const MAX_YEAR = 275759;
const MIN_MS = utcMs(MIN_YEAR);
const MAX_MS = utcMs(MAX_YEAR + 1) - 1;
const RANGE = `${(1 - MIN_YEAR).toLocaleString('en-US')} BC to AD ${MAX_YEAR.toLocaleString('en-US')}`;

const FORMAT_HINT = 'write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mmZ, for example 2015-09-30';

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Milliseconds since 1970 UTC of a proleptic Gregorian date; years 0–99 stay years 0–99. */
export function utcMs(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0) {
  // Date.UTC reads years 0–99 as 1900–1999; only those need the slower way.
  if (year >= 100 && year <= 275_000)
    return Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

const cache = new Map<string, DateResult>();

/**
 * Reads an ISO 8601 date or date-time string, keeping the precision it was written with. Results
 * are immutable and cached: large datasets repeat their dates.
 */
export function parseIsoDate(text: string): DateResult {
  let result = cache.get(text);
  if (result === undefined) {
    if (cache.size >= 50_000) cache.clear();
    result = Object.freeze(readIsoDate(text));
    cache.set(text, result);
  }
  return result;
}

function readIsoDate(text: string): DateResult {
  const value = text.trim();
  const plain = readPlainDate(value);
  if (plain) return plain;
  const m = ISO.exec(value);
  if (!m) return describeMalformed(value);
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  if (year < MIN_YEAR || year > MAX_YEAR) return pastTheRange(value);
  const month = mo === undefined ? 1 : Number(mo);
  if (month < 1 || month > 12) return notADate(value, `month ${month} does not exist`);
  const day = d === undefined ? 1 : Number(d);
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return notADate(
      value,
      day < 1 || day > 31
        ? `day ${day} does not exist`
        : `${MONTHS[month - 1]} ${year} has ${days} days`,
    );
  }
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23) return notADate(value, `hour ${hour} does not exist`);
  if (minute > 59) return notADate(value, `minute ${minute} does not exist`);
  if (second > 59) return notADate(value, `second ${second} does not exist`);
  const millis = frac === undefined ? 0 : Math.floor(Number(`0${frac}`) * SECOND_MS);
  const precision = precisionOf(m);
  const warning =
    h !== undefined && zone === undefined
      ? `${quoteValue(value)} has a time but no time zone; it is read as UTC (add Z or an offset such as +03:00)`
      : undefined;
  const offset = zoneOffset(zone);
  const ms = utcMs(year, month, day, hour, minute, second, millis) - offset;
  // An hour in a zone such as +05:30 is not a whole hour in UTC: keep the minutes.
  const kept: Precision = precision === 'hour' && offset % HOUR_MS !== 0 ? 'minute' : precision;
  // A zone offset can carry the first or last year past the range.
  if (!(ms >= MIN_MS && ms <= MAX_MS)) return pastTheRange(value);
  // The period is that of the canonical form, so reading it again gives the same event.
  const endMs = addPeriod(ms, kept);
  // A plain four-digit date is already canonical; anything else is written out again.
  const iso = !h && y?.length === 4 ? value : formatIsoDate(ms, kept);
  return { ms, endMs, precision: kept, iso, ...(warning && { warning }) };
}

const PLAIN = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/;

/**
 * "YYYY", "YYYY-MM" or "YYYY-MM-DD" of a real day in the years 100 to 9999: most dates in most
 * data, read the short way (the same result the general way gives). Null for anything else, and
 * for a day that does not exist, which the general way words.
 */
function readPlainDate(value: string): ParsedDate | null {
  const m = PLAIN.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y);
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return {
    ms: Date.UTC(year, month - 1, day),
    // The next period's start, as PERIODS[precision].offset(date, 1) steps to it.
    endMs: Date.UTC(year + +!mo, month - 1 + +(!!mo && !d), day + +!!d),
    precision: d ? 'day' : mo ? 'month' : 'year',
    iso: value,
  };
}

/** The precision a date was written with: that of its last part, "2015-09" a month. */
function precisionOf([, , mo, d, h, mi, s]: RegExpExecArray): Precision {
  return s !== undefined
    ? 'second'
    : mi !== undefined
      ? 'minute'
      : h !== undefined
        ? 'hour'
        : d !== undefined
          ? 'day'
          : mo !== undefined
            ? 'month'
            : 'year';
}

/** The offset of a time zone ("+05:30", "-0800", "Z"; none is UTC) from UTC, in ms. */
function zoneOffset(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * MINUTE_MS;
}

function failure(value: string, reason: string): DateError {
  return { error: value ? `${quoteValue(value)} ${reason}` : reason, reason };
}

/** Dates a JavaScript Date cannot hold cannot be drawn, or even stepped to on the axis. */
function pastTheRange(value: string) {
  return failure(value, `is past the range of dates this timeline can draw: ${RANGE}`);
}

function notADate(value: string, reason: string) {
  return failure(value, `is not a date: ${reason}`);
}

function describeMalformed(value: string): DateError {
  if (value === '') return failure(value, `the date is empty: ${FORMAT_HINT}`);
  return failure(
    value,
    `is not an ISO 8601 date: ${
      /^\d{5,}(-|$)/.test(value)
        ? `years past 9999 need a sign, as in +${value.split('-')[0]}`
        : /^-?\d{1,3}(-|$)/.test(value)
          ? 'years have at least four digits, as in 0044 or -0043'
          : FORMAT_HINT
    }`,
  );
}

/** The UTC calendar interval of each precision: one year, one month, one day… */
export const PERIODS: Record<Precision, CountableTimeInterval> = {
  year: utcYear,
  month: utcMonth,
  day: utcDay,
  hour: utcHour,
  minute: utcMinute,
  second: utcSecond,
};

/** The instant `count` periods of a precision later on the UTC calendar: the next period's start. */
export function addPeriod(ms: number, precision: Precision, count = 1): number {
  return +PERIODS[precision].offset(new Date(ms), count);
}

/** An astronomical year as ISO 8601 writes it: "2015", "0044", "-0043", "+012000". */
export function formatIsoYear(year: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return year < 0 ? `-${pad(-year, 4)}` : year > 9999 ? `+${pad(year, 6)}` : pad(year, 4);
}

/** Writes the canonical ISO string of a UTC instant at a precision: astronomical, expanded years. */
export function formatIsoDate(ms: number, precision: Precision): string {
  const date = new Date(ms);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  let text = formatIsoYear(date.getUTCFullYear());
  if (precision === 'year') return text;
  text += `-${pad(date.getUTCMonth() + 1)}`;
  if (precision === 'month') return text;
  text += `-${pad(date.getUTCDate())}`;
  if (precision === 'day') return text;
  text += `T${pad(date.getUTCHours())}`;
  if (precision !== 'hour') text += `:${pad(date.getUTCMinutes())}`;
  if (precision === 'second') {
    text += `:${pad(date.getUTCSeconds())}`;
    const millis = date.getUTCMilliseconds();
    if (millis) text += `.${pad(millis, 3)}`;
  }
  return `${text}Z`;
}
