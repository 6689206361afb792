import { utcMonth } from 'd3-time';
import { parseIsoDate } from '../model/dates.js';
import type { Precision } from '../model/types.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from '../model/units.js';

/** Languages whose default digits differ between engines' ICU data: Latin unless the page says. */
const LATIN_BY_DEFAULT = new Set(['ar']);

/**
 * The locale used for dates and numbers.
 * - A bare "en" reads "8 December 2024" (day, month, year) as the contract's examples do; any
 *   regional tag such as en-US is used as it is.
 * - Digits are a deliberate choice: the page's own `-u-nu-` extension wins ("ar-u-nu-arab" writes
 *   ٢٠٢٤). Without one, Arabic is written in Latin digits, as Chromium and Firefox do and as the
 *   data's own text is, where WebKit's ICU would write Arabic-Indic ones.
 */
export function dateLocale(lang: string): string {
  const tag = lang.trim() || 'en';
  if (tag.toLowerCase() === 'en') return 'en-GB';
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return tag;
  }
  if (locale.numberingSystem || !LATIN_BY_DEFAULT.has(locale.language)) return tag;
  return new Intl.Locale(tag, { numberingSystem: 'latn' }).toString();
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const optionKeys = new WeakMap<Intl.DateTimeFormatOptions, string>();

/** A cached Intl formatter in UTC: calendar dates read the same in every time zone. */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions) {
  // Options are mostly the same few objects: name each once rather than on every call.
  let name = optionKeys.get(options);
  if (name === undefined) {
    name = JSON.stringify(options);
    optionKeys.set(options, name);
  }
  const key = `${locale}|${name}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    } catch {
      formatter = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options });
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

const PRECISION_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  hour: {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  },
  minute: {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  },
  second: {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  },
};

/** True for years before 1 CE (astronomical year 0 and below), which need their era written. */
export function isBeforeCommonEra(ms: number): boolean {
  return new Date(ms).getUTCFullYear() <= 0;
}

const WITH_ERA = Object.fromEntries(
  Object.entries(PRECISION_OPTIONS).map(([p, o]) => [p, { ...o, era: 'short' }]),
) as Record<Precision, Intl.DateTimeFormatOptions>;

/** The fields that write a date at a precision, with its era when `era` is true. */
export function dateOptions(precision: Precision, era: boolean): Intl.DateTimeFormatOptions {
  return (era ? WITH_ERA : PRECISION_OPTIONS)[precision];
}

/**
 * A month as it stands inside a phrase ("с марта 2011 г."): the form the month takes in a full
 * date, which some languages inflect, with the day taken out. Same as formatDate in English.
 */
export function formatMonthInPhrase(ms: number, locale: string): string {
  const parts = dateFormatter(locale, dateOptions('day', isBeforeCommonEra(ms))).formatToParts(ms);
  const day = parts.findIndex((p) => p.type === 'day');
  if (day < 0) return formatDate(ms, 'month', locale);
  const literal =
    parts[day + 1]?.type === 'literal'
      ? day + 1
      : parts[day - 1]?.type === 'literal'
        ? day - 1
        : day;
  return (
    parts
      .filter((_, i) => i !== day && i !== literal)
      .map((p) => p.value)
      .join('')
      // format() turns ICU's narrow no-break spaces into spaces (as V8 does for the web's sake);
      // formatToParts does not, so do the same here.
      .replace(/\u202f/g, ' ')
      .trim()
  );
}

/** A date written at its precision: "2015", "September 2015", "30 September 2015", "44 BC". */
export function formatDate(ms: number, precision: Precision, locale: string): string {
  return dateFormatter(locale, dateOptions(precision, isBeforeCommonEra(ms))).format(ms);
}

/**
 * An ISO date of the model as the reader sees it, at its precision ("September 2015"); inside a
 * phrase, a month takes the form it has in a full date. Text that is not a date is shown as it is.
 */
export function formatIsoDateText(iso: string, locale: string, inPhrase = false): string {
  const parsed = parseIsoDate(iso);
  if ('error' in parsed) return iso;
  return inPhrase && parsed.precision === 'month'
    ? formatMonthInPhrase(parsed.ms, locale)
    : formatDate(parsed.ms, parsed.precision, locale);
}

const FIXED_UNITS: [Intl.NumberFormatOptions['unit'], number][] = [
  ['day', DAY_MS],
  ['hour', HOUR_MS],
  ['minute', MINUTE_MS],
  ['second', SECOND_MS],
];

/**
 * The time from `start` to `end` in its largest whole unit, counted on the calendar (a span from
 * one 1 January to another is a whole number of years, leap days or not): "40 years", "8 months".
 */
export function formatDuration(start: number, end: number, locale: string): string {
  // utcMonth.count counts month boundaries crossed; one too many when `end` falls earlier in its
  // month than `start` does in its own.
  let months = utcMonth.count(new Date(start), new Date(end));
  if (+utcMonth.offset(new Date(start), months) > end) months--;
  const [unit, count] =
    months >= 12
      ? (['year', Math.floor(months / 12)] as const)
      : months >= 1
        ? (['month', months] as const)
        : (() => {
            const [u, size] = FIXED_UNITS.find(([, size]) => end - start >= size) ?? [
              'second',
              SECOND_MS,
            ];
            return [u, Math.floor((end - start) / size)] as const;
          })();
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(
      count,
    );
  } catch {
    return `${count} ${unit}`;
  }
}
