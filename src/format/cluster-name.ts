import type { Messages } from '../i18n/en.js';
import { type ParsedDate, PERIODS, parseIsoDate } from '../model/dates.js';
import { type Category, PRECISIONS, type TimelineEvent } from '../model/types.js';
import {
  dateFormatter,
  dateOptions,
  formatDate,
  formatMonthInPhrase,
  isBeforeCommonEra,
} from './dates.js';

/**
 * What assistive technology reads for a cluster: "6 events on 11 March 2020", "6 events, 3 to
 * 9 March 2020: Military". Its dates run from the earliest start to the latest end of its
 * members; the categories are those its members have, in the order the data declares them.
 */
export function clusterName(
  events: TimelineEvent[],
  locale: string,
  words: Messages,
  categories: Category[] = [],
): string {
  let from: ParsedDate | undefined;
  let to: ParsedDate | undefined;
  let ongoing = false;
  for (const event of events) {
    const start = parseIsoDate(event.start);
    const end = event.end ? parseIsoDate(event.end) : start;
    if ('error' in start || 'error' in end) continue;
    if (!from || start.ms < from.ms) from = start;
    if (!to || end.endMs > to.endMs) to = end;
    ongoing ||= event.ongoing;
  }
  const kinds = categories
    .filter((c) => events.some((e) => e.category === c.id))
    .map((c) => c.label)
    .join(words.comma);
  if (!from || !to) return words.cluster(events.length, '', 'span', kinds);
  if (ongoing) {
    const since =
      from.precision === 'month'
        ? formatMonthInPhrase(from.ms, locale)
        : formatDate(from.ms, from.precision, locale);
    return words.cluster(events.length, words.between(since, words.present), 'span', kinds);
  }
  const [dates, at] = spokenSpan(from, to, locale, words);
  return words.cluster(events.length, dates, at, kinds);
}

/**
 * Two dates as a reader says them, at the coarser of their precisions (never claiming more than
 * both know): one date when they are the same there, else a compact range that writes a shared
 * month or year once, as Intl's formatRange does, with the language's words between its ends.
 */
function spokenSpan(
  from: ParsedDate,
  to: ParsedDate,
  locale: string,
  words: Messages,
): [string, 'on' | 'in' | 'span'] {
  const fineness = Math.min(PRECISIONS.indexOf(from.precision), PRECISIONS.indexOf(to.precision));
  const precision = PRECISIONS[fineness] ?? 'year';
  // On the grid of that precision, the same date is the same instant, and a range never runs back.
  const a = +PERIODS[precision].floor(new Date(from.ms));
  const b = +PERIODS[precision].floor(new Date(to.ms));
  if (a === b) return [formatDate(a, precision, locale), fineness >= 2 ? 'on' : 'in'];
  const formatter = dateFormatter(
    locale,
    dateOptions(precision, isBeforeCommonEra(a) || isBeforeCommonEra(b)),
  );
  // format() turns ICU's narrow no-break spaces into spaces (see formatMonthInPhrase); so here.
  const range = formatter.formatRange(a, b).replace(/\u202f/g, ' ');
  const ends = /^(.*?)\s*[–—-]\s*(.*)$/su.exec(range);
  if (!ends) return [range, 'span'];
  // A month that starts a phrase takes the form it has in a full date ("с марта по декабрь").
  const start =
    precision === 'month' && ends[1] === formatDate(a, precision, locale)
      ? formatMonthInPhrase(a, locale)
      : (ends[1] as string);
  return [words.between(start, ends[2] as string), 'span'];
}
