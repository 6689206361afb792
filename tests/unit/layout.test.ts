import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planLanes } from '../../src/layout/lanes.js';
import {
  GEOMETRY,
  type LayoutInput,
  maxRows,
  type TimelineLayout,
} from '../../src/layout/layout.js';
import { layoutTimeline } from '../../src/layout/package-layout.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { TimelineModel } from '../../src/model/types.js';
import {
  event,
  firstView,
  mulberry32,
  randomInt,
  randomTimeline,
  timeline,
  utc,
} from './fixtures.js';

const NOW = utc(2026, 11, 27);
const LABEL_HEIGHT = 20;

function input(
  model: TimelineModel,
  view: { start: number; end: number },
  width: number,
  extra: Partial<LayoutInput> = {},
): LayoutInput {
  return {
    model,
    lanes: planLanes(model),
    view,
    width,
    now: NOW,
    locale: 'en-GB',
    measure: (t) => t.length * 7,
    words: { today: 'Today', future: 'Future' },
    ...extra,
  };
}

function model(events: unknown[], fields: Record<string, unknown> = {}): TimelineModel {
  return parseTimeline(timeline(events, fields)).model;
}

/** Every way a layout breaks the contract, as readable lines; empty when it holds. */
function violations(layout: TimelineLayout, selected: number): string[] {
  const { left, right, labels, marks } = layout;
  const found: string[] = [];
  const marked = new Map(marks.map((m) => [m.index, m]));
  for (const m of marks) {
    const [lo, hi] = [Math.min(m.x, m.x2), Math.max(m.x, m.x2)];
    if (m.range ? lo < left - 2 || hi > right + 2 : m.x < left || m.x > right) {
      found.push(`mark ${m.index} at ${m.x}…${m.x2} is outside ${left}…${right}`);
    }
  }
  labels.forEach((a, i) => {
    if (a.x < left || a.x + a.width > right) {
      found.push(`label ${a.index} at ${a.x}+${a.width} is outside ${left}…${right}`);
    }
    if (!marked.has(a.index)) found.push(`label ${a.index} has no visible mark`);
    for (const b of labels.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + LABEL_HEIGHT <= b.y ||
        b.y + LABEL_HEIGHT <= a.y;
      if (!apart) found.push(`labels ${a.index} and ${b.index} overlap`);
    }
  });
  if (new Set(labels.map((l) => l.index)).size !== labels.length) found.push('a label twice');
  // A range's label sits on its own track, and gives way there to the next range (and its
  // target) like any other; a point's label is placed before all others.
  const chosen = marked.get(selected);
  if (chosen && !chosen.range && !labels.some((l) => l.index === selected)) {
    found.push(`selected event ${selected} is visible but has no label`);
  }
  return found;
}

describe('maxRows', () => {
  it('maxRows(count) lets each of many lanes use fewer label rows', () => {
    expect([1, 2, 3, 5, 6, 8].map(maxRows)).toEqual([8, 8, 5, 5, 3, 3]);
  });
});

describe('layoutTimeline', () => {
  it('layoutTimeline(input) keeps its guarantees on 240 random datasets, sizes and views', () => {
    const random = mulberry32(1208);
    let labelled = 0;
    for (let round = 0; round < 240; round++) {
      const { document } = randomTimeline(random);
      const m = parseTimeline(document).model;
      const whole = firstView(m, NOW);
      const span = whole.end - whole.start;
      const centre = whole.start + random() * span;
      const length = span * 10 ** (-random() * 4);
      const view =
        random() < 0.25 ? whole : { start: centre - length / 2, end: centre + length / 2 };
      const width = randomInt(random, 320, 2560);
      const selected = random() < 0.6 ? randomInt(random, 0, m.events.length - 1) : -1;
      const rtl = random() < 0.2;
      const layout = layoutTimeline(input(m, view, width, { selected, rtl }));
      expect(violations(layout, selected), `round ${round}`).toEqual([]);
      labelled += layout.labels.length;
    }
    // The guarantees are about labels, so the data must give the layout plenty to place.
    expect(labelled).toBeGreaterThan(2000);
  }, 20_000);

  it('layoutTimeline(input) places labels on a dense day at every width', () => {
    const events = Array.from({ length: 60 }, (_, i) =>
      event({ title: `Event number ${i}`, start: '2024-12-08', importance: (i % 3) + 1 }),
    );
    const m = model(events);
    for (let width = 320; width <= 2560; width += 160) {
      const layout = layoutTimeline(
        input(m, { start: utc(2024, 12, 1), end: utc(2024, 12, 15) }, width),
      );
      expect(violations(layout, -1)).toEqual([]);
      expect(layout.labels.length).toBeGreaterThan(0);
      expect(layout.labels.length).toBeLessThanOrEqual(maxRows(1));
    }
  });

  it('layoutTimeline(input) labels the most important events first when space is short', () => {
    const events = Array.from({ length: 30 }, (_, i) =>
      event({ title: `Event ${i}`, start: '2024-12-08', importance: i >= 25 ? 3 : 1 }),
    );
    const m = model(events);
    const layout = layoutTimeline(
      input(m, { start: utc(2024, 12, 1), end: utc(2024, 12, 15) }, 800),
    );
    const labelled = layout.labels.map((l) => m.events[l.index]?.importance);
    expect(labelled).toEqual([3, 3, 3, 3, 3, 1, 1, 1]);
  });

  it('layoutTimeline(input) labels the selected event even on a crowded day', () => {
    const events = Array.from({ length: 30 }, (_, i) =>
      event({ title: `Event ${i}`, start: '2024-12-08', importance: i === 7 ? 1 : 3 }),
    );
    const m = model(events);
    const selected = m.events.findIndex((e) => e.title === 'Event 7');
    const layout = layoutTimeline(
      input(m, { start: utc(2024, 12, 1), end: utc(2024, 12, 15) }, 800, { selected }),
    );
    expect(layout.labels.map((l) => l.index)).toContain(selected);
    expect(violations(layout, selected)).toEqual([]);
  });

  it('layoutTimeline(input) stacks lanes above the axis, each as tall as the rows it uses', () => {
    const m = model([
      event({ category: 'a' }),
      event({ category: 'a', title: 'Same day', start: '2024-12-08' }),
      event({ category: 'b', start: '2024-12-09', end: '2024-12-20' }),
    ]);
    const layout = layoutTimeline(input(m, { start: utc(2024, 12), end: utc(2025) }, 1000));
    const g = GEOMETRY;
    // Lane a: two points on one day, so two label rows over its point row, and room under its
    // points for the next lane's name to reach up into; lane b: one range, so one track and no
    // point row.
    const a = g.header + 2 * g.row + g.pointRow + g.lanePad + g.toggleReach;
    const b = g.header + g.track + g.lanePad;
    const pointY = g.rail + g.header + 2 * g.row + g.pointRow / 2;
    expect(layout.lanes).toEqual([
      { index: 0, top: g.rail, height: a, rows: 2, pointY, tracksTop: pointY + g.pointRow / 2 },
      {
        index: 1,
        top: g.rail + a,
        height: b,
        rows: 0,
        pointY: g.rail + a + g.header,
        tracksTop: g.rail + a + g.header,
      },
    ]);
    expect(layout.axisY).toBe(g.rail + a + b);
    expect(layout.height).toBe(layout.axisY + g.axis);
    expect([layout.left, layout.right]).toEqual([g.gutter, 1000 - g.gutter]);
    // Given rows win: the element passes those of the first view so heights hold while zooming.
    const given = layoutTimeline({
      ...input(m, { start: utc(2024, 12), end: utc(2025) }, 1000),
      rows: [3, 1],
    });
    expect(given.lanes.map((l) => l.rows)).toEqual([3, 1]);
    expect(given.lanes[0]?.height).toBe(a + g.row);
  });

  it('layoutTimeline(input) puts marks where their dates are', () => {
    const m = model([
      event({ start: '2024-12-08' }),
      event({ start: '2024-12-01', end: '2024-12-11' }),
    ]);
    const view = { start: utc(2024, 12), end: utc(2024, 12, 31) };
    const layout = layoutTimeline(input(m, view, 1000));
    const x = (ms: number) => 12 + ((ms - view.start) / (view.end - view.start)) * 976;
    const point = layout.marks.find((mk) => !mk.range);
    const range = layout.marks.find((mk) => mk.range);
    expect(point?.x).toBeCloseTo(x(utc(2024, 12, 8)), 6);
    expect(point?.x2).toBeCloseTo(x(utc(2024, 12, 9)), 6);
    expect(range?.x).toBeCloseTo(x(utc(2024, 12, 1)), 6);
    expect(range?.x2).toBeCloseTo(x(utc(2024, 12, 12)), 6);
  });

  it('layoutTimeline(input) mirrors positions right to left', () => {
    const m = model([event({ start: '2024-12-08' })]);
    const view = { start: utc(2024, 12), end: utc(2024, 12, 31) };
    const ltr = layoutTimeline(input(m, view, 1000));
    const rtl = layoutTimeline(input(m, view, 1000, { rtl: true }));
    expect(rtl.marks[0]?.x).toBeCloseTo(ltr.left + ltr.right - (ltr.marks[0]?.x as number), 6);
  });

  it('layoutTimeline(input) clips ranges that run past the view', () => {
    const m = model([event({ start: '2011-03', end: '2066' })]);
    const layout = layoutTimeline(input(m, { start: utc(2024), end: utc(2025) }, 1000));
    expect(layout.marks[0]).toMatchObject({
      x: layout.left - 2,
      x2: layout.right + 2,
      range: true,
    });
  });

  it('layoutTimeline(input) draws today when now is in view, and the future from there', () => {
    const m = model([event({ start: '2024-12-08', ongoing: true })]);
    const inView = layoutTimeline(input(m, { start: utc(2024), end: utc(2028) }, 1000));
    expect(inView.today).toBeCloseTo(12 + ((NOW - utc(2024)) / (utc(2028) - utc(2024))) * 976, 6);
    expect(inView.future).toBe(inView.today);
    expect(inView.rail.map((r) => r.label)).toEqual(['Today', 'Future']);
    const past = layoutTimeline(input(m, { start: utc(2024), end: utc(2025) }, 1000));
    expect([past.today, past.future]).toEqual([null, null]);
    const ahead = layoutTimeline(input(m, { start: utc(2030), end: utc(2031) }, 1000));
    expect([ahead.today, ahead.future]).toEqual([null, ahead.left]);
  });

  it('layoutTimeline(input) labels the Russia–Syria story without overlaps', () => {
    const data = JSON.parse(readFileSync('data/russia-syria.json', 'utf8'));
    const m = parseTimeline(data).model;
    for (const width of [320, 600, 1200, 2560]) {
      const layout = layoutTimeline(input(m, firstView(m, NOW), width));
      expect(violations(layout, -1)).toEqual([]);
      expect(layout.marks).toHaveLength(m.events.length);
      expect(layout.tickUnit).toBe('year');
    }
    const wide = layoutTimeline(input(m, firstView(m, NOW), 1200));
    const labelled = new Set(wide.labels.map((l) => m.events[l.index]?.id));
    expect(labelled.has('assad-ousted')).toBe(true);
    expect(labelled.has('bases-leases')).toBe(true);
  });

  it('layoutTimeline(input) gives calendar ticks with labels that fit', () => {
    const m = model([event({ start: '2024-11-27', end: '2024-12-08' })]);
    const view = { start: utc(2024, 11, 20), end: utc(2024, 12, 20) };
    const layout = layoutTimeline(input(m, view, 1200));
    expect(layout.tickUnit).toBe('day');
    for (const tick of layout.ticks) {
      expect(tick.x).toBeGreaterThanOrEqual(layout.left);
      expect(tick.x).toBeLessThanOrEqual(layout.right);
    }
    expect(layout.context.map((c) => c.label)).toEqual(['November 2024', 'December 2024']);
  });
});
