import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { quoteValue } from '../../src/model/read.js';
import type { Issue } from '../../src/model/types.js';
import { event, type NativeEvent, timeline } from './helpers.js';

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
