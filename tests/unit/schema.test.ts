import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/model/dates.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { event, mulberry32, randomTimeline, timeline } from './fixtures.js';

const schema = JSON.parse(readFileSync('data/schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
const validate = ajv.compile(schema);

/** Whether a document is valid, with Ajv's errors in the failure message when it is not. */
function valid(document: unknown): boolean {
  return validate(document) === true;
}

function errors(document: unknown): string {
  validate(document);
  return ajv.errorsText(validate.errors);
}

/** The JSON files in data/ that are in the native format, not TimelineJS3. */
const nativeFiles = readdirSync('data')
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .filter((name) => !readFileSync(`data/${name}`, 'utf8').includes('"start_date"'));

describe('data/schema.json', () => {
  it('ajv.validateSchema(schema) accepts data/schema.json as draft 2020-12', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  it('validate(data/*.json) accepts every native data file', () => {
    expect(nativeFiles).toContain('russia-syria.json');
    expect(nativeFiles).not.toContain('bases-timelinejs.json');
    for (const name of nativeFiles) {
      const document = JSON.parse(readFileSync(`data/${name}`, 'utf8'));
      expect(errors(document), name).toBe('No errors');
    }
  });

  it('validate(document) accepts a minimal document', () => {
    expect(valid(timeline([{ title: 'A', start: '2015' }]))).toBe(true);
  });

  it('validate(document) accepts an event with every field, unknown fields included', () => {
    const full = event({
      id: 'x',
      end: null,
      ongoing: false,
      approximate: true,
      certainty: 'disputed',
      category: 'c',
      summary: 's',
      description: 'd',
      quote: { text: 'q', by: 'b' },
      sources: [{ title: 't', url: null, publisher: 'p', date: null }],
      importance: 3,
      precision: 'day',
      endPrecision: null,
      note: 'not a field of the format',
    });
    expect(errors(timeline([full], { $schema: './schema.json', eras: [] }))).toBe('No errors');
  });

  it('validate(document) accepts media on events and the timeline, and a story list', () => {
    const media = {
      url: '/demo/media/tartus.webp',
      alt: 'A map',
      caption: 'c',
      credit: 'CC0',
      link: 'https://example.org',
    };
    const document = timeline([event({ id: 'a', media }), event({ media: null })], {
      media: { url: 'https://youtu.be/x' },
      story: ['a'],
    });
    expect(errors(document)).toBe('No errors');
    const { model } = parseTimeline(document);
    expect(errors(timeline(model.events.map((e) => ({ ...e }))))).toBe('No errors');
  });

  it('validate(document) refuses media without a url, and a story that is not a list of ids', () => {
    expect(valid(timeline([event({ media: { alt: 'x' } })]))).toBe(false);
    expect(valid(timeline([event({ media: 'https://example.org/a.jpg' })]))).toBe(false);
    expect(valid(timeline([event({ media: { url: 'x', caption: 3 } })]))).toBe(false);
    expect(valid(timeline([event()], { media: { url: '' } }))).toBe(false);
    expect(valid(timeline([event()], { story: 'a' }))).toBe(false);
    expect(valid(timeline([event()], { story: [1] }))).toBe(false);
  });

  it('validate(document) accepts quotes as text or null', () => {
    expect(valid(timeline([event({ quote: 'Text only' }), event({ quote: null })]))).toBe(true);
  });

  it('validate(document) accepts random data and its normalized events', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const { document } = randomTimeline(mulberry32(seed));
      expect(errors(document)).toBe('No errors');
      const { model } = parseTimeline(document);
      expect(errors(timeline(model.events.map((e) => ({ ...e }))))).toBe('No errors');
    }
  });

  it('validate(document) refuses documents the parser refuses', () => {
    const invalid: [string, unknown][] = [
      ['no events', { title: 'x' }],
      ['events not a list', { events: {} }],
      ['no events to show', { events: [] }],
      ['data not an object', [{ title: 'a', start: '2015' }]],
      ['event without title', timeline([{ start: '2015' }])],
      ['blank title', timeline([event({ title: '  ' })])],
      ['event without start', timeline([{ title: 'a' }])],
      ['bad start', timeline([event({ start: '30/09/2015' })])],
      ['month 13', timeline([event({ start: '2024-13-01' })])],
      ['short year', timeline([event({ start: '99' })])],
      ['bad end', timeline([event({ end: '2015-9-30' })])],
      ['category without id', timeline([event()], { categories: [{ label: 'x' }] })],
    ];
    for (const [name, document] of invalid) expect(valid(document), name).toBe(false);
  });

  it('validate(document) refuses fields of the wrong kind', () => {
    const invalid: [string, Record<string, unknown>][] = [
      ['importance 5', { importance: 5 }],
      ['importance as text', { importance: '3' }],
      ['unknown certainty', { certainty: 'maybe' }],
      ['ongoing as text', { ongoing: 'yes' }],
      ['quote without text', { quote: { by: 'Lavrov' } }],
      ['sources not a list', { sources: { title: 'x' } }],
      ['source without title or url', { sources: [{ publisher: 'p' }] }],
      ['bad precision', { precision: 'week' }],
    ];
    for (const [name, fields] of invalid) {
      expect(valid(timeline([event(fields)])), name).toBe(false);
    }
  });

  it('schema.$defs.isoDate.pattern accepts what parseIsoDate reads and refuses what it cannot', () => {
    const pattern = new RegExp(schema.$defs.isoDate.pattern, 'u');
    const readable = [
      '2015',
      '2015-09',
      '2015-09-30',
      '2015-09-30T08Z',
      '2015-09-30T08:00Z',
      '2015-09-30T08:00:05.123Z',
      '2015-09-30t08:00z',
      '2015-09-30 08:00Z',
      '2015-09-30T08:00+03:00',
      '2015-09-30T08:00-0530',
      '2015-09-30T08:00',
      '-0043-03-15',
      '+012000',
      '0000',
      ' 2015 ',
    ];
    const unreadable = [
      '2015-9-30',
      '30/09/2015',
      '10000',
      '99',
      '2024-13-45',
      '2015-00',
      '2015-01-32',
      '2015-01-01T24:00Z',
      '2015-01-01T23:60Z',
      '',
      'September 2015',
    ];
    for (const text of readable) {
      expect('error' in parseIsoDate(text), text).toBe(false);
      expect(pattern.test(text), text).toBe(true);
    }
    for (const text of unreadable) {
      expect('error' in parseIsoDate(text), text).toBe(true);
      expect(pattern.test(text), text).toBe(false);
    }
  });

  it('schema properties each have a description', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      for (const [key, value] of Object.entries(properties ?? {})) {
        if (typeof (value as { description?: unknown }).description !== 'string') {
          missing.push(`${path}.${key}`);
        }
      }
      for (const [key, value] of Object.entries(node)) visit(value, `${path}.${key}`);
    };
    visit(schema, '#');
    expect(missing).toEqual([]);
  });
});
