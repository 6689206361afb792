import { describe, expect, it } from 'vitest';
import { eventDateText, eventName } from '../../src/format/event-text.js';
import { messagesFor } from '../../src/i18n/messages.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { Category, TimelineEvent } from '../../src/model/types.js';
import { event, type NativeEvent, timeline } from './fixtures.js';

const en = messagesFor('en');
const politics: Category = { id: 'politics', label: 'Politics', color: null };

/** The normalized event the parser makes of one native event. */
function normalized(fields: NativeEvent): TimelineEvent {
  const { model, issues } = parseTimeline(timeline([event(fields)]));
  expect(issues).toEqual([]);
  return model.events[0] as TimelineEvent;
}

describe('eventDateText', () => {
  it('eventDateText(point, locale, words) is its date at its precision', () => {
    expect(eventDateText(normalized({ start: '2024-12-08' }), 'en-GB', en)).toBe('8 December 2024');
    expect(eventDateText(normalized({ start: '2015-09' }), 'en-GB', en)).toBe('September 2015');
    expect(eventDateText(normalized({ start: '2015' }), 'en-GB', en)).toBe('2015');
  });

  it('eventDateText(range, locale, words) joins start and end with a dash', () => {
    expect(eventDateText(normalized({ start: '2017-01', end: '2066' }), 'en-GB', en)).toBe(
      'January 2017 – 2066',
    );
    expect(eventDateText(normalized({ start: '2011-03', end: '2024-12-08' }), 'en-GB', en)).toBe(
      'March 2011 – 8 December 2024',
    );
  });

  it('eventDateText(range, locale, words) says a range that starts and ends on one date once', () => {
    const oneDay = normalized({ start: '2020-03-11', end: '2020-03-11' });
    expect(eventDateText(oneDay, 'en-GB', en)).toBe('11 March 2020');
    expect(eventDateText(oneDay, 'en-GB', en, true)).toBe('11 March 2020');
    expect(eventDateText(normalized({ start: '2015', end: '2015' }), 'en-GB', en)).toBe('2015');
    // Said once, a month stands on its own, not in the form it takes inside "с … по …".
    const oneMonth = normalized({ start: '2011-03', end: '2011-03' });
    expect(eventDateText(oneMonth, 'ru', messagesFor('ru'), true)).toBe('март 2011 г.');
  });

  it('eventDateText(range, locale, words, true) reads from … to …', () => {
    expect(
      eventDateText(normalized({ start: '2024-11-27', end: '2024-12-08' }), 'en-GB', en, true),
    ).toBe('from 27 November 2024 to 8 December 2024');
  });

  it('eventDateText(ongoing, locale, words) says since when', () => {
    expect(eventDateText(normalized({ start: '2024-12-08', ongoing: true }), 'en-GB', en)).toBe(
      'since 8 December 2024, ongoing',
    );
  });

  it('eventDateText(approximate, locale, words) prefixes "c."', () => {
    expect(eventDateText(normalized({ start: '2015', approximate: true }), 'en-GB', en)).toBe(
      'c. 2015',
    );
    expect(
      eventDateText(normalized({ start: '2015', end: '2017', approximate: true }), 'en-GB', en),
    ).toBe('c. 2015 – 2017');
  });

  it('eventDateText(approximate, locale, words, true) reads "approximately"', () => {
    expect(eventDateText(normalized({ start: '2015', approximate: true }), 'en-GB', en, true)).toBe(
      'approximately 2015',
    );
  });

  it('eventDateText(event, locale, words) writes BCE dates with their era', () => {
    expect(eventDateText(normalized({ start: '-0043-03-15' }), 'en-GB', en)).toBe('15 March 44 BC');
  });

  it('eventDateText(event, "ru", words) uses the locale for the dates', () => {
    expect(eventDateText(normalized({ start: '2024-12-08' }), 'ru', messagesFor('ru'))).toBe(
      '8 декабря 2024 г.',
    );
  });
});

describe('eventName', () => {
  it('eventName(event, category, locale, words) is title, date and category', () => {
    const ousted = normalized({ title: 'Assad is ousted', start: '2024-12-08' });
    expect(eventName(ousted, politics, 'en-GB', en)).toBe(
      'Assad is ousted, 8 December 2024, Politics',
    );
  });

  it('eventName(reported, category, locale, words) says "reported"', () => {
    const flees = normalized({
      title: 'Assad flees to Moscow',
      start: '2024-12-08',
      certainty: 'reported',
    });
    expect(eventName(flees, politics, 'en-GB', en)).toBe(
      'Assad flees to Moscow, 8 December 2024, reported, Politics',
    );
  });

  it('eventName(disputed, undefined, locale, words) says "disputed" and no category', () => {
    const claim = normalized({ title: 'Claim', start: '2015', certainty: 'disputed' });
    expect(eventName(claim, undefined, 'en-GB', en)).toBe('Claim, 2015, disputed');
  });

  it('eventName(range, category, locale, words) reads the range out', () => {
    const war = normalized({ title: 'Syrian civil war', start: '2011-03', end: '2024-12-08' });
    expect(eventName(war, { id: 'conflict', label: 'Conflict', color: null }, 'en-GB', en)).toBe(
      'Syrian civil war, from March 2011 to 8 December 2024, Conflict',
    );
  });
});

describe('messagesFor', () => {
  it('messagesFor(tag) falls back to English words for unknown languages', () => {
    expect(messagesFor('ar-EG').circa).toBe('c.');
    expect(messagesFor('xx').reported).toBe('reported');
  });
});
