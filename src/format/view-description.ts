import type { Messages } from '../i18n/en.js';
import type { TimelineEvent } from '../model/types.js';
import { eventDateText } from './event-text.js';

/**
 * The text of an exported picture (its `<desc>`): every event in view, one a line, its title and
 * its date as the card writes it ("Assad is ousted, 8 December 2024").
 */
export function describeView(
  events: readonly TimelineEvent[],
  locale: string,
  words: Messages,
): string {
  return events
    .map((event) => `${event.title}${words.comma}${eventDateText(event, locale, words)}`)
    .join('\n');
}
