import { describe, expect, it } from 'vitest';
import { MAX_TRACKS, planLanes } from '../../src/layout/lanes.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { TimelineModel } from '../../src/model/types.js';
import { event, mulberry32, randomTimeline, timeline } from './fixtures.js';

function model(events: unknown[], fields: Record<string, unknown> = {}): TimelineModel {
  return parseTimeline(timeline(events, fields)).model;
}

describe('planLanes', () => {
  it('planLanes(model) makes a lane per category with events, in declared order', () => {
    const m = model(
      [
        event({ category: 'politics' }),
        event({ category: 'conflict' }),
        event({ category: 'politics' }),
      ],
      {
        categories: [
          { id: 'conflict', label: 'Conflict', color: '#b3401a' },
          { id: 'military', label: 'Military' },
          { id: 'politics', label: 'Politics' },
        ],
      },
    );
    const { lanes, laneOf } = planLanes(m);
    expect(lanes).toEqual([
      {
        id: 'conflict',
        label: 'Conflict',
        color: '#b3401a',
        paletteIndex: 0,
        tracks: 0,
        points: true,
      },
      { id: 'politics', label: 'Politics', color: null, paletteIndex: 2, tracks: 0, points: true },
    ]);
    expect(Array.from(laneOf)).toEqual(
      m.events.map((e) => lanes.findIndex((lane) => lane.id === e.category)),
    );
  });

  it('planLanes(model) puts events without a category in a last lane', () => {
    const m = model([event({}), event({ category: 'a' })], { categories: [{ id: 'a' }] });
    const { lanes } = planLanes(m);
    expect(lanes.map((l) => [l.id, l.paletteIndex])).toEqual([
      ['a', 0],
      ['', 1],
    ]);
  });

  it('planLanes(model) puts overlapping ranges on different tracks', () => {
    const m = model([
      event({ title: 'war', start: '2011-03', end: '2024-12-08' }),
      event({ title: 'intervention', start: '2015-09-30', end: '2024-12-08' }),
      event({ title: 'point', start: '2016' }),
    ]);
    const { trackOf, lanes } = planLanes(m);
    const track = (title: string) => trackOf[m.events.findIndex((e) => e.title === title)];
    expect(track('war')).toBe(0);
    expect(track('intervention')).toBe(1);
    expect(track('point')).toBe(-1);
    expect(lanes[0]?.tracks).toBe(2);
  });

  it('planLanes(model) reuses a track once its range has ended', () => {
    const m = model([
      event({ start: '2010', end: '2012' }),
      event({ start: '2013', end: '2014' }),
      event({ start: '2011', end: '2015' }),
    ]);
    const { trackOf, lanes } = planLanes(m);
    expect(Array.from(trackOf)).toEqual([0, 1, 0]);
    expect(lanes[0]?.tracks).toBe(2);
  });

  it('planLanes(model) shares tracks beyond MAX_TRACKS, taking the one that frees first', () => {
    const m = model([
      event({ start: '2010', end: '2030' }),
      event({ start: '2011', end: '2020' }),
      event({ start: '2012', end: '2040' }),
      event({ start: '2013', end: '2050' }),
    ]);
    const { trackOf, lanes } = planLanes(m);
    expect(MAX_TRACKS).toBe(3);
    expect(Array.from(trackOf)).toEqual([0, 1, 2, 1]);
    expect(lanes[0]?.tracks).toBe(3);
  });

  it('planLanes(model) gives ongoing ranges a track to themselves', () => {
    const m = model([
      event({ start: '2010', ongoing: true }),
      event({ start: '2030', end: '2031' }),
    ]);
    expect(Array.from(planLanes(m).trackOf)).toEqual([0, 1]);
  });

  it('planLanes(model) never overlaps two ranges on one track while tracks remain', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const m = parseTimeline(randomTimeline(mulberry32(seed)).document).model;
      const { lanes, laneOf, trackOf } = planLanes(m);
      const ends = new Map<string, number>();
      m.events.forEach((_, i) => {
        const track = trackOf[i] as number;
        const lane = laneOf[i] as number;
        expect(lanes[lane]?.id).toBe(m.events[i]?.category);
        if (track < 0) {
          expect(m.endMs[i]).toBe(m.startMs[i]);
          return;
        }
        expect(track).toBeLessThan(MAX_TRACKS);
        // Ranges still running in this lane when this one starts.
        const running = [0, 1, 2].filter(
          (t) => (ends.get(`${lane}:${t}`) ?? Number.NEGATIVE_INFINITY) > (m.startMs[i] as number),
        ).length;
        if (running < MAX_TRACKS) {
          expect(ends.get(`${lane}:${track}`) ?? Number.NEGATIVE_INFINITY).toBeLessThanOrEqual(
            m.startMs[i] as number,
          );
        }
        ends.set(`${lane}:${track}`, m.endMs[i] as number);
      });
    }
  });

  it('planLanes(model, first, shown) gives `shown` categories lanes from `first`, and one lane to the rest', () => {
    const categories = Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, label: `C${i}` }));
    const m = model(
      categories.map((c, i) => event({ category: c.id, start: `${2000 + i}` })),
      { categories },
    );
    const first = planLanes(m, 0, 4);
    expect(first.lanes.map((l) => l.label)).toEqual(['C0', 'C1', 'C2', 'C3', '']);
    expect(first.lanes[4]?.grouped).toBe(6);
    expect(first.page).toEqual({ first: 0, total: 10 });
    const second = planLanes(m, 4, 4);
    expect(second.lanes.slice(0, 4).map((l) => l.label)).toEqual(['C4', 'C5', 'C6', 'C7']);
    // Every event keeps a lane: its category's, or the last one.
    const laneOfCategory = (plan: typeof second, c: string) =>
      plan.laneOf[m.events.findIndex((e) => e.category === c)];
    expect(laneOfCategory(second, 'c5')).toBe(1);
    expect(laneOfCategory(second, 'c0')).toBe(4);
    expect(laneOfCategory(second, 'c9')).toBe(4);
    // The last page holds what is left, and the rest lane the categories before it.
    const last = planLanes(m, 8, 4);
    expect(last.lanes.map((l) => l.label)).toEqual(['C8', 'C9', '']);
    expect(last.lanes[2]?.grouped).toBe(8);
    expect(planLanes(m, 0, 10).page).toBe(undefined);
  });
});
