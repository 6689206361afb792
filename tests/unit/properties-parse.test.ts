import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/model/dates.js';
import { isRecord } from '../../src/model/is-record.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { cleanText, htmlToText } from '../../src/model/text.js';
import type { Issue, ParseResult } from '../../src/model/types.js';
import {
  isBackground,
  isoDate,
  junk,
  nativeDocument,
  timelineJsDocument,
  visItem,
  visItems,
} from './timeline-arbitraries.js';

/** Every property runs 10,000 times from a fixed seed, so a run is the same run every time. */
const RUNS = { seed: 42, numRuns: 10_000 } as const;
/** 10,000 generated documents take a few seconds on a slow machine. */
const SLOW = { timeout: 60_000 };

/** Indices of the input events that an error names: `events[3]`, `events[3].start`, `[3]`. */
function erroneous(issues: Issue[], prefix: 'events' | ''): Set<number> {
  const pattern = new RegExp(`^${prefix}\\[(\\d+)\\]`);
  const found = new Set<number>();
  for (const issue of issues) {
    const match = issue.severity === 'error' ? pattern.exec(issue.path) : null;
    if (match) found.add(Number(match[1]));
  }
  return found;
}

/** Errors that name no input event, other than "there are no events to show". */
function strayErrors(result: ParseResult, prefix: 'events' | ''): Issue[] {
  const pattern = new RegExp(`^${prefix}\\[\\d+\\]`);
  return result.issues.filter(
    (i) =>
      i.severity === 'error' &&
      !pattern.test(i.path) &&
      !(result.model.events.length === 0 && i.message === 'there are no events to show'),
  );
}

/** The titles of the kept events and the titles their inputs give, both sorted. */
function titles(result: ParseResult, expected: string[]) {
  return { kept: result.model.events.map((e) => e.title).sort(), expected: expected.sort() };
}

const nativeTitle = (raw: unknown) => {
  const title = isRecord(raw) ? raw.title : undefined;
  if (typeof title === 'number') return String(title);
  return typeof title === 'string' ? cleanText(title) : '';
};

const timelineJsTitle = (raw: unknown) => {
  const text = isRecord(raw) && isRecord(raw.text) ? raw.text : {};
  return htmlToText(String(text.headline ?? ''));
};

const visTitle = (raw: unknown) => {
  if (!isRecord(raw)) return '';
  const content = typeof raw.content === 'string' ? htmlToText(raw.content) : '';
  return content || (typeof raw.title === 'string' ? htmlToText(raw.title) : '');
};

/** Freezes a value and everything in it, so writing to the input throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Parses the normalized events again, as the native format. */
function reparse(result: ParseResult): ParseResult {
  return parseTimeline({ categories: result.model.categories, events: result.model.events });
}

const FORMATS = [
  ['native', nativeDocument],
  ['TimelineJS', timelineJsDocument()],
  ['vis-timeline', visItems()],
] as const;

describe('parseTimeline: it never throws (10,000 runs each)', SLOW, () => {
  it('parseTimeline(json) never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        parseTimeline(json);
      }),
      RUNS,
    );
  });

  it('parseTimeline(text) never throws on any text, JSON or not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        parseTimeline(text);
      }),
      RUNS,
    );
  });

  it('parseTimeline({ events }) never throws when the events are any JSON values', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }), (events) => {
        parseTimeline({ events });
      }),
      RUNS,
    );
  });

  for (const [format, documents] of FORMATS) {
    it(`parseTimeline(${format}) never throws, nor writes to its input, whatever the field types`, () => {
      fc.assert(
        fc.property(documents, (data) => {
          parseTimeline(deepFreeze(data));
        }),
        RUNS,
      );
    });
  }

  // FAILS. The `data` property hands parseTimeline any JavaScript value, and parseTimeline
  // promises never to throw (the element does not catch it), but two kinds of value throw.
  // Shrunk counterexample (seed 42):
  //   { events: [{ start_date: { year: 1 }, text: { headline: Object.create(null) } }] }
  //   → TypeError: Cannot convert object to primitive value. adapt-timelinejs.ts calls
  //     String(text.headline ?? ''); adapt-vis.ts does the same with String(raw.id), String(raw.group).
  // Without null prototypes the same seed shrinks to { events: [{ ongoing: { '': { 0: 0n } } }] },
  // as { events: [{ title: 'a', start: '2015', ongoing: 1n }] } (or importance: 1n) also does
  //   → TypeError: Do not know how to serialize a BigInt. describe-value.ts quoteValue calls JSON.stringify.
  it('parseTimeline(data) never throws on any JavaScript value (BigInt, null prototypes, Map…)', () => {
    const value = fc.anything({
      maxDepth: 2,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    const field = (keys: string[]) => fc.dictionary(fc.constantFrom(...keys), value);
    const data = fc.oneof(
      value,
      fc.record({
        events: fc.array(field(['title', 'start', 'ongoing', 'importance', 'sources']), {
          maxLength: 3,
        }),
      }),
      fc.record({
        events: fc.array(
          fc.record({ start_date: fc.constant({ year: 2015 }), text: field(['headline', 'text']) }),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      fc.array(
        field(['id', 'content', 'group']).map((f) => ({ start: '2015', ...f })),
        {
          maxLength: 3,
        },
      ),
    );
    fc.assert(
      fc.property(data, (d) => {
        parseTimeline(d);
      }),
      RUNS,
    );
  });
});

describe('parseTimeline: every event is kept or named in an error (10,000 runs each)', SLOW, () => {
  it('parseTimeline(native) keeps each event with its title, or names it in an error', () => {
    fc.assert(
      fc.property(nativeDocument, (data) => {
        const result = parseTimeline(data);
        const failed = erroneous(result.issues, 'events');
        expect(result.model.events.length + failed.size).toBe(data.events.length);
        const { kept, expected } = titles(
          result,
          data.events.filter((_, i) => !failed.has(i)).map(nativeTitle),
        );
        expect(kept).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('parseTimeline(TimelineJS) keeps each slide with its headline, or names it in an error', () => {
    fc.assert(
      fc.property(timelineJsDocument(), (data) => {
        const result = parseTimeline(data);
        const failed = erroneous(result.issues, 'events');
        expect(result.model.events.length + failed.size).toBe(data.events.length);
        const { kept, expected } = titles(
          result,
          data.events.filter((_, i) => !failed.has(i)).map(timelineJsTitle),
        );
        expect(kept).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('parseTimeline(vis items) keeps each item with its content, makes it an era, or names it in an error', () => {
    fc.assert(
      fc.property(visItems(), (items) => {
        const result = parseTimeline(items);
        const failed = erroneous(result.issues, '');
        const eras = items.filter((item, i) => isBackground(item) && !failed.has(i)).length;
        expect(result.model.events.length + failed.size + eras).toBe(items.length);
        const { kept, expected } = titles(
          result,
          items.filter((item, i) => !failed.has(i) && !isBackground(item)).map(visTitle),
        );
        expect(kept).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('parseTimeline(vis items) makes each valid background item an era, or names it in a warning', () => {
    fc.assert(
      fc.property(visItems(), (items) => {
        const result = parseTimeline(items);
        const failed = erroneous(result.issues, '');
        const background = items.filter((item, i) => isBackground(item) && !failed.has(i));
        const refused = result.issues.filter(
          (i) => i.severity === 'warning' && /^\[\d+\]$/.test(i.path) && /^an era/.test(i.message),
        );
        expect(result.model.eras.length + refused.length).toBe(background.length);
      }),
      RUNS,
    );
  });
});

describe('parseTimeline: every error is about an event (10,000 runs each)', SLOW, () => {
  it('parseTimeline(native) reports no error that names no event', () => {
    fc.assert(
      fc.property(nativeDocument, (data) => {
        expect(strayErrors(parseTimeline(data), 'events')).toEqual([]);
      }),
      RUNS,
    );
  });

  // FAILS. Shrunk counterexample (seed 42):
  //   { events: [{ start_date: {} }], eras: [{ end_date: {} }] }
  // gives the error { path: 'eras[0].end_date.year', message: 'a date needs at least a year' }
  // (and the warning 'an era needs a valid start…' for eras[0] as well). The status line counts
  // errors as skipped events, so a bad era reads "1 skipped" though no event was. A native or vis
  // era with a bad date is only a warning. Cause: adaptTimelineJs reads era dates with toIsoDate,
  // which reports with log.add (an error) instead of log.warn.
  it('parseTimeline(TimelineJS) reports no error that names no event', () => {
    fc.assert(
      fc.property(timelineJsDocument(), (data) => {
        expect(strayErrors(parseTimeline(data), 'events')).toEqual([]);
      }),
      RUNS,
    );
  });

  it('parseTimeline(vis items) reports no error that names no item', () => {
    fc.assert(
      fc.property(visItems(), (items) => {
        expect(strayErrors(parseTimeline(items), '')).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('parseTimeline: objects never become text (10,000 runs each)', SLOW, () => {
  const anyJson = fc.oneof(junk, fc.jsonValue({ maxDepth: 2 }), fc.constant({}));
  /** Fields of the kept events that read "[object Object]" and the like. */
  const objectText = (result: ParseResult) =>
    result.model.events.flatMap((e) =>
      [e.id, e.title, e.summary, e.description, e.category].filter((v) =>
        /\[object [A-Z]\w*\]/.test(v),
      ),
    );

  it('parseTimeline(native) never writes an object out as "[object Object]"', () => {
    fc.assert(
      fc.property(nativeDocument, (data) => {
        expect(objectText(parseTimeline(data))).toEqual([]);
      }),
      RUNS,
    );
  });

  // FAILS. Shrunk counterexample (seed 42):
  //   { events: [{ start_date: { year: 0 }, text: { headline: {} } }, null] }
  // keeps an event titled "[object Object]" with no issue at all; a headline of true or [1, 2]
  // becomes the title "true" or "1,2", and text.text the description, the same way. The native
  // format refuses such a title ("a title must be text, not an object"). Cause: adaptTimelineJs
  // calls String(text.headline ?? '') and String(text.text ?? '') on whatever the JSON holds.
  it('parseTimeline(TimelineJS) never writes a headline or text object out as "[object Object]"', () => {
    fc.assert(
      fc.property(timelineJsDocument(anyJson), (data) => {
        expect(objectText(parseTimeline(data))).toEqual([]);
      }),
      RUNS,
    );
  });

  // FAILS. Shrunk counterexample (seed 42):
  //   [{ id: {}, content: '!', start: new Date(0) }]
  // keeps the id "[object Object]" with no warning (two such items become "[object Object]" and
  // "[object Object]-2"); group: {} makes a category "[object Object]" the same way. The native
  // format warns "should be text, not an object" and leaves the value out. Cause: adaptVisItems
  // calls String(raw.id) and String(raw.group) on any value that is not null.
  it('parseTimeline(vis items) never writes an id or group object out as "[object Object]"', () => {
    fc.assert(
      fc.property(visItems(visItem(anyJson)), (items) => {
        expect(objectText(parseTimeline(items))).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('parseTimeline: deterministic (10,000 runs each)', SLOW, () => {
  for (const [format, documents] of FORMATS) {
    it(`parseTimeline(${format}) gives deep-equal results for the same input twice`, () => {
      fc.assert(
        fc.property(documents, (data) => {
          expect(parseTimeline(data)).toEqual(parseTimeline(data));
        }),
        RUNS,
      );
    });
  }
});

describe('parseTimeline: idempotent on its own output (10,000 runs each)', SLOW, () => {
  // The native property FAILS. Shrunk counterexample (seed 42):
  //   { events: [{ title: '!', start: '2024', quote: '\u0000' }] }
  // (the first test below). With blank quotes left out, seeds 42, 1, 2 and 3 pass; the date
  // causes of the other two tests below turn up with more runs or other shapes of input (found
  // while writing these: { title: '!', start: '+012000-12-09', end: '+012000-12-09T05+0545' }
  // and { title: 'x', start: '+275759-12-31T21-03:00' }), and parseIsoDate's own property at
  // the end of this file finds them at once.
  for (const [format, documents] of FORMATS) {
    it(`parseTimeline(${format}) changes nothing when its normalized events are parsed again`, () => {
      fc.assert(
        fc.property(documents, (data) => {
          const first = parseTimeline(data);
          if (first.model.events.length === 0) return;
          const again = reparse(first);
          expect(again.issues.filter((i) => i.severity === 'error')).toEqual([]);
          expect(again.model.events).toEqual(first.model.events);
        }),
        RUNS,
      );
    });
  }

  // FAILS: a quote that is blank once its control characters are removed is kept as
  // { text: '', by: '' }, an empty quote; read again, it is refused with a warning and becomes
  // null. Cause: readQuote (parse-event.ts) returns { text: cleanText(value), by: '' } for any
  // string other than '' without checking that text is left.
  it('parseTimeline(data) keeps no empty quote from a blank one', () => {
    const { model } = parseTimeline({
      events: [{ title: 'Assad', start: '2015', quote: '\u0000' }],
    });
    expect(model.events[0]?.quote).toBeNull();
  });

  // The end '2024-12-09T05+05:30' is 23:30 UTC on the 8th, kept as '2024-12-08T23:30Z' with a
  // period of a minute: before the start, so refused at once rather than accepted once and
  // refused when the normalized events are read again.
  it('parseTimeline(data) refuses at once an end in a half-hour zone that falls before the start', () => {
    const first = parseTimeline({
      events: [{ title: 'a', start: '2024-12-09', end: '2024-12-09T05+05:30' }],
    });
    expect(first.model.events).toHaveLength(0);
    expect(first.issues.map((i) => i.path)).toEqual(['events[0].end']);
  });

  it('parseTimeline(data) normalizes an end in a half-hour zone after the start to a date it accepts again', () => {
    const first = parseTimeline({
      events: [{ title: 'a', start: '2024-12-08', end: '2024-12-09T05+05:30' }],
    });
    expect(first.model.events).toHaveLength(1);
    expect(reparse(first).issues).toEqual([]);
  });

  // '+275759-12-31T21-03:00' is midnight UTC on 1 January 275760: out of range once the zone is
  // applied, so refused at once (its normalized form could not be read again).
  it('parseTimeline(data) refuses a date that the zone offset moves out of range', () => {
    const first = parseTimeline({ events: [{ title: 'x', start: '+275759-12-31T21-03:00' }] });
    expect(first.model.events).toHaveLength(0);
    expect(first.issues[0]?.message).toMatch(/past the range of dates/);
  });
});

describe('parseIsoDate: idempotent on its own output (10,000 runs)', SLOW, () => {
  // FAILS (on either date cause above). Shrunk counterexample (seed 42): '2024-12-08T00+05:30',
  // read as { ms, endMs: ms + 1 hour, precision: 'minute', iso: '2024-12-07T18:30Z' }, whose
  // canonical form reads as a period a minute long.
  it('parseIsoDate(date) names the same period when its canonical form is read again', () => {
    fc.assert(
      fc.property(isoDate, (text) => {
        const first = parseIsoDate(text);
        if ('error' in first) return;
        const again = parseIsoDate(first.iso);
        expect(again).toEqual({ ...first, warning: undefined, iso: first.iso });
      }),
      RUNS,
    );
  });
});
