import { describe, expect, it } from 'vitest';
import { quoteValue } from '../../src/model/describe-value.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { Issue } from '../../src/model/types.js';
import { event, type NativeEvent, timeline } from './fixtures.js';

/** The issues of a native document, each as "path: message", as the status panel lists them. */
function lines(data: unknown): string[] {
  return parseTimeline(data).issues.map((i: Issue) => `${i.path}: ${i.message}`);
}

function linesOf(...events: NativeEvent[]): string[] {
  return lines(timeline(events.map((fields) => event(fields))));
}

describe('quoteValue', () => {
  it('quoteValue(text) is the text in quotes, shortened to one line', () => {
    expect(quoteValue('2024-13-45')).toBe("'2024-13-45'");
    expect(quoteValue('two\n  lines')).toBe("'two lines'");
    expect(quoteValue('x'.repeat(100))).toBe(`'${'x'.repeat(57)}…'`);
  });

  it('quoteValue(number or boolean) is the value as written, without quotes', () => {
    expect(quoteValue(20200311)).toBe('20200311');
    expect(quoteValue(-43.5)).toBe('-43.5');
    expect(quoteValue(Number.NaN)).toBe('NaN');
    expect(quoteValue(true)).toBe('true');
    expect(quoteValue(null)).toBe('null');
    expect(quoteValue(10n)).toBe('10');
  });

  it('quoteValue(list or object) is its JSON, shortened', () => {
    expect(quoteValue([2020, 3, 11])).toBe('[2020,3,11]');
    expect(quoteValue({ year: 2020 })).toBe('{"year":2020}');
    const long = quoteValue({ text: 'y'.repeat(100) });
    expect(long).toHaveLength(58);
    expect(long.startsWith('{"text":"yyy')).toBe(true);
    expect(long.endsWith('…')).toBe(true);
  });

  it('quoteValue(anything else) names it sensibly', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(quoteValue(cycle)).toBe('an object');
    expect(quoteValue(() => 1)).toBe('a function');
    expect(quoteValue(new Date(Number.NaN))).toBe('Invalid Date');
    expect(quoteValue(new Date(Date.UTC(2020, 2, 11)))).toBe('2020-03-11T00:00:00.000Z');
  });
});

describe('issue messages quote the input as it was given', () => {
  it('a number that is no date reads as the number, not as the text it was turned into', () => {
    expect(linesOf({ start: 20200311 })).toEqual([
      'events[0].start: 20200311 is not an ISO 8601 date: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mmZ, for example 2015-09-30',
    ]);
  });

  it('a string reads in quotes, so "3" and 3 differ', () => {
    expect(linesOf({ importance: 5 }, { importance: '3' })).toEqual([
      'events[0].importance: 5 is not an importance; use 1, 2 or 3 (2 is used)',
      "events[1].importance: '3' is not an importance; use 1, 2 or 3 (2 is used)",
    ]);
  });

  it('an end before its start quotes both as written, zones and all', () => {
    expect(linesOf({ start: '2020-05-01T10:00+03:00', end: '2020-05-01T06:00+00:00' })).toEqual([
      "events[0].end: the end '2020-05-01T06:00+00:00' is before the start '2020-05-01T10:00+03:00'",
    ]);
  });

  it('a source with a number for a date quotes the number', () => {
    expect(linesOf({ sources: [{ title: 'A', date: 20200311 }] })).toEqual([
      'events[0].sources[0].date: 20200311 is not an ISO 8601 date: years past 9999 need a sign, as in +20200311; the date is left out',
    ]);
  });

  it('ids and categories given as numbers are quoted as numbers', () => {
    const data = {
      categories: [{ id: 7, color: 123 }, { id: 7 }],
      events: [event({ id: 1 }), event({ id: 1 }), event({ category: 8 })],
    };
    expect(lines(data)).toEqual([
      'categories[0].color: 123 is not a CSS colour this timeline accepts (hex, rgb(), hsl() or a basic name); a palette colour is used',
      'categories[1].id: the category 7 is declared twice; the first is kept',
      "events[1].id: the id 1 is used twice; this event is '1-2'",
      'events[2].category: 8 is not one of the categories; it gets a lane of its own',
    ]);
  });

  it('a TimelineJS date that does not exist is quoted as the object it was', () => {
    const slide = (start_date: unknown) => ({ start_date, text: { headline: 'Slide' } });
    expect(lines({ events: [slide({ year: 2015, month: 2, day: 30 })] })).toEqual([
      'events[0].start_date: {"year":2015,"month":2,"day":30} is not a date: February 2015 has 28 days',
    ]);
  });

  it('vis-timeline milliseconds out of range are quoted as numbers', () => {
    expect(lines([{ id: 1, content: 'a', start: 9e15 }])).toEqual([
      '[0].start: 9000000000000000 is not a time in milliseconds that a date can hold',
    ]);
  });
});

describe('issues in document order', () => {
  /** `n` valid events with distinct ids, so single events can be spoiled in place. */
  function events(n: number): NativeEvent[] {
    return Array.from({ length: n }, (_, i) => event({ id: `e${i}`, title: `Event ${i}` }));
  }

  const pathsOf = (data: unknown) => parseTimeline(data).issues.map((i) => i.path);

  it('a repeated id found after all events were read stays at its event: events[20] before events[21]', () => {
    const list = events(22);
    list[20] = { ...list[20], id: 'e3' };
    list[21] = { ...list[21], importance: 7 };
    expect(pathsOf(timeline(list))).toEqual(['events[20].id', 'events[21].importance']);
  });

  it('events[2] comes before events[10]: indices are numbers, not text', () => {
    const list = events(12);
    list[2] = { ...list[2], category: 'unknown' };
    list[10] = { ...list[10], certainty: 'maybe' };
    const data = timeline(list, { categories: [{ id: 'known' }] });
    expect(pathsOf(data)).toEqual(['events[2].category', 'events[10].certainty']);
  });

  it('the fields of an event come in the order the event lists them', () => {
    const data = timeline([
      { importance: 'high', titel: 'x', title: 'A', certainty: 'maybe', start: '2020', ongoing: 1 },
    ]);
    expect(pathsOf(data)).toEqual([
      'events[0].importance',
      'events[0].titel',
      'events[0].certainty',
      'events[0].ongoing',
    ]);
  });

  it('a field the event lacks comes after those it has', () => {
    expect(pathsOf(timeline([{ start: '2020-13', title: '' }]))).toEqual([
      'events[0].start',
      'events[0].title',
    ]);
    expect(pathsOf(timeline([{ start: '2020-13' }]))).toEqual([
      'events[0].start',
      'events[0].title',
    ]);
  });

  it('a value comes before what is inside it', () => {
    const data = timeline([
      event({ sources: [{ title: 'A', url: 'javascript:x', date: '2024-13' }] }),
      event({ quote: { text: 5n } }),
    ]);
    expect(pathsOf(data)).toEqual([
      'events[0].sources[0].url',
      'events[0].sources[0].date',
      'events[1].quote',
      'events[1].quote.text',
    ]);
  });

  it('the timeline’s own fields come at their place in the document', () => {
    const bad = [event({ importance: 0 })];
    const categories = [{ id: 'a', color: 'url(x)' }];
    expect(pathsOf({ title: {}, categories, events: bad })).toEqual([
      'title',
      'categories[0].color',
      'events[0].importance',
    ]);
    expect(pathsOf({ events: bad, categories, title: {} })).toEqual([
      'events[0].importance',
      'categories[0].color',
      'title',
    ]);
  });

  it('JSON text is ordered as the document it holds', () => {
    const text = JSON.stringify({ categories: [{ id: 'a' }, { id: 'a' }], events: events(1) });
    expect(pathsOf(text)).toEqual(['categories[1].id']);
    const two = JSON.stringify({ events: [event({ id: 'x' }), event({ id: 'x', importance: 9 })] });
    expect(pathsOf(two)).toEqual(['events[1].id', 'events[1].importance']);
  });

  it('vis-timeline items: an end before its start stays at its item', () => {
    const data = [
      { id: 1, content: 'a', start: '2020', end: '2019' },
      { id: 2, content: 'b', start: 'soon' },
    ];
    expect(pathsOf(data)).toEqual(['[0].end', '[1].start']);
  });

  it('TimelineJS slides: a repeated id stays at its slide, before the next slide’s dates', () => {
    const slide = (fields: Record<string, unknown>) => ({ text: { headline: 'Slide' }, ...fields });
    const data = {
      events: [
        slide({ unique_id: 'a', start_date: { year: 2015 } }),
        slide({ unique_id: 'a', start_date: { year: 2016 } }),
        slide({ start_date: { year: 2015, month: 'Sept' } }),
      ],
    };
    expect(pathsOf(data)).toEqual(['events[1].unique_id', 'events[2].start_date.month']);
  });
});
