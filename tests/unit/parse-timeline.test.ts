import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/model/dates.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { Issue, ParseResult, TimelineEvent } from '../../src/model/types.js';
import {
  event,
  mulberry32,
  type NativeEvent,
  pick,
  randomInt,
  randomTimeline,
  timeline,
  utc,
} from './fixtures.js';

/** Parses a native document of the given events. */
function parse(events: unknown[], fields: Record<string, unknown> = {}): ParseResult {
  return parseTimeline(timeline(events, fields));
}

/** Parses one event and returns its issues and the event, if kept. */
function parseOne(fields: NativeEvent) {
  const { model, issues } = parse([event(fields)]);
  return { issues, event: model.events[0] };
}

const error = (path: string, message: string): Issue => ({ path, message, severity: 'error' });
const warning = (path: string, message: string): Issue => ({ path, message, severity: 'warning' });

/** Whether an issue's path is inside `events[i]`. */
function names(issue: Issue, i: number): boolean {
  return new RegExp(`^events\\[${i}\\](?:[.[]|$)`).test(issue.path);
}

describe('parseTimeline: a valid event', () => {
  it('parseTimeline(data) fills in every field of a minimal event', () => {
    const { model, issues } = parse([event({ title: 'Assad is ousted', start: '2024-12-08' })]);
    expect(issues).toEqual([]);
    expect(model.events).toEqual([
      {
        id: 'assad-is-ousted-2024-12-08',
        title: 'Assad is ousted',
        start: '2024-12-08',
        end: null,
        precision: 'day',
        endPrecision: null,
        ongoing: false,
        approximate: false,
        certainty: 'confirmed',
        category: '',
        summary: '',
        description: '',
        quote: null,
        sources: [],
        media: null,
        importance: 2,
      },
    ]);
  });

  it('parseTimeline(data) keeps every field of a full event', () => {
    const full = {
      id: 'bases-leases',
      title: "Russia's leases on Tartus and Hmeimim",
      start: '2017-01',
      end: '2066',
      ongoing: false,
      approximate: true,
      certainty: 'disputed',
      category: 'military',
      summary: 'Leases run to 2066.',
      description: 'First paragraph.\n\nSecond paragraph.',
      quote: { text: 'It is important to review agreements.', by: 'Sergey Lavrov' },
      sources: [
        { title: 'Report', url: 'https://example.com/r', publisher: 'Desk', date: '2025-07-31' },
      ],
      importance: 3,
    };
    const { model, issues } = parse([full], {
      categories: [{ id: 'military', label: 'Military', color: '#8c2d04' }],
    });
    expect(issues).toEqual([]);
    expect(model.events[0]).toEqual({
      ...full,
      media: null,
      precision: 'month',
      endPrecision: 'year',
    });
  });

  it('parseTimeline(data) writes dates canonically, at their precision', () => {
    const { model } = parse([
      event({ start: '+002015', end: '2015-09-30T23:30-02:00' }),
      event({ start: '-0043-03-15' }),
    ]);
    expect(model.events.map((e) => [e.start, e.end, e.precision, e.endPrecision])).toEqual([
      ['-0043-03-15', null, 'day', null],
      ['2015', '2015-10-01T01:30Z', 'year', 'minute'],
    ]);
  });

  it('parseTimeline(data) reads the title and description of the timeline', () => {
    const { model } = parse([event()], { title: ' Russia and Syria ', description: 'Plain.' });
    expect(model.title).toBe('Russia and Syria');
    expect(model.description).toBe('Plain.');
  });

  it('parseTimeline(data) keeps text as text, markup included', () => {
    const { event: parsed } = parseOne({ title: '<b>Bold</b> & co', summary: '<i>x</i>' });
    expect(parsed?.title).toBe('<b>Bold</b> & co');
    expect(parsed?.summary).toBe('<i>x</i>');
  });

  it('parseTimeline(data) freezes the normalized events', () => {
    const { model } = parse([event()]);
    expect(Object.isFrozen(model.events[0])).toBe(true);
  });

  it('parseTimeline(data) does not change the data it is given', () => {
    const data = timeline([event({ id: 'a' }), event({ id: 'a' }), event({ title: 'x' })]);
    const copy = structuredClone(data);
    parseTimeline(data);
    expect(data).toEqual(copy);
  });
});

describe('parseTimeline: bad events', () => {
  it('parseTimeline(data) refuses an event without a title', () => {
    const { model, issues } = parse([{ start: '2020' }, event({ title: '  ' })]);
    expect(issues).toEqual([
      error('events[0].title', 'every event needs a title'),
      error('events[1].title', 'every event needs a title'),
    ]);
    expect(model.events).toEqual([]);
  });

  it('parseTimeline(data) refuses a title that is not text, and reads a number as text', () => {
    const { model, issues } = parse([event({ title: true }), event({ title: 1917 })]);
    expect(issues).toEqual([error('events[0].title', 'a title must be text, not a boolean')]);
    expect(model.events.map((e) => e.title)).toEqual(['1917']);
  });

  it('parseTimeline(data) refuses an event without a start', () => {
    const { model, issues } = parse([{ title: 'No date' }, event({ start: '' })]);
    expect(issues).toEqual([
      error('events[0].start', 'every event needs a start date, such as "2015-09-30"'),
      error('events[1].start', 'every event needs a start date, such as "2015-09-30"'),
    ]);
    expect(model.events).toEqual([]);
  });

  it('parseTimeline(data) refuses a start that is not a date, saying why', () => {
    expect(parseOne({ start: '2024-13-45' })).toEqual({
      issues: [error('events[0].start', "'2024-13-45' is not a date: month 13 does not exist")],
      event: undefined,
    });
  });

  it('parseTimeline(data) refuses dates past the range a Date can hold, keeping the rest', () => {
    const { model, issues } = parse([
      event({ title: 'Far future', start: '+300000' }),
      event({ title: 'Deep past', start: '2024', end: 300000 }),
      event({ title: 'Year 12000', start: '+012000' }),
    ]);
    const past = 'is past the range of dates this timeline can draw: 271,821 BC to AD 275,759';
    expect(issues).toEqual([
      error('events[0].start', `'+300000' ${past}`),
      // A number is quoted as the number it was, not as the text it was read as.
      error('events[1].end', `300000 ${past}`),
    ]);
    expect(model.events.map((e) => e.title)).toEqual(['Year 12000']);
  });

  it('parseTimeline(data) refuses a start that is neither text nor a whole number', () => {
    expect(parseOne({ start: { year: 2015 } }).issues).toEqual([
      error('events[0].start', 'a date must be text such as "2015-09-30", not an object'),
    ]);
    expect(parseOne({ start: 2015.5 }).issues).toEqual([
      error('events[0].start', 'a date must be text such as "2015-09-30", not a number'),
    ]);
  });

  it('parseTimeline(data) refuses an end that is not a date', () => {
    expect(parseOne({ start: '2024-01', end: '2024-02-30' })).toEqual({
      issues: [error('events[0].end', "'2024-02-30' is not a date: February 2024 has 29 days")],
      event: undefined,
    });
  });

  it('parseTimeline(data) refuses an end before its start, without swapping them', () => {
    const { model, issues } = parse([event({ start: '2020-05', end: '2019' })]);
    expect(issues).toEqual([
      error('events[0].end', "the end '2019' is before the start '2020-05'"),
    ]);
    expect(model.events).toEqual([]);
  });

  it('parseTimeline(data) accepts an end in the period of its start', () => {
    const { model, issues } = parse([
      event({ start: '2020-05-01', end: '2020-05-01' }),
      event({ start: '2020-05-15', end: '2020-05' }),
    ]);
    expect(issues).toEqual([]);
    expect(model.events).toHaveLength(2);
  });

  it('parseTimeline(data) treats an empty or null end as none', () => {
    const { model, issues } = parse([event({ end: '' }), event({ end: null })]);
    expect(issues).toEqual([]);
    expect(model.events.map((e) => e.end)).toEqual([null, null]);
  });

  it('parseTimeline(data) keeps the end of an ongoing event, with a warning', () => {
    const { issues, event: parsed } = parseOne({ start: '2020', end: '2021', ongoing: true });
    expect(issues).toEqual([
      warning('events[0].ongoing', 'an event with an end is not ongoing; the end is kept'),
    ]);
    expect(parsed).toMatchObject({ end: '2021', ongoing: false });
  });

  it('parseTimeline(data) reads a number as a year, with a warning', () => {
    const { issues, event: parsed } = parseOne({ start: 2015, end: 12000 });
    expect(issues).toEqual([
      warning(
        'events[0].start',
        '2015 is a number; it is read as the year 2015 (write dates as text)',
      ),
      warning(
        'events[0].end',
        '12000 is a number; it is read as the year +012000 (write dates as text)',
      ),
    ]);
    expect(parsed).toMatchObject({ start: '2015', end: '+012000', precision: 'year' });
  });

  it('parseTimeline(data) reads a negative number as an astronomical year', () => {
    const { issues, event: parsed } = parseOne({ start: -43 });
    expect(issues).toEqual([
      warning(
        'events[0].start',
        '-43 is a number; it is read as the year -0043 (write dates as text)',
      ),
    ]);
    expect(parsed?.start).toBe('-0043');
  });

  it('parseTimeline(data) reads a non-boolean flag as false, with a warning', () => {
    const { issues, event: parsed } = parseOne({ approximate: 'yes', ongoing: 1 });
    // In the order the event lists them.
    expect(issues).toEqual([
      warning('events[0].approximate', "should be true or false, not 'yes'; false is used"),
      warning('events[0].ongoing', 'should be true or false, not 1; false is used'),
    ]);
    expect(parsed).toMatchObject({ approximate: false, ongoing: false });
  });

  it('parseTimeline(data) reads an unknown certainty as confirmed, with a warning', () => {
    const { issues, event: parsed } = parseOne({ certainty: 'maybe' });
    expect(issues).toEqual([
      warning(
        'events[0].certainty',
        "'maybe' is not a certainty; use confirmed, reported, disputed (confirmed is used)",
      ),
    ]);
    expect(parsed?.certainty).toBe('confirmed');
  });

  it('parseTimeline(data) reads each certainty', () => {
    const { model } = parse([
      event({ certainty: 'reported' }),
      event({ certainty: 'disputed' }),
      event({ certainty: 'confirmed' }),
      event({ certainty: '' }),
    ]);
    expect(model.events.map((e) => e.certainty)).toEqual([
      'reported',
      'disputed',
      'confirmed',
      'confirmed',
    ]);
  });

  it('parseTimeline(data) reads an importance outside 1–3 as 2, with a warning', () => {
    const { model, issues } = parse([
      event({ importance: 5 }),
      event({ importance: '3' }),
      event({ importance: 1 }),
      event({ importance: 3 }),
    ]);
    expect(issues).toEqual([
      warning('events[0].importance', '5 is not an importance; use 1, 2 or 3 (2 is used)'),
      warning('events[1].importance', "'3' is not an importance; use 1, 2 or 3 (2 is used)"),
    ]);
    expect(model.events.map((e) => e.importance)).toEqual([2, 2, 1, 3]);
  });

  it('parseTimeline(data) reads a quote given as text', () => {
    const { issues, event: parsed } = parseOne({ quote: ' Syria needs friends. ' });
    expect(issues).toEqual([]);
    expect(parsed?.quote).toEqual({ text: 'Syria needs friends.', by: '' });
  });

  it('parseTimeline(data) reads a quote given as { text, by }', () => {
    const { issues, event: parsed } = parseOne({ quote: { text: 'We are ready.', by: 'Lavrov' } });
    expect(issues).toEqual([]);
    expect(parsed?.quote).toEqual({ text: 'We are ready.', by: 'Lavrov' });
  });

  it('parseTimeline(data) leaves out a quote without text, with a warning', () => {
    const message = 'a quote needs its text, as { "text": "…", "by": "…" }; it is left out';
    const { model, issues } = parse([event({ quote: { by: 'Lavrov' } }), event({ quote: 5 })]);
    expect(issues).toEqual([
      warning('events[0].quote', message),
      warning('events[1].quote', message),
    ]);
    expect(model.events.map((e) => e.quote)).toEqual([null, null]);
  });

  it('parseTimeline(data) reads a source given as a url', () => {
    const { issues, event: parsed } = parseOne({ sources: ['https://example.com/a'] });
    expect(issues).toEqual([]);
    expect(parsed?.sources).toEqual([
      { title: 'https://example.com/a', url: 'https://example.com/a', publisher: '', date: null },
    ]);
  });

  it('parseTimeline(data) reads a single source not in a list', () => {
    const { issues, event: parsed } = parseOne({ sources: { title: 'Only', url: null } });
    expect(issues).toEqual([]);
    expect(parsed?.sources).toEqual([{ title: 'Only', url: null, publisher: '', date: null }]);
  });

  it('parseTimeline(data) drops a javascript: link and keeps its source, with a warning', () => {
    const { issues, event: parsed } = parseOne({
      sources: [{ title: 'Trap', url: 'javascript:alert(1)', publisher: 'X' }],
    });
    expect(issues).toEqual([
      warning(
        'events[0].sources[0].url',
        "'javascript:alert(1)' is not an http, https or mailto link; the link is left out",
      ),
    ]);
    expect(parsed?.sources).toEqual([{ title: 'Trap', url: null, publisher: 'X', date: null }]);
  });

  it('parseTimeline(data) leaves out a source date that is not a date, with a warning', () => {
    const { issues, event: parsed } = parseOne({
      sources: [
        { title: 'A', date: '2024-13' },
        { title: 'B', date: '2025-07-31' },
      ],
    });
    expect(issues).toEqual([
      warning(
        'events[0].sources[0].date',
        "'2024-13' is not a date: month 13 does not exist; the date is left out",
      ),
    ]);
    expect(parsed?.sources.map((s) => s.date)).toEqual([null, '2025-07-31']);
  });

  it('parseTimeline(data) leaves out sources with neither title nor url', () => {
    const { issues, event: parsed } = parseOne({
      sources: [7, { publisher: 'P' }, { title: 'Kept' }],
    });
    expect(issues).toEqual([
      warning(
        'events[0].sources[0]',
        'a source should be an object with a title and a url, not a number; it is left out',
      ),
      warning('events[0].sources[1]', 'a source needs a title or a url; it is left out'),
    ]);
    expect(parsed?.sources.map((s) => s.title)).toEqual(['Kept']);
  });

  it('parseTimeline(data) leaves out text fields that are not text, with a warning', () => {
    const { issues, event: parsed } = parseOne({ summary: {}, category: ['x'], description: 12 });
    expect(issues).toEqual([
      warning('events[0].summary', 'should be text, not an object; it is left out'),
      warning('events[0].category', 'should be text, not a list; it is left out'),
    ]);
    expect(parsed).toMatchObject({ summary: '', category: '', description: '12' });
  });

  it('parseTimeline(data) suggests the field a misspelt one was meant to be', () => {
    const { issues, event: parsed } = parseOne({ strat: '2020', titel: 'x', colour: 'red' });
    expect(issues).toEqual([
      warning('events[0].strat', "'strat' is not a field of an event; did you mean 'start'?"),
      warning('events[0].titel', "'titel' is not a field of an event; did you mean 'title'?"),
    ]);
    expect(parsed?.title).toBe('Event');
  });

  it('parseTimeline(data) refuses an event that is not an object', () => {
    const { model, issues } = parse([42, 'text', event()]);
    expect(issues).toEqual([
      error(
        'events[0]',
        'an event must be an object with at least a title and a start, not a number',
      ),
      error(
        'events[1]',
        'an event must be an object with at least a title and a start, not a string',
      ),
    ]);
    expect(model.events).toHaveLength(1);
  });

  it('parseTimeline(data) refuses a null event, with an error', () => {
    const { model, issues } = parse([null, event()]);
    expect(issues).toEqual([
      error('events[0]', 'an event must be an object with at least a title and a start, not null'),
    ]);
    expect(model.events).toHaveLength(1);
  });

  it('parseTimeline(data) of null events alone is an error, not an empty timeline', () => {
    const { model, issues } = parse([null]);
    expect(model.events).toEqual([]);
    expect(issues.filter((i) => i.severity === 'error').length).toBeGreaterThan(0);
  });

  it('parseTimeline(data) keeps the valid events when others are bad', () => {
    const { model, issues } = parse([
      event({ title: 'Good one', start: '2015' }),
      event({ start: '30/09/2015' }),
      { start: '2016' },
      event({ title: 'Good two', start: '2017', end: '2016' }),
      event({ title: 'Good three', start: '2018' }),
    ]);
    expect(model.events.map((e) => e.title)).toEqual(['Good one', 'Good three']);
    expect(issues.map((i) => [i.path, i.severity])).toEqual([
      ['events[1].start', 'error'],
      ['events[2].title', 'error'],
      ['events[3].end', 'error'],
    ]);
  });
});

describe('parseTimeline: ids', () => {
  it('parseTimeline(data) renames a repeated id, with a warning', () => {
    const { model, issues } = parse([event({ id: 'a' }), event({ id: 'a' }), event({ id: 'a' })]);
    expect(issues).toEqual([
      warning('events[1].id', "the id 'a' is used twice; this event is 'a-2'"),
      warning('events[2].id', "the id 'a' is used twice; this event is 'a-3'"),
    ]);
    expect(model.events.map((e) => e.id)).toEqual(['a', 'a-2', 'a-3']);
  });

  it('parseTimeline(data) keeps a given id that is unique, even where a renamed one could go', () => {
    const { model, issues } = parse([
      event({ id: 'a', title: 'First' }),
      event({ id: 'a', title: 'Second' }),
      event({ id: 'a-2', title: 'Third' }),
    ]);
    expect(model.events.find((e) => e.title === 'Third')?.id).toBe('a-2');
    expect(issues.filter((i) => i.path === 'events[2].id')).toEqual([]);
    expect(new Set(model.events.map((e) => e.id)).size).toBe(3);
  });

  it('parseTimeline(data) derives an id from the title and start', () => {
    const { model } = parse([event({ title: 'Rebel offensive', start: '2024-11-27' })]);
    expect(model.events[0]?.id).toBe('rebel-offensive-2024-11-27');
  });

  it('parseTimeline(data) derives the same ids on every run', () => {
    const data = randomTimeline(mulberry32(7)).document;
    const ids = (events: TimelineEvent[]) => events.map((e) => e.id);
    expect(ids(parseTimeline(data).model.events)).toEqual(
      ids(parseTimeline(structuredClone(data)).model.events),
    );
  });

  it('parseTimeline(data) derives unique ids for identical events', () => {
    const { model, issues } = parse([event({ title: 'Same' }), event({ title: 'Same' })]);
    expect(issues).toEqual([]);
    expect(model.events.map((e) => e.id)).toEqual(['same-2024-12-08', 'same-2024-12-08-2']);
  });

  it('parseTimeline(data) never derives an id that is given to another event', () => {
    const { model } = parse([
      event({ title: 'Same' }),
      event({ title: 'Other', id: 'same-2024-12-08' }),
    ]);
    expect(model.events.find((e) => e.title === 'Other')?.id).toBe('same-2024-12-08');
    expect(model.events.find((e) => e.title === 'Same')?.id).toBe('same-2024-12-08-2');
  });

  it('parseTimeline(data) gives unique ids to every event of random data', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { model } = parseTimeline(randomTimeline(mulberry32(seed)).document);
      expect(new Set(model.events.map((e) => e.id)).size).toBe(model.events.length);
    }
  });
});

describe('parseTimeline: categories', () => {
  it('parseTimeline(data) reads the declared categories in order', () => {
    const { model, issues } = parse([event({ category: 'b' })], {
      categories: [{ id: 'a', label: 'A', color: 'teal' }, { id: 'b' }],
    });
    expect(issues).toEqual([]);
    expect(model.categories).toEqual([
      { id: 'a', label: 'A', color: 'teal' },
      { id: 'b', label: 'b', color: null },
    ]);
  });

  it('parseTimeline(data) gives an unknown category a lane of its own, with a warning', () => {
    const { model, issues } = parse([event({ category: 'zzz' })], {
      categories: [{ id: 'politics', label: 'Politics' }],
    });
    expect(issues).toEqual([
      warning(
        'events[0].category',
        "'zzz' is not one of the categories; it gets a lane of its own",
      ),
    ]);
    expect(model.categories.map((c) => c.id)).toEqual(['politics', 'zzz']);
    expect(model.categories[1]).toEqual({ id: 'zzz', label: 'zzz', color: null });
    expect(model.events[0]?.category).toBe('zzz');
  });

  it('parseTimeline(data) makes categories of the events when none are declared, silently', () => {
    const { model, issues } = parse([event({ category: 'x' }), event({ category: 'y' })]);
    expect(issues).toEqual([]);
    expect(model.categories.map((c) => c.id)).toEqual(['x', 'y']);
  });

  it('parseTimeline(data) refuses a category colour that could carry CSS, with a warning', () => {
    const { model, issues } = parse([event()], {
      categories: [{ id: 'a', color: 'red;background:url(x)' }],
    });
    expect(issues).toEqual([
      warning(
        'categories[0].color',
        "'red;background:url(x)' is not a CSS colour this timeline accepts (hex, rgb(), hsl() or a basic name); a palette colour is used",
      ),
    ]);
    expect(model.categories[0]?.color).toBeNull();
  });

  it('parseTimeline(data) leaves out categories without an id or declared twice', () => {
    const { model, issues } = parse([event()], {
      categories: [{ id: 'a' }, { label: 'No id' }, { id: 'a', label: 'Again' }],
    });
    expect(issues).toEqual([
      warning('categories[1]', 'a category needs an id; it is left out'),
      warning('categories[2].id', "the category 'a' is declared twice; the first is kept"),
    ]);
    expect(model.categories).toEqual([{ id: 'a', label: 'a', color: null }]);
  });

  it('parseTimeline(data) ignores categories that are not a list, with a warning', () => {
    const { model, issues } = parse([event()], { categories: { id: 'a' } });
    expect(issues).toEqual([
      warning('categories', 'should be a list of { "id", "label", "color" }, not an object'),
    ]);
    expect(model.categories).toEqual([]);
  });
});

describe('parseTimeline: the data as a whole', () => {
  it('parseTimeline(data) refuses events that are not a list', () => {
    const { model, issues } = parseTimeline({ events: {} });
    expect(issues).toEqual([error('events', '"events" must be a list, not an object')]);
    expect(model.events).toEqual([]);
  });

  it('parseTimeline(data) refuses data without events', () => {
    expect(parseTimeline({ title: 'x' }).issues).toEqual([
      error('events', 'the data has no "events" list'),
    ]);
  });

  it('parseTimeline(data) refuses data that is not an object', () => {
    const message = (type: string) =>
      `the data must be an object with an "events" list, or a list of vis-timeline items, not ${type}`;
    expect(parseTimeline(42).issues).toEqual([error('', message('a number'))]);
    expect(parseTimeline(null).issues).toEqual([error('', message('null'))]);
    expect(parseTimeline(true).model.events).toEqual([]);
  });

  it('parseTimeline(undefined) says "not undefined", without an article', () => {
    expect(parseTimeline(undefined).issues).toEqual([
      error(
        '',
        'the data must be an object with an "events" list, or a list of vis-timeline items, not undefined',
      ),
    ]);
  });

  it('parseTimeline(text) reads JSON text', () => {
    const { model, issues } = parseTimeline('{"events":[{"title":"A","start":"2020"}]}');
    expect(issues).toEqual([]);
    expect(model.events.map((e) => [e.title, e.start])).toEqual([['A', '2020']]);
  });

  it('parseTimeline(text) refuses text that is not JSON, saying so', () => {
    const { model, issues } = parseTimeline('{"events":');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: '', severity: 'error' });
    expect(issues[0]?.message).toMatch(/^the data is text but not JSON: \S/);
    expect(model.events).toEqual([]);
  });

  it('parseTimeline(data) says there are no events to show for an empty list', () => {
    expect(parseTimeline({ events: [] }).issues).toEqual([
      error('events', 'there are no events to show'),
    ]);
    expect(parseTimeline([]).issues).toEqual([error('', 'there are no events to show')]);
  });

  it('parseTimeline(data) never throws', () => {
    const random = mulberry32(99);
    const values = [
      null,
      undefined,
      0,
      -1,
      1.5,
      '',
      'x',
      '{',
      true,
      [],
      {},
      [null],
      { events: 'x' },
    ];
    for (let i = 0; i < 200; i++) {
      const junk = {
        title: pick(random, values),
        categories: pick(random, values),
        eras: pick(random, values),
        events: Array.from({ length: randomInt(random, 0, 4) }, () =>
          random() < 0.3
            ? pick(random, values)
            : {
                title: pick(random, values),
                start: pick(random, [...values, '2020', '2020-02-30']),
                end: pick(random, values),
                quote: pick(random, values),
                sources: pick(random, values),
                id: pick(random, values),
              },
        ),
      };
      expect(() => parseTimeline(junk)).not.toThrow();
    }
  });

  it('parseTimeline(data) reads eras and leaves out those that end before they start', () => {
    const { model, issues } = parse([event()], {
      eras: [
        { title: 'Civil war', start: '2011-03', end: '2024-12-08' },
        { title: 'Backwards', start: '2012', end: '2011' },
      ],
    });
    expect(issues).toEqual([
      warning('eras[1]', 'an era needs a valid start and an end after it; it is left out'),
    ]);
    expect(model.eras).toEqual([
      {
        title: 'Civil war',
        start: '2011-03',
        end: '2024-12-08',
        startMs: utc(2011, 3),
        endMs: utc(2024, 12, 9),
      },
    ]);
  });
});

describe('parseTimeline: order and positions', () => {
  it('parseTimeline(data) sorts events by start, then end, then input order', () => {
    const { model } = parse([
      event({ title: 'c', start: '2020', end: '2022' }),
      event({ title: 'b', start: '2020', end: '2021' }),
      event({ title: 'a', start: '2020' }),
      event({ title: 'd', start: '2019-06' }),
      event({ title: 'e', start: '2020-01-01' }),
      event({ title: 'f', start: '2020', ongoing: true }),
    ]);
    expect(model.events.map((e) => e.title)).toEqual(['d', 'a', 'e', 'b', 'c', 'f']);
  });

  it('parseTimeline(data) gives each event its start, end and reach in milliseconds', () => {
    const { model } = parse([
      event({ start: '2011-03', end: '2024-12-08' }),
      event({ start: '2015-09-30' }),
      event({ start: '2024-12-08', ongoing: true }),
      event({ start: '2025-07-31T10:00Z' }),
    ]);
    expect(Array.from(model.startMs)).toEqual([
      utc(2011, 3),
      utc(2015, 9, 30),
      utc(2024, 12, 8),
      utc(2025, 7, 31, 10),
    ]);
    expect(Array.from(model.endMs)).toEqual([
      utc(2024, 12, 9),
      utc(2015, 9, 30),
      Number.POSITIVE_INFINITY,
      utc(2025, 7, 31, 10),
    ]);
    expect(Array.from(model.reachMs)).toEqual([
      utc(2024, 12, 9),
      utc(2024, 12, 9),
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
  });

  it('parseTimeline(data) keeps the arrays consistent with the events on random data', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const { model, issues } = parseTimeline(randomTimeline(mulberry32(seed)).document);
      expect(issues).toEqual([]);
      let reach = Number.NEGATIVE_INFINITY;
      model.events.forEach((e, i) => {
        const start = parseIsoDate(e.start);
        const end = e.end === null ? null : parseIsoDate(e.end);
        if ('error' in start || (end && 'error' in end)) throw new Error('unreadable date');
        const endMs = end ? end.endMs : e.ongoing ? Number.POSITIVE_INFINITY : start.ms;
        reach = Math.max(reach, endMs);
        expect(model.startMs[i]).toBe(start.ms);
        expect(model.endMs[i]).toBe(endMs);
        expect(model.reachMs[i]).toBe(reach);
        if (i > 0) {
          const before = [model.startMs[i - 1], model.endMs[i - 1]] as number[];
          expect(before[0]).toBeLessThanOrEqual(start.ms);
          if (before[0] === start.ms) expect(before[1]).toBeLessThanOrEqual(endMs);
        }
      });
    }
  });
});

describe('parseTimeline: nothing is lost', () => {
  /** Ways to spoil an event, and whether the event can still be shown. */
  const SPOILERS: { fields: NativeEvent; shown: boolean }[] = [
    { fields: { title: undefined }, shown: false },
    { fields: { title: '' }, shown: false },
    { fields: { title: false }, shown: false },
    { fields: { start: undefined }, shown: false },
    { fields: { start: '2024-13-45' }, shown: false },
    { fields: { start: '2015-9-30' }, shown: false },
    { fields: { start: 2015.5 }, shown: false },
    { fields: { end: '1999' }, shown: false },
    { fields: { end: [] }, shown: false },
    { fields: { start: 2015 }, shown: true },
    { fields: { ongoing: 'yes' }, shown: true },
    { fields: { certainty: 'maybe' }, shown: true },
    { fields: { importance: 7 }, shown: true },
    { fields: { quote: 5 }, shown: true },
    { fields: { sources: [{ title: 'x', url: 'javascript:x' }] }, shown: true },
    { fields: { end: '2031', ongoing: true }, shown: true },
    { fields: {}, shown: true },
  ];

  it('parseTimeline(data) shows each event or names it in an error, never both', () => {
    const random = mulberry32(2025);
    for (let round = 0; round < 50; round++) {
      const expected: boolean[] = [];
      const events = Array.from({ length: randomInt(random, 1, 40) }, (_, i) => {
        if (random() < 0.05) {
          expected.push(false);
          return pick(random, [3, 'text', [], false]);
        }
        const spoiler = pick(random, SPOILERS);
        expected.push(spoiler.shown);
        return event({ id: `e${i}`, start: `20${randomInt(random, 10, 30)}`, ...spoiler.fields });
      });
      const { model, issues } = parse(events);
      const ids = new Set(model.events.map((e) => e.id));
      expected.forEach((shown, i) => {
        const errors = issues.filter((issue) => issue.severity === 'error' && names(issue, i));
        expect(ids.has(`e${i}`), `events[${i}] shown`).toBe(shown);
        expect(errors.length > 0, `events[${i}] named in an error`).toBe(!shown);
      });
      expect(model.events).toHaveLength(expected.filter(Boolean).length);
    }
  });
});

describe('parseTimeline: idempotence', () => {
  /** The normalized events and categories, written back as a native document. */
  function reparse(result: ParseResult) {
    return parseTimeline({
      categories: result.model.categories,
      events: result.model.events.map((e) => ({ ...e })),
    });
  }

  it('parseTimeline(normalized) gives back the same events', () => {
    const first = parse(
      [
        event({ title: 'A', start: '2015-09-30T08:00+03:00', end: '2015-10' }),
        event({ title: 'A' }),
        event({ title: 'A', id: 'a' }),
        event({ id: 'a' }),
        event({ start: 1917, quote: 'Text only', sources: ['https://example.com'] }),
        event({ start: '-0043-03-15', approximate: true, certainty: 'disputed', importance: 3 }),
        event({ start: '2024-12-08', ongoing: true, category: 'new' }),
        event({ start: '+012000', sources: [{ title: 'T', url: 'javascript:x', date: '2020' }] }),
      ],
      { categories: [{ id: 'old', label: 'Old', color: '#123' }] },
    );
    const second = reparse(first);
    expect(second.issues).toEqual([]);
    expect(second.model.events).toEqual(first.model.events);
    expect(Array.from(second.model.startMs)).toEqual(Array.from(first.model.startMs));
    expect(Array.from(second.model.endMs)).toEqual(Array.from(first.model.endMs));
  });

  it('parseTimeline(normalized) gives back the same events for random data', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const first = parseTimeline(randomTimeline(mulberry32(seed)).document);
      const second = reparse(first);
      expect(second.issues).toEqual([]);
      expect(second.model.events).toEqual(first.model.events);
      expect(second.model.categories).toEqual(first.model.categories);
    }
  });
});
