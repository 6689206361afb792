import { daysInMonth, formatIsoYear, parseIsoDate } from './dates.js';
import { quoteValue } from './describe-value.js';
import type { IssueLog } from './issue-log.js';

/** The cells of one date in a TimelineJS spreadsheet row, and the column names issues use. */
export interface DateCells {
  year: string;
  month: string;
  day: string;
  time: string;
  /** The columns as the first row names them: `Year`, `End Month`. */
  names: { year: string; month: string; day: string; time: string };
}

/** `13:45`, `13:45:30`, `1:45 PM`: the Time column as spreadsheets write it. */
const TIME = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The ISO date of a row's Year, Month, Day and Time cells, at the precision of the finest one
 * given; `undefined` when all are empty. TimelineJS counts no year 0 (-44 is 44 BCE) and ISO 8601
 * does, so its year y < 0 is y + 1 here. Null, with an error naming `where` and the column, when
 * a cell is not what its column holds.
 */
export function readDateCells(
  cells: DateCells,
  where: string,
  log: IssueLog,
  severity: 'error' | 'warning' = 'error',
): string | null | undefined {
  const { year, month, day, time, names } = cells;
  const fail = (column: string, message: string) => {
    log.add(`${where}, ${column}`, message, severity);
    return null;
  };
  if (!year) {
    if (!month && !day && !time) return undefined;
    return fail(names.year, 'a date needs a year before its month, day or time');
  }
  if (!/^[+-]?\d+$/.test(year)) return fail(names.year, `${quoteValue(year)} is not a year`);
  const y = Number(year);
  let iso = formatIsoYear(y < 0 ? y + 1 : y);
  if (!month) {
    return day || time ? fail(names.month, 'a day or time needs a month') : checked(iso);
  }
  const m = Number(month);
  if (!/^\d{1,2}$/.test(month) || m < 1 || m > 12) {
    return fail(names.month, `${quoteValue(month)} is not a month (1–12)`);
  }
  iso += `-${pad(m)}`;
  if (!day) return time ? fail(names.day, 'a time needs a day') : checked(iso);
  const d = Number(day);
  const last = daysInMonth(y < 0 ? y + 1 : y, m);
  if (!/^\d{1,2}$/.test(day) || d < 1 || d > last) {
    return fail(names.day, `${quoteValue(day)} is not a day of that month (1–${last})`);
  }
  iso += `-${pad(d)}`;
  if (!time) return checked(iso);
  const clock = readTime(time);
  if (!clock) return fail(names.time, `${quoteValue(time)} is not a time such as 13:45 or 1:45 PM`);
  return checked(`${iso}T${clock}Z`);

  function checked(text: string): string | null {
    const parsed = parseIsoDate(text);
    return 'error' in parsed ? fail(names.year, `${quoteValue(year)} ${parsed.reason}`) : text;
  }
}

/** `hh:mm` or `hh:mm:ss` of a Time cell, 24-hour; null when it is not a time. */
function readTime(text: string): string | null {
  const match = TIME.exec(text);
  if (!match) return null;
  const [, h, mi = '00', s, half] = match;
  let hour = Number(h);
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/^p/i.test(half) ? 12 : 0);
  }
  if (hour > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) return null;
  return `${pad(hour)}:${mi}${s === undefined ? '' : `:${s}`}`;
}
