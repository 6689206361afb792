import { beforeAll, describe, expect, it } from 'vitest';
import { clusterName } from '../../src/format/cluster-name.js';
import { dateLocale } from '../../src/format/dates.js';
import { loadMessages, messagesFor } from '../../src/i18n/messages.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { event, type NativeEvent, timeline } from './fixtures.js';

const CATEGORIES = [
  { id: 'military', label: 'Military' },
  { id: 'diplomacy', label: 'Diplomacy' },
];

/** The name of a cluster of the given events (declared categories above), in a language. */
function name(lang: string, events: NativeEvent[]): string {
  const { model, issues } = parseTimeline(
    timeline(
      events.map((fields) => event(fields)),
      { categories: CATEGORIES },
    ),
  );
  expect(issues).toEqual([]);
  return clusterName(model.events, dateLocale(lang), messagesFor(lang), model.categories);
}

/** `n` events, each starting on one of the given dates in turn. */
function on(n: number, ...starts: (string | NativeEvent)[]): NativeEvent[] {
  return Array.from({ length: n }, (_, i) => {
    const start = starts[i % starts.length] as string | NativeEvent;
    return typeof start === 'string' ? { start } : start;
  });
}

beforeAll(async () => {
  await loadMessages('ru');
  await loadMessages('ar');
});

describe('clusterName in English', () => {
  it('clusterName(events on one day) says the day once', () => {
    expect(name('en', on(6, '2020-03-11'))).toBe('6 events on 11 March 2020');
  });

  it('clusterName(events) says a range that starts and ends on one day once', () => {
    const sameDay = { start: '2020-03-11', end: '2020-03-11' };
    expect(name('en', on(6, '2020-03-11', sameDay))).toBe('6 events on 11 March 2020');
  });

  it('clusterName(events in one month) writes the month and year once', () => {
    expect(name('en', on(6, '2020-03-03', '2020-03-09', '2020-03-05'))).toBe(
      '6 events, 3 to 9 March 2020',
    );
  });

  it('clusterName(events across months and years) writes what they do not share', () => {
    expect(name('en', on(3, '2020-02-28', '2020-03-03'))).toBe(
      '3 events, 28 February to 3 March 2020',
    );
    expect(name('en', on(4, '2019-12-28', '2020-01-03'))).toBe(
      '4 events, 28 December 2019 to 3 January 2020',
    );
  });

  it('clusterName(events) spans from the earliest start to the latest end of its members', () => {
    const range = { start: '2020-03-04', end: '2020-03-20' };
    expect(name('en', on(3, '2020-03-03', range, '2020-03-09'))).toBe(
      '3 events, 3 to 20 March 2020',
    );
  });

  it('clusterName(events) says a month or a year with "in", and ranges of them compactly', () => {
    expect(name('en', on(2, '2024-03'))).toBe('2 events in March 2024');
    expect(name('en', on(2, '2015'))).toBe('2 events in 2015');
    expect(name('en', on(2, '2024-03', '2024-12'))).toBe('2 events, March to December 2024');
    expect(name('en', on(2, '2015', '2017'))).toBe('2 events, 2015 to 2017');
  });

  it('clusterName(events) claims no more than the coarsest date knows', () => {
    expect(name('en', on(2, '2015', '2015-06-01'))).toBe('2 events in 2015');
    expect(name('en', on(2, '2015-06-01', '2016'))).toBe('2 events, 2015 to 2016');
  });

  it('clusterName(events) writes BCE dates with their era', () => {
    expect(name('en', on(2, '-0043-03-15', '-0043-03-20'))).toBe('2 events, 15 to 20 March 44 BC');
    expect(name('en', on(2, '-0043', '-0039'))).toBe('2 events, 44 to 40 BC');
    expect(name('en', on(2, '-0043', '0013'))).toBe('2 events, 44 BC to 13 AD');
  });

  it('clusterName(events at times) says one time with "on", or the hours between', () => {
    expect(name('en', on(2, '2020-03-11T10:00Z'))).toBe('2 events on 11 March 2020 at 10:00 UTC');
    expect(name('en', on(2, '2020-03-11T10:00Z', '2020-03-11T14:00Z'))).toBe(
      '2 events, 11 March 2020, 10:00 to 14:00 UTC',
    );
  });

  it('clusterName(events) with an ongoing member runs to the present', () => {
    expect(name('en', on(2, '2020-03-03', { start: '2020-03-05', ongoing: true }))).toBe(
      '2 events, 3 March 2020 to present',
    );
  });

  it('clusterName(events) names the categories its members have, in the data’s order', () => {
    expect(name('en', on(3, { start: '2020-03-11', category: 'military' }))).toBe(
      '3 events on 11 March 2020: Military',
    );
    expect(
      name('en', [
        { start: '2020-03-11', category: 'diplomacy' },
        { start: '2020-03-11', category: 'military' },
        { start: '2020-03-11' },
      ]),
    ).toBe('3 events on 11 March 2020: Military, Diplomacy');
  });

  it('clusterName(events without a category) invents none', () => {
    expect(name('en', on(6, '2020-03-11'))).not.toMatch(/Other|:/);
  });

  it('clusterName(events, locale) follows a regional English', () => {
    expect(name('en-US', on(6, '2020-03-03', '2020-03-09'))).toBe('6 events, March 3 to 9, 2020');
  });
});

describe('clusterName in Russian', () => {
  it('clusterName(events) counts with the plural form of the number', () => {
    expect(name('ru', on(2, '2020-03-11'))).toBe('2 события, 11 марта 2020 г.');
    expect(name('ru', on(5, '2020-03-11'))).toBe('5 событий, 11 марта 2020 г.');
    expect(name('ru', on(21, '2020-03-11'))).toBe('21 событие, 11 марта 2020 г.');
  });

  it('clusterName(events) says a span "с … по …", with its dates in the genitive', () => {
    expect(name('ru', on(6, '2020-03-03', '2020-03-09'))).toBe('6 событий, с 3 по 9 марта 2020 г.');
    expect(name('ru', on(3, '2020-02-28', '2020-03-03'))).toBe(
      '3 события, с 28 февраля по 3 марта 2020 г.',
    );
    expect(name('ru', on(3, '2019-12-28', '2020-01-03'))).toBe(
      '3 события, с 28 декабря 2019 г. по 3 января 2020 г.',
    );
  });

  it('clusterName(months) puts the first month in the genitive and the last in the accusative', () => {
    expect(name('ru', on(2, '2011-03', '2024-12'))).toBe(
      '2 события, с марта 2011 г. по декабрь 2024 г.',
    );
  });

  it('clusterName(BCE events) writes the era', () => {
    expect(name('ru', on(2, '-0043-03-15', '-0043-03-20'))).toBe(
      '2 события, с 15 по 20 марта 44 г. до н. э.',
    );
  });

  it('clusterName(events) names the categories its members have', () => {
    expect(name('ru', on(5, { start: '2020-03-11', category: 'military' }))).toBe(
      '5 событий, 11 марта 2020 г.: Military',
    );
  });
});

describe('clusterName in Arabic', () => {
  it('clusterName(events) counts with the plural form of the number', () => {
    expect(name('ar', on(2, '2020-03-11'))).toBe('حدثان في 11 مارس 2020');
    expect(name('ar', on(6, '2020-03-11'))).toBe('6 أحداث في 11 مارس 2020');
    expect(name('ar', on(11, '2020-03-11'))).toBe('11 حدثًا في 11 مارس 2020');
  });

  it('clusterName(events) says a span "من … إلى …", writing the shared month once', () => {
    expect(name('ar', on(6, '2020-03-03', '2020-03-09'))).toBe('6 أحداث، من 3 إلى 9 مارس 2020');
    expect(name('ar', on(3, '2019-12-28', '2020-01-03'))).toBe(
      '3 أحداث، من 28 ديسمبر 2019 إلى 3 يناير 2020',
    );
  });

  it('clusterName(BCE events) writes the era', () => {
    expect(name('ar', on(2, '-0043', '0013'))).toBe('حدثان، من 44 ق.م إلى 13 م');
  });

  it('clusterName(events) names the categories its members have, with an Arabic comma', () => {
    expect(
      name('ar', [
        { start: '2020-03-11', category: 'military' },
        { start: '2020-03-11', category: 'diplomacy' },
        { start: '2020-03-11', category: 'military' },
      ]),
    ).toBe('3 أحداث في 11 مارس 2020: Military، Diplomacy');
  });
});
