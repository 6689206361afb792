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
 * both know): one date when they are the same there, else a compact range whose shared month and
 * year are said once, as Intl's formatRange writes it, with the words of the language between.
 */
function spokenSpan(
  from: ParsedDate,
  to: ParsedDate,
  locale: string,
  words: Messages,
): [string, 'on' | 'in' | 'span'] {
  const precision =
    PRECISIONS[Math.min(PRECISIONS.indexOf(from.precision), PRECISIONS.indexOf(to.precision))] ??
    'year';
  // Both ends fall on the grid of that precision, so the range never runs backwards.
  const a = +PERIODS[precision].floor(new Date(from.ms));
  const b = +PERIODS[precision].floor(new Date(to.ms));
  const era = isBeforeCommonEra(a) || isBeforeCommonEra(b);
  // Before, start, between, end, after: the start's and end's own fields, and what they share.
  const text = ['', '', '', '', ''];
  let stage = 0;
  for (const part of dateFormatter(locale, dateOptions(precision, era)).formatRangeToParts(a, b)) {
    stage =
      part.source === 'startRange'
        ? 1
        : part.source === 'endRange'
          ? 3
          : stage % 2
            ? stage + 1
            : stage;
    // A month that starts a phrase takes the form it has in a full date ("с марта по декабрь").
    const value =
      stage === 1 && part.type === 'month' && precision === 'month'
        ? (formatMonthName(a, era, locale) ?? part.value)
        : part.value;
    text[stage] += value;
  }
  // formatToParts keeps ICU's narrow no-break spaces, which format() turns into spaces.
  const [head, first, middle, last, tail] = text.map((t) => t.replace(/\u202f/g, ' '));
  if (!stage) return [head as string, PRECISIONS.indexOf(precision) >= 2 ? 'on' : 'in'];
  // ICU may hang the start's own tail on the dash ("2019 г. – 3 января"): it stays with the start.
  const [, before, after] = /^(.*?)\s*[–—-]\s*(.*)$/su.exec(middle as string) ?? ['', '', ''];
  const start = `${first}${before}`.trim();
  const end = `${after}${last}`.trim();
  return [`${head}${words.between(start, end)}${tail}`, 'span'];
}

function formatMonthName(ms: number, era: boolean, locale: string): string | undefined {
  return dateFormatter(locale, dateOptions('day', era))
    .formatToParts(ms)
    .find((p) => p.type === 'month')?.value;
}
