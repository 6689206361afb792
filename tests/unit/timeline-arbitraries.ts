import fc from 'fast-check';
import { isTimelineJs } from '../../src/model/adapt.js';
import { formatIsoDate } from '../../src/model/dates.js';
import { isRecord } from '../../src/model/is-record.js';
import { CERTAINTIES, PRECISIONS } from '../../src/model/types.js';
import { SPANS, utc } from './fixtures.js';

/**
 * A value of the wrong type for a field: any small JSON value, or a number JSON cannot hold (NaN,
 * ±Infinity, -0). Kept shallow, since every field of every event draws from it.
 */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({}, [], [1, 'a'], { title: 'x' }, [null], { 0: 1 }),
  fc.jsonValue({ maxDepth: 1 }),
);

/** Text as data authors write it, and as they should not: blanks, control characters, HTML. */
export const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('Assad', 'Talks in Moscow', 'É', '12', 'a') },
  fc.constantFrom('', ' ', ' Assad\r\n', '\u0000', 'a\u0007b', 'x\r\ny', '<b>bold</b>', '\u202E'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

/** Text for the HTML fields of TimelineJS and vis-timeline: tags, entities, comments, words. */
export const html: fc.Arbitrary<string> = fc.oneof(
  fc
    .array(
      fc.constantFrom(
        '<b>',
        '</b>',
        '<p>',
        '</p>',
        '<br>',
        '<br/>',
        '&amp;',
        '&lt;',
        '&#x41;',
        '&#0;',
        '&bogus;',
        '<script>x</script>',
        '<!-- c -->',
        '<a href="javascript:alert(1)">',
        'Assad',
        'Moscow',
        ' ',
        '\n',
        'é',
        '<',
        '>',
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join('')),
  fc.string({ maxLength: 10 }),
);

const year = fc.constantFrom(
  '2024',
  '2024',
  '2024',
  '2015',
  '1999',
  '0000',
  '-0043',
  '+012000',
  '9999',
  '+275759',
  '-271820',
  '10000',
  '24',
  '-271821',
);
const two = (min: number, max: number) =>
  fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
const zone = fc.constantFrom('', 'Z', 'z', '+05:30', '-03:00', '+0545', '+14', '-12:00');

/**
 * ISO 8601 strings at every precision, most of them valid and close together (December 2024),
 * some with months, days or hours that do not exist, odd years and zones, or a space for the T.
 */
export const isoDate: fc.Arbitrary<string> = fc
  .record({
    year,
    depth: fc.integer({ min: 0, max: 5 }),
    month: fc.oneof({ weight: 6, arbitrary: fc.constant('12') }, two(0, 13)),
    day: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('08', '09') }, two(0, 32)),
    hour: fc.oneof({ weight: 6, arbitrary: two(0, 23) }, two(0, 24)),
    minute: fc.oneof(fc.constantFrom('00', '30', '45', '59'), two(0, 60)),
    second: two(0, 60),
    fraction: fc.constantFrom('', '', '.5', '.123'),
    zone,
    separator: fc.constantFrom('T', 'T', 'T', ' ', 't'),
  })
  .map((d) => {
    let iso = d.year;
    if (d.depth >= 1) iso += `-${d.month}`;
    if (d.depth >= 2) iso += `-${d.day}`;
    if (d.depth >= 3) {
      iso += `${d.separator}${d.hour}`;
      if (d.depth >= 4) iso += `:${d.minute}`;
      if (d.depth >= 5) iso += `:${d.second}${d.fraction}`;
      iso += d.zone;
    }
    return iso;
  });

/** A native date field: mostly ISO strings, else years as numbers, blanks and junk. */
const nativeDate = fc.oneof(
  { weight: 8, arbitrary: isoDate },
  fc.integer({ min: -300_000, max: 300_000 }),
  fc.constantFrom('', ' 2015 ', '2015-9-1', 'yesterday'),
  junk,
);

const source = fc.oneof(
  fc.record(
    {
      title: fc.oneof(text, junk),
      url: fc.oneof(
        fc.constantFrom('https://example.com/a', 'javascript:alert(1)', '/relative', 'x:y'),
        text,
        junk,
      ),
      publisher: fc.oneof(text, junk),
      date: fc.oneof(isoDate, junk),
    },
    { requiredKeys: [] },
  ),
  fc.constantFrom('https://example.com/b', 'data:text/html,x'),
  junk,
);

const nativeFields = {
  id: fc.oneof(fc.constantFrom('a', 'a', 'a-2', 'b', ' b '), text, junk),
  title: fc.oneof({ weight: 6, arbitrary: text }, fc.integer(), fc.double(), junk),
  start: nativeDate,
  end: fc.oneof(nativeDate, fc.constantFrom(null, '')),
  ongoing: fc.oneof({ weight: 3, arbitrary: fc.boolean() }, junk),
  approximate: fc.oneof({ weight: 3, arbitrary: fc.boolean() }, junk),
  certainty: fc.oneof(fc.constantFrom(...CERTAINTIES, '', 'Confirmed'), junk),
  category: fc.oneof(fc.constantFrom('military', 'talks', ' talks ', 'other', ''), junk),
  summary: fc.oneof(text, junk),
  description: fc.oneof(text, junk),
  quote: fc.oneof(
    text,
    fc.record({ text: fc.oneof(text, junk), by: fc.oneof(text, junk) }, { requiredKeys: [] }),
    junk,
  ),
  sources: fc.oneof(fc.array(source, { maxLength: 2 }), source),
  importance: fc.oneof(fc.constantFrom(1, 2, 3, 0, 4, 2.5, '2'), junk),
};

/** Field names that are not the native format's, some a typo away from one. */
const strayFields = fc.dictionary(
  fc.constantFrom('titel', 'strat', 'ende', 'colour', 'notes', 'importnce', 'precision'),
  junk,
  { maxKeys: 2 },
);

/** A native event whose every field may be missing, valid, or of a random type. */
export const nativeEvent: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fc.record(nativeFields, { requiredKeys: [] }), strayFields)
  .map(([fields, stray]) => ({ ...stray, ...fields }));

const category = fc.oneof(
  fc.record(
    {
      id: fc.oneof(fc.constantFrom('military', 'talks', 'military'), text, junk),
      label: fc.oneof(text, junk),
      color: fc.oneof(fc.constantFrom('#8c2d04', 'teal', 'rgb(1 2 3)', 'url(x)'), junk),
    },
    { requiredKeys: [] },
  ),
  fc.constantFrom('military', 'talks'),
  junk,
);

/** A native document: events of the native format, mixed with values that are no event at all. */
export const nativeDocument: fc.Arbitrary<{ events: unknown[] } & Record<string, unknown>> = fc
  .record(
    {
      title: fc.oneof(text, junk),
      description: fc.oneof(text, junk),
      categories: fc.oneof({ weight: 3, arbitrary: fc.array(category, { maxLength: 3 }) }, junk),
      events: fc.array(fc.oneof({ weight: 8, arbitrary: nativeEvent }, junk), { maxLength: 6 }),
      eras: fc.array(fc.oneof(fc.record({ title: text, start: isoDate, end: isoDate }), junk), {
        maxLength: 2,
      }),
    },
    { requiredKeys: ['events'] },
  )
  // Junk could hold a `text` object or a `start_date`, which would make it TimelineJS.
  .filter((d) => !isTimelineJs(d));

const timelineJsPart = fc.oneof(
  fc.constantFrom(' 2015 ', '12', '+3', '-44', '1e3', 'x', '', '1.5'),
  fc.double(),
  junk,
);

/** A TimelineJS date object: whole numbers mostly, some of them out of range, strings, junk. */
export const timelineJsDate: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    year: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: -3000, max: 3000 }) },
      fc.integer({ min: -300_000, max: 300_000 }),
      timelineJsPart,
    ),
    month: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 13 }) }, timelineJsPart),
    day: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 32 }) }, timelineJsPart),
    hour: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 24 }) }, timelineJsPart),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 60 }),
  },
  { requiredKeys: [] },
);

/**
 * A TimelineJS slide. `headline` is given the arbitrary to use: text and numbers for the
 * accounting properties, anything for the one about values that are not text.
 */
export function timelineJsEvent(headline: fc.Arbitrary<unknown>) {
  return fc.record(
    {
      start_date: fc.oneof({ weight: 8, arbitrary: timelineJsDate }, junk),
      end_date: fc.oneof(timelineJsDate, fc.constant(null), junk),
      text: fc.oneof(
        { weight: 8, arbitrary: fc.record({ headline, text: html }, { requiredKeys: [] }) },
        junk,
      ),
      group: fc.oneof(fc.constantFrom('Military', 'talks', ' talks ', ''), junk),
      unique_id: fc.oneof(fc.constantFrom('a', 'a', 'b'), text, junk),
      display_date: text,
      media: fc.record({ url: fc.constantFrom('javascript:alert(1)', 'https://example.com/') }),
    },
    { requiredKeys: [] },
  );
}

/** Headlines as TimelineJS data has them: HTML, numbers, or missing. */
export const textHeadline: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: html },
  fc.integer(),
  fc.constant(null),
);

/** A TimelineJS document: slides (and junk), maybe a title slide and eras. */
export function timelineJsDocument(headline: fc.Arbitrary<unknown> = textHeadline) {
  return fc
    .record(
      {
        title: fc.oneof(
          fc.record({ text: fc.record({ headline: html, text: html }, { requiredKeys: [] }) }),
          junk,
        ),
        events: fc.array(fc.oneof({ weight: 8, arbitrary: timelineJsEvent(headline) }, junk), {
          minLength: 1,
          maxLength: 8,
        }),
        eras: fc.array(
          fc.record(
            {
              start_date: timelineJsDate,
              end_date: timelineJsDate,
              text: fc.record({ headline: html }),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: ['events'] },
    )
    .filter((d) => isTimelineJs(d)) as fc.Arbitrary<
    { events: unknown[] } & Record<string, unknown>
  >;
}

/** vis-timeline dates: ISO strings, milliseconds in and out of range, Date objects, junk. */
const visDate = fc.oneof(
  { weight: 4, arbitrary: isoDate },
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((days) => days * 86_400_000),
  fc.double({ min: -8.7e15, max: 8.7e15, noNaN: true }),
  fc.constantFrom(8.64e15, -8.64e15, 8.64e15 + 1, 0, 1.5),
  fc.date(),
  junk,
);

/** A vis-timeline item whose every field may be missing, valid, or of a random type. */
export function visItem(id: fc.Arbitrary<unknown> = fc.oneof(text, fc.integer(), junk)) {
  return fc.record(
    {
      id,
      content: fc.oneof({ weight: 4, arbitrary: html }, junk),
      title: fc.oneof(html, junk),
      start: visDate,
      end: fc.oneof(visDate, fc.constant(null)),
      group: fc.oneof(fc.constantFrom('g1', 'g2'), fc.integer({ min: 0, max: 3 }), junk),
      type: fc.oneof(fc.constantFrom('point', 'box', 'range', 'background'), junk),
      className: text,
      style: fc.constantFrom('color: red', 'background: url(javascript:alert(1))'),
    },
    { requiredKeys: [] },
  );
}

/** A list of vis-timeline items, mixed with values that are no item at all. */
export function visItems(item = visItem()): fc.Arbitrary<unknown[]> {
  return fc.array(fc.oneof({ weight: 8, arbitrary: item }, junk), { maxLength: 8 });
}

/** Whether a vis-timeline item is a background item, which becomes an era and not an event. */
export function isBackground(item: unknown): boolean {
  return isRecord(item) && item.type === 'background';
}

const WORDS = ['Assad', 'Moscow', 'lease', 'Tartus', 'talks', 'air', 'base', 'treaty', 'a'];

const layoutEvent = fc.record({
  /** Where in the span it starts, 0–1; a few fixed places make clusters on one instant. */
  at: fc.oneof(
    { weight: 4, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
    fc.constantFrom(0, 0.5, 0.5001, 1),
  ),
  kind: fc.constantFrom('point', 'point', 'range', 'ongoing'),
  length: fc.double({ min: 0, max: 1, noNaN: true }),
  precision: fc.constantFrom(...PRECISIONS),
  endPrecision: fc.constantFrom(...PRECISIONS),
  importance: fc.constantFrom(1, 2, 3),
  category: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
});

/**
 * A valid native document of `minEvents`–`maxEvents` events over a span of hours to centuries:
 * points, ranges and ongoing ranges at mixed precisions, in up to 8 categories, with clusters.
 */
export function layoutDocument(minEvents: number, maxEvents: number) {
  return fc
    .record({
      year: fc.integer({ min: -200, max: 2100 }),
      span: fc.constantFrom(...SPANS),
      categories: fc.integer({ min: 1, max: 8 }),
      events: fc.array(layoutEvent, { minLength: minEvents, maxLength: maxEvents }),
    })
    .map(({ year: y, span, categories, events }) => {
      const start = utc(y, 1, 1);
      const fine = span < 100 * 86_400_000;
      const coarse = (p: (typeof PRECISIONS)[number]) =>
        fine || PRECISIONS.indexOf(p) <= 2 ? p : 'day';
      return {
        title: 'Random',
        categories: Array.from({ length: categories }, (_, i) => ({ id: `c${i}`, label: `C${i}` })),
        events: events.map((e) => {
          const ms = start + e.at * span;
          const fields: Record<string, unknown> = {
            title: e.words.join(' '),
            start: formatIsoDate(ms, coarse(e.precision)),
            importance: e.importance,
          };
          if (e.category !== undefined) fields.category = `c${e.category % categories}`;
          // The end's period holds an instant at or after the start, so it never ends before it.
          if (e.kind === 'range') {
            fields.end = formatIsoDate(ms + e.length * span * 0.5, coarse(e.endPrecision));
          }
          if (e.kind === 'ongoing') fields.ongoing = true;
          return fields;
        }),
      };
    });
}
