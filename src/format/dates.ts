import type { Precision } from '../model/types.js';

/**
 * The locale used for dates. A bare "en" reads "8 December 2024" (day, month, year) as the
 * contract's examples do; any regional tag such as en-US is used as it is.
 */
export function dateLocale(lang: string): string {
  const tag = lang.trim() || 'en';
  return tag.toLowerCase() === 'en' ? 'en-GB' : tag;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl formatter in UTC: calendar dates read the same in every time zone. */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = locale + JSON.stringify(options);
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

/** A date written at its precision: "2015", "September 2015", "30 September 2015", "44 BC". */
export function formatDate(ms: number, precision: Precision, locale: string): string {
  const options = PRECISION_OPTIONS[precision];
  return dateFormatter(
    locale,
    isBeforeCommonEra(ms) ? { ...options, era: 'short' } : options,
  ).format(ms);
}

const DURATION_UNITS: [Intl.NumberFormatOptions['unit'], number][] = [
  ['year', 365.25 * 864e5],
  ['month', 30.44 * 864e5],
  ['day', 864e5],
  ['hour', 36e5],
  ['minute', 6e4],
];

/** A length of time in its largest whole unit: "40 years", "8 months", "12 days". */
export function formatDuration(ms: number, locale: string): string {
  const [unit, size] = DURATION_UNITS.find(([, size]) => ms >= size) ?? ['second', 1000];
  const count = Math.floor(ms / size);
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(
      count,
    );
  } catch {
    return `${count} ${unit}`;
  }
}
