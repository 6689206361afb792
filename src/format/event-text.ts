import type { Messages } from '../i18n/en.js';
import type { Category, TimelineEvent } from '../model/types.js';
import { formatIsoDateText } from './dates.js';

/** An event's date as it is shown: "c. 2015", "2017 – 2066", "since 8 December 2024, ongoing". */
export function eventDateText(
  event: TimelineEvent,
  locale: string,
  words: Messages,
  spoken = false,
): string {
  // A range that starts and ends in one period ("2020-03-11" to "2020-03-11") is said once.
  const end = event.end !== event.start ? event.end : null;
  // Spoken, the ends stand in a phrase ("from … to …"), where some languages inflect a month.
  const start = formatIsoDateText(event.start, locale, spoken && (end !== null || event.ongoing));
  const prefix = event.approximate ? `${spoken ? words.approximately : words.circa} ` : '';
  if (end) {
    const last = formatIsoDateText(end, locale, spoken);
    return prefix + (spoken ? words.rangeSpoken(start, last) : words.range(start, last));
  }
  return prefix + (event.ongoing ? words.ongoing(start) : start);
}

const names = new WeakMap<TimelineEvent, { words: Messages; locale: string; name: string }>();

/** What assistive technology reads for an event: "Assad is ousted, 8 December 2024, Politics". */
export function eventName(
  event: TimelineEvent,
  category: Category | undefined,
  locale: string,
  words: Messages,
): string {
  const known = names.get(event);
  if (known && known.words === words && known.locale === locale) return known.name;
  const parts = [event.title, eventDateText(event, locale, words, true)];
  if (event.certainty !== 'confirmed') parts.push(words[event.certainty]);
  if (category) parts.push(category.label);
  const name = parts.join(words.comma);
  names.set(event, { words, locale, name });
  return name;
}
