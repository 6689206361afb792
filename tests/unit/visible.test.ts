import { describe, expect, it } from 'vitest';
import { dataExtent, visibleEvents } from '../../src/layout/visible.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { TimelineModel } from '../../src/model/types.js';
import { event, firstView, mulberry32, randomTimeline, timeline, utc } from './fixtures.js';

const NOW = utc(2026, 11, 27);
const YEAR = 365.25 * 86_400_000;

function model(events: unknown[], fields: Record<string, unknown> = {}): TimelineModel {
  return parseTimeline(timeline(events, fields)).model;
}

/** The events touching [start, end], found by looking at every one. */
function touching(m: TimelineModel, start: number, end: number): number[] {
  return m.events
    .map((_, i) => i)
    .filter((i) => (m.endMs[i] as number) >= start && (m.startMs[i] as number) <= end);
}

describe('visibleEvents', () => {
  it('visibleEvents(model, start, end) finds points, ranges and ongoing events in the window', () => {
    const m = model([
      event({ title: 'before', start: '2010' }),
      event({ title: 'war', start: '2011-03', end: '2024-12-08' }),
      event({ title: 'inside', start: '2015-09-30' }),
      event({ title: 'ongoing', start: '2012', ongoing: true }),
      event({ title: 'after', start: '2030' }),
    ]);
    const titles = visibleEvents(m, utc(2015), utc(2016)).map((i) => m.events[i]?.title);
    expect(titles).toEqual(['war', 'ongoing', 'inside']);
  });

  it('visibleEvents(model, start, end) includes events touching either edge', () => {
    const m = model([event({ start: '2015' }), event({ start: '2016' })]);
    expect(visibleEvents(m, utc(2015), utc(2016))).toEqual([0, 1]);
  });

  it('visibleEvents(model, start, end) equals a filter of every event on random data', () => {
    const random = mulberry32(404);
    for (let round = 0; round < 200; round++) {
      const { document, start, end } = randomTimeline(random);
      const m = parseTimeline(document).model;
      for (let w = 0; w < 5; w++) {
        const a = start + (random() * 1.2 - 0.1) * (end - start);
        const b = a + random() ** 3 * (end - start);
        expect(visibleEvents(m, a, b)).toEqual(touching(m, a, b));
      }
      // Windows that start or end exactly on an event.
      const i = Math.floor(random() * m.events.length);
      const edge = m.startMs[i] as number;
      expect(visibleEvents(m, edge, edge)).toEqual(touching(m, edge, edge));
      expect(visibleEvents(m, edge - YEAR, edge)).toEqual(touching(m, edge - YEAR, edge));
    }
  });
});

describe('dataExtent', () => {
  it('dataExtent(model, now) handles a million events with one ongoing (no spread of a million arguments)', () => {
    const n = 1_000_000;
    const startMs = Float64Array.from({ length: n }, (_, i) => i * 1000);
    const endMs = startMs.slice();
    endMs[10] = Number.POSITIVE_INFINITY;
    endMs[n - 1] = 5e12;
    const reachMs = new Float64Array(n);
    let reach = Number.NEGATIVE_INFINITY;
    endMs.forEach((e, i) => {
      reach = Math.max(reach, e);
      reachMs[i] = reach;
    });
    const big = { ...model([event()]), startMs, endMs, reachMs, eras: [] };
    expect(dataExtent(big, 1e12)).toEqual({ start: 0, end: 5e12 });
  });

  it('dataExtent(model, now) spans the first start to the last end', () => {
    const m = model([event({ start: '2011-03', end: '2024-12-08' }), event({ start: '2017' })]);
    expect(dataExtent(m, NOW)).toEqual({ start: utc(2011, 3), end: utc(2024, 12, 9) });
  });

  it('dataExtent(model, now) runs ongoing events to now', () => {
    const m = model([event({ start: '2024-12-08', ongoing: true })]);
    expect(dataExtent(m, NOW)).toEqual({ start: utc(2024, 12, 8), end: NOW });
  });

  it('dataExtent(model, now) reaches ends beyond now, such as 2066', () => {
    const m = model([
      event({ start: '2024-12-08', ongoing: true }),
      event({ start: '2017-01', end: '2066' }),
    ]);
    expect(dataExtent(m, NOW)).toEqual({ start: utc(2017, 1), end: utc(2067) });
  });

  it('dataExtent(model, now) includes the eras', () => {
    const m = model([event({ start: '2015' })], {
      eras: [{ title: 'War', start: '2011-03', end: '2024-12-08' }],
    });
    expect(dataExtent(m, NOW)).toEqual({ start: utc(2011, 3), end: utc(2024, 12, 9) });
  });
});

describe('the whole window (fitView on a linear scale)', () => {
  it('fitView(LINEAR, extent, minSpan) adds a margin of 4% each side', () => {
    const m = model([event({ start: '2000', end: '2024' })]);
    const span = utc(2025) - utc(2000);
    expect(firstView(m, NOW)).toEqual({
      start: utc(2000) - span * 0.04,
      end: utc(2025) + span * 0.04,
    });
  });

  it('fitView(LINEAR, extent, minSpan) centres a single point in twenty units of its precision', () => {
    const m = model([event({ start: '2024-12-08' })]);
    const view = firstView(m, NOW);
    expect(view.end - view.start).toBe(20 * 86_400_000);
    expect(Math.abs((view.start + view.end) / 2 - utc(2024, 12, 8))).toBeLessThan(1);
  });

  it('fitView(LINEAR, extent, minSpan) gives a lone year-dated event twenty years', () => {
    const view = firstView(model([event({ start: '1999' })]), NOW);
    expect(view.end - view.start).toBeCloseTo(20 * 365.25 * 86_400_000, 0);
  });
});
