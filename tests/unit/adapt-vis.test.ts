import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { Issue } from '../../src/model/types.js';
import { utc } from './fixtures.js';

const error = (path: string, message: string): Issue => ({ path, message, severity: 'error' });
const warning = (path: string, message: string): Issue => ({ path, message, severity: 'warning' });

describe('parseTimeline(vis-timeline items)', () => {
  it('parseTimeline(items) turns the HTML content into a plain-text title', () => {
    const { model, issues } = parseTimeline([
      { id: 1, content: '<b>Alpha</b> &amp; <i>beta</i>', start: '2024-12-08' },
    ]);
    expect(issues).toEqual([]);
    expect(model.events[0]).toMatchObject({ id: '1', title: 'Alpha & beta', start: '2024-12-08' });
  });

  it('parseTimeline(items) uses the item title when there is no content', () => {
    const { model } = parseTimeline([{ id: 1, title: 'From <i>title</i>', start: '2024' }]);
    expect(model.events[0]?.title).toBe('From title');
  });

  it('parseTimeline(items) reads milliseconds at day precision when they fall on midnight', () => {
    const { model, issues } = parseTimeline([
      { id: 'a', content: 'Day', start: utc(2024, 12, 8), end: utc(2024, 12, 9, 12) },
      { id: 'b', content: 'Second', start: utc(2024, 12, 8, 10, 30, 15) },
    ]);
    expect(issues).toEqual([]);
    expect(model.events.map((e) => [e.start, e.precision, e.end, e.endPrecision])).toEqual([
      ['2024-12-08', 'day', '2024-12-09T12:00Z', 'minute'],
      ['2024-12-08T10:30:15Z', 'second', null, null],
    ]);
  });

  it('parseTimeline(items) reads Date objects and ISO strings', () => {
    const { model, issues } = parseTimeline([
      { id: 'a', content: 'Date', start: new Date(utc(2020, 1, 1, 10, 30)) },
      { id: 'b', content: 'ISO', start: '2015-09' },
    ]);
    expect(issues).toEqual([]);
    expect(model.events.map((e) => e.start)).toEqual(['2015-09', '2020-01-01T10:30Z']);
  });

  it('parseTimeline(items) makes categories of groups', () => {
    const { model } = parseTimeline([
      { id: 1, content: 'a', start: '2020', group: 7 },
      { id: 2, content: 'b', start: '2021', group: 'diplomacy' },
    ]);
    expect(model.events.map((e) => e.category)).toEqual(['7', 'diplomacy']);
    expect(model.categories.map((c) => c.id)).toEqual(['7', 'diplomacy']);
  });

  it('parseTimeline(items) reads background items as eras', () => {
    const { model } = parseTimeline([
      { id: 1, content: 'Event', start: '2020' },
      { id: 2, content: 'Civil war', start: '2011-03', end: '2024-12-08', type: 'background' },
    ]);
    expect(model.events.map((e) => e.title)).toEqual(['Event']);
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

  it('parseTimeline(items) shows a range without an end as a point, with a warning', () => {
    const { model, issues } = parseTimeline([
      { id: 1, content: 'a', start: '2020' },
      { id: 2, content: 'b', start: '2024-01-01', type: 'range' },
    ]);
    expect(issues).toEqual([
      warning('[1].type', 'a range item needs an end; it is shown as a point'),
    ]);
    expect(model.events[1]).toMatchObject({ id: '2', end: null });
  });

  it('parseTimeline(items) draws point and box items as points, even with an end', () => {
    const { model } = parseTimeline([
      { id: 1, content: 'a', start: '2020', end: '2021', type: 'point' },
      { id: 2, content: 'b', start: '2020', end: '2021', type: 'box' },
    ]);
    expect(model.events.map((e) => e.end)).toEqual([null, null]);
  });

  it('parseTimeline(items) refuses a start that is not a date, at [i].start', () => {
    const { model, issues } = parseTimeline([
      { id: 1, content: 'a', start: '2020' },
      { id: 2, content: 'b', start: '2020' },
      { id: 3, content: 'c', start: '2024-13-01' },
    ]);
    expect(issues).toEqual([
      error('[2].start', "'2024-13-01' is not a date: month 13 does not exist"),
    ]);
    expect(model.events).toHaveLength(2);
  });

  it('parseTimeline(items) refuses items without a start or with an end before it', () => {
    const { issues } = parseTimeline([
      { id: 1, content: 'a' },
      { id: 2, content: 'b', start: '2020', end: '2019' },
      { id: 3, content: 'c', start: { year: 2020 } },
      { id: 4, content: 'd', start: 1e20 },
    ]);
    expect(issues).toEqual([
      error('[0].start', 'every item needs a start'),
      error('[1].end', "the end '2019' is before the start '2020'"),
      error('[2].start', 'a date must be text, milliseconds or a Date, not an object'),
      error(
        '[3].start',
        '100000000000000000000 is not a time in milliseconds that a date can hold',
      ),
    ]);
  });

  it('parseTimeline(items) names NaN milliseconds as NaN, not null', () => {
    const { issues } = parseTimeline([{ id: 1, content: 'a', start: Number.NaN }]);
    expect(issues).toEqual([
      error('[0].start', 'NaN is not a time in milliseconds that a date can hold'),
    ]);
  });

  it('parseTimeline(items) refuses an item without content, at [i].content', () => {
    const { issues } = parseTimeline([{ id: 1, start: '2020' }]);
    expect(issues).toEqual([error('[0].content', 'every event needs a title')]);
  });

  it('parseTimeline(items) refuses an item that is not an object', () => {
    const { issues } = parseTimeline([5, { id: 1, content: 'a', start: '2020' }]);
    expect(issues).toEqual([
      error('[0]', 'an event must be an object with at least a title and a start, not a number'),
    ]);
  });

  it('parseTimeline(items) refuses a null item, with an error', () => {
    const { model, issues } = parseTimeline([null, { id: 1, content: 'a', start: '2020' }]);
    expect(model.events).toHaveLength(1);
    expect(issues).toEqual([
      error('[0]', 'an event must be an object with at least a title and a start, not null'),
    ]);
  });

  it('parseTimeline(items) renames a repeated id, with a warning', () => {
    const { model, issues } = parseTimeline([
      { id: 1, content: 'a', start: '2020' },
      { id: 1, content: 'b', start: '2021' },
    ]);
    expect(issues).toEqual([warning('[1].id', "the id 1 is used twice; this event is '1-2'")]);
    expect(model.events.map((e) => e.id)).toEqual(['1', '1-2']);
  });
});
