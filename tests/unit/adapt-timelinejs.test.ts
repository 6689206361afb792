import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isTimelineJs } from '../../src/model/adapt.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { Issue } from '../../src/model/types.js';
import { utc } from './fixtures.js';

/** A TimelineJS3 slide. */
function slide(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    start_date: { year: 2015, month: 9, day: 30 },
    text: { headline: 'Slide', text: '' },
    ...fields,
  };
}

function parseSlides(events: unknown[], fields: Record<string, unknown> = {}) {
  return parseTimeline({ ...fields, events });
}

const error = (path: string, message: string): Issue => ({ path, message, severity: 'error' });

describe('isTimelineJs', () => {
  it('isTimelineJs(data) is true for events with start_date or a text object', () => {
    expect(isTimelineJs({ events: [{ start_date: { year: 2015 } }] })).toBe(true);
    expect(isTimelineJs({ events: [{ text: { headline: 'x' } }] })).toBe(true);
    expect(isTimelineJs({ title: { text: { headline: 'x' } }, events: [] })).toBe(true);
  });

  it('isTimelineJs(data) is false for the native format', () => {
    expect(isTimelineJs({ title: 'x', events: [{ title: 'a', start: '2015' }] })).toBe(false);
  });
});

describe('parseTimeline(TimelineJS3)', () => {
  it('parseTimeline(timelinejs) reads start_date objects at the precision of their finest part', () => {
    const { model, issues } = parseSlides([
      slide({ start_date: { year: 2015 } }),
      slide({ start_date: { year: 2015, month: 9 } }),
      slide({ start_date: { year: 2015, month: 9, day: 30 } }),
      slide({ start_date: { year: 2015, month: 9, day: 30, hour: 8 } }),
      slide({ start_date: { year: 2015, month: 9, day: 30, hour: 8, minute: 30 } }),
      slide({ start_date: { year: 2015, month: 9, day: 30, hour: 8, minute: 30, second: 5 } }),
    ]);
    expect(issues).toEqual([]);
    expect(model.events.map((e) => [e.start, e.precision])).toEqual([
      ['2015', 'year'],
      ['2015-09', 'month'],
      ['2015-09-30', 'day'],
      ['2015-09-30T08Z', 'hour'],
      ['2015-09-30T08:30Z', 'minute'],
      ['2015-09-30T08:30:05Z', 'second'],
    ]);
  });

  it('parseTimeline(timelinejs) reads numbers written as text', () => {
    const { model, issues } = parseSlides([
      slide({ start_date: { year: '2015', month: '9', day: ' 30 ' } }),
    ]);
    expect(issues).toEqual([]);
    expect(model.events[0]?.start).toBe('2015-09-30');
  });

  it('parseTimeline(timelinejs) reads year -44 as -0043, the Ides of March of 44 BCE', () => {
    const { model } = parseSlides([slide({ start_date: { year: -44, month: 3, day: 15 } })]);
    expect(model.events[0]?.start).toBe('-0043-03-15');
    expect(model.startMs[0]).toBe(Date.parse('-000043-03-15T00:00:00Z'));
  });

  it('parseTimeline(timelinejs) turns the HTML of headlines and texts into plain text', () => {
    const { model } = parseSlides([
      slide({
        text: {
          headline: 'Ides of <i>March</i> &amp; after',
          text: '<p>Caesar&nbsp;is <b>killed</b>.</p><p>Second<script>alert(1)</script></p>',
        },
      }),
    ]);
    expect(model.events[0]?.title).toBe('Ides of March & after');
    expect(model.events[0]?.description).toBe('Caesar\u00a0is killed.\n\nSecond');
  });

  it('parseTimeline(timelinejs) reads the title slide as the title and description', () => {
    const { model } = parseSlides([slide()], {
      title: { text: { headline: '<b>Bases</b>', text: '<p>In TimelineJS3.</p>' } },
    });
    expect(model.title).toBe('Bases');
    expect(model.description).toBe('In TimelineJS3.');
  });

  it('parseTimeline(timelinejs) makes categories of groups and ids of unique_id', () => {
    const { model } = parseSlides([
      slide({ group: 'Air base', unique_id: 'hmeimim' }),
      slide({ group: ' Naval base ' }),
      slide({ group: 'Air base' }),
    ]);
    expect(model.categories).toEqual([
      { id: 'Air base', label: 'Air base', color: null },
      { id: 'Naval base', label: 'Naval base', color: null },
    ]);
    expect(model.events.map((e) => e.category)).toEqual(['Air base', 'Naval base', 'Air base']);
    expect(model.events[0]?.id).toBe('hmeimim');
  });

  it('parseTimeline(timelinejs) reads end_date as the end of a range', () => {
    const { model } = parseSlides([
      slide({ start_date: { year: 2017, month: 1 }, end_date: { year: 2066 } }),
    ]);
    expect(model.events[0]).toMatchObject({ start: '2017-01', end: '2066', endPrecision: 'year' });
    expect(model.endMs[0]).toBe(utc(2067));
  });

  it('parseTimeline(timelinejs) reads eras as background ranges', () => {
    const { model } = parseSlides([slide()], {
      eras: [
        {
          start_date: { year: 2011, month: 3 },
          end_date: { year: 2024, month: 12, day: 8 },
          text: { headline: '<b>Civil war</b>' },
        },
      ],
    });
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

  it('parseTimeline(timelinejs) refuses a month that does not exist, at its start_date', () => {
    const { model, issues } = parseSlides([
      slide(),
      slide({ start_date: { year: 2015, month: 13 } }),
    ]);
    expect(issues).toEqual([
      error(
        'events[1].start_date',
        '{"year":2015,"month":13} is not a date: month 13 does not exist',
      ),
    ]);
    expect(model.events).toHaveLength(1);
  });

  it('parseTimeline(timelinejs) refuses a part that is not a whole number', () => {
    const { issues } = parseSlides([slide({ start_date: { year: 2015, month: 'Sept' } })]);
    expect(issues).toEqual([error('events[0].start_date.month', "'Sept' is not a whole number")]);
  });

  it('parseTimeline(timelinejs) refuses a slide without a start_date', () => {
    const { issues } = parseSlides([slide(), { text: { headline: 'No date' } }]);
    expect(issues).toEqual([
      error('events[1].start_date', 'every event needs a start_date with at least a year'),
    ]);
  });

  it('parseTimeline(timelinejs) refuses an end_date that is not an object', () => {
    const { issues } = parseSlides([slide({ end_date: '2016' })]);
    expect(issues).toEqual([
      error(
        'events[0].end_date',
        'a date must be an object such as { "year": 2015 }, not a string',
      ),
    ]);
  });

  it('parseTimeline(timelinejs) refuses an end_date before its start_date, at end_date', () => {
    const { issues } = parseSlides([
      slide({ start_date: { year: 2015 }, end_date: { year: 2014 } }),
    ]);
    expect(issues).toEqual([
      error('events[0].end_date', "the end '2014' is before the start '2015'"),
    ]);
  });

  it('parseTimeline(timelinejs) names text.headline in the path of a missing headline', () => {
    const { issues } = parseSlides([slide({ text: { headline: '' } })]);
    expect(issues).toEqual([error('events[0].text.headline', 'every event needs a title')]);
  });

  it('parseTimeline(data/bases-timelinejs.json) reads the sample file without issues', () => {
    const data = JSON.parse(readFileSync('data/bases-timelinejs.json', 'utf8'));
    const { model, issues } = parseTimeline(data);
    expect(issues).toEqual([]);
    expect(model.title).toBe("Russia's bases in Syria");
    expect(model.events.map((e) => [e.id, e.start, e.end])).toEqual([
      ['hmeimim', '2015-08-26', null],
      ['air-campaign', '2015-09-30', '2024-12-08'],
      ['tartus-lease', '2017-01', '2066'],
      ['review', '2025-07-31', null],
    ]);
    expect(model.events[3]?.description).toBe(
      'Russia and Syria pledge to review Assad-era agreements — the leases among them?',
    );
    expect(model.eras.map((e) => e.title)).toEqual(['Civil war']);
  });
});
