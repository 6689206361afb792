import { describe, expect, it } from 'vitest';
import { storyOrder } from '../../src/layout/story.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { TimelineModel } from '../../src/model/types.js';
import { event, timeline } from './fixtures.js';

const EVENTS = [
  event({ title: 'Third', start: '2003', id: 'c' }),
  event({ title: 'First', start: '2001', id: 'a' }),
  event({ title: 'Second', start: '2002', id: 'b' }),
];

function model(story?: unknown): TimelineModel {
  const parsed = parseTimeline(timeline(EVENTS)).model;
  // The story list as the parser gives it (model.story); set here so that this test is of the order.
  return story === undefined ? parsed : ({ ...parsed, story } as TimelineModel);
}

const titles = (m: TimelineModel, order: number[]) => order.map((i) => m.events[i]?.title);

describe('storyOrder', () => {
  it('without a story list, every event by time', () => {
    const m = model();
    expect(titles(m, storyOrder(m))).toEqual(['First', 'Second', 'Third']);
  });

  it('with one, its events in its order, leaving the others out', () => {
    const m = model(['c', 'a']);
    expect(titles(m, storyOrder(m))).toEqual(['Third', 'First']);
  });

  it('an id named twice counts once, and one that names no event is left out', () => {
    const m = model(['b', 'nope', 'b', 'a']);
    expect(titles(m, storyOrder(m))).toEqual(['Second', 'First']);
  });

  it('an empty list has no event slides', () => {
    const m = model([]);
    expect(storyOrder(m)).toEqual([]);
  });
});
