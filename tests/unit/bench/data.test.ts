import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the bench
import { toTimelineJS, toTimelinesChart, toVis } from '../../../bench/formats.js';
// @ts-expect-error: a plain JavaScript module of the bench
import { generate } from '../../../bench/generate.js';
import { parseTimeline } from '../../../src/model/parse-timeline.js';

interface Event {
  id: string;
  title: string;
  start: string;
  end?: string;
  category: string;
  importance: number;
  summary?: string;
}
interface Data {
  categories: { id: string; label: string }[];
  events: Event[];
}

const DAY = 864e5;
const sentences = (text = '') => text.split('. ').length;

describe('generate(n, seed, options)', () => {
  const data: Data = generate(20000, 7);

  it('gives the same data for the same seed and size, and other data for another seed', () => {
    expect(generate(500, 7)).toEqual(generate(500, 7));
    expect(generate(500, 8).events[0].title).not.toBe(generate(500, 7).events[0].title);
  });

  it('makes events in time order, over fifty years, that parse without an issue', () => {
    const starts = data.events.map((e) => e.start);
    expect(starts).toEqual([...starts].sort());
    expect(starts[0]?.slice(0, 4)).toBe('1976');
    expect(starts.at(-1)?.slice(0, 4)).toBe('2025');
    const small: Data = generate(2000, 7);
    expect(parseTimeline(small).issues).toEqual([]);
  });

  it('gives every event a summary of one or two sentences', () => {
    expect(data.events.every((e) => [1, 2].includes(sentences(e.summary)))).toBe(true);
    const two = data.events.filter((e) => sentences(e.summary) === 2).length / data.events.length;
    expect(two).toBeGreaterThan(0.4);
    expect(two).toBeLessThan(0.6);
  });

  it('makes 30% of the events ranges, in 8 categories, importance 1 to 3', () => {
    const ranges = data.events.filter((e) => e.end).length / data.events.length;
    expect(ranges).toBeGreaterThan(0.28);
    expect(ranges).toBeLessThan(0.32);
    expect(data.categories).toHaveLength(8);
    expect(new Set(data.events.map((e) => e.category)).size).toBe(8);
    expect(new Set(data.events.map((e) => e.importance))).toEqual(new Set([1, 2, 3]));
  });

  it('crowds a quarter of the events within a few months of a dozen dates', () => {
    // Count events per 4-month bin; the bursts stand far above the even spread of the rest.
    const bins = new Map<number, number>();
    for (const e of data.events) {
      const bin = Math.floor(Date.parse(e.start) / (120 * DAY));
      bins.set(bin, (bins.get(bin) ?? 0) + 1);
    }
    const even = (data.events.length * 0.75) / bins.size;
    const crowded = [...bins.values()].filter((n) => n > 3 * even);
    const inBursts = crowded.reduce((sum, n) => sum + n, 0) / data.events.length;
    expect(crowded.length).toBeGreaterThanOrEqual(8);
    expect(crowded.length).toBeLessThanOrEqual(30);
    expect(inBursts).toBeGreaterThan(0.2);
    expect(inBursts).toBeLessThan(0.4);
  });

  it('spreads the events over as many categories as asked', () => {
    const many: Data = generate(10000, 7, { categories: 3000 });
    expect(many.categories).toHaveLength(3000);
    expect(new Set(many.categories.map((c) => c.id)).size).toBe(3000);
    // Drawn at random: 10,000 draws of 3,000 leave about e^(-10/3), 4%, unused.
    expect(new Set(many.events.map((e) => e.category)).size).toBeGreaterThan(2800);
  });
});

describe("the peers' formats", () => {
  const data: Data = generate(300, 3);
  const point = data.events.find((e) => !e.end) as Event;
  const range = data.events.find((e) => e.end) as Event;

  it('toVis gives an item per event and a group per category', () => {
    const { items, groups } = toVis(data);
    expect(groups).toHaveLength(8);
    expect(items).toHaveLength(300);
    expect(items.find((i: { id: string }) => i.id === range.id)).toMatchObject({
      content: range.title,
      start: range.start,
      end: range.end,
      type: 'range',
      group: range.category,
      title: range.summary,
    });
  });

  it('toTimelinesChart gives a swimlane per category, a point a one-day segment', () => {
    const lines = toTimelinesChart(data);
    expect(lines).toHaveLength(8);
    const segments = lines.flatMap((g: { data: { data: unknown[] }[] }) => g.data[0]?.data ?? []);
    expect(segments).toHaveLength(300);
    const label = data.categories.find((c) => c.id === point.category)?.label;
    const lane = lines.find((g: { group: string }) => g.group === label);
    const start = Date.parse(point.start);
    expect(lane.data[0].data).toContainEqual({
      timeRange: [new Date(start), new Date(start + DAY)],
      val: label,
    });
  });

  it('toTimelineJS gives a slide per event with its dates, headline, text and group', () => {
    const { events } = toTimelineJS(data);
    expect(events).toHaveLength(300);
    const slide = events.find((e: { unique_id: string }) => e.unique_id === range.id);
    const [y, m, d] = range.start.split('-').map(Number);
    expect(slide).toMatchObject({
      start_date: { year: y, month: m, day: d },
      text: { headline: range.title, text: range.summary },
    });
    expect(slide.end_date.year).toBe(Number(range.end?.slice(0, 4)));
  });
});
