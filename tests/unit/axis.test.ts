import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../src/layout/axis.js';
import type { TickUnit } from '../../src/layout/ticks.js';
import type { TickBox } from '../../src/layout/types.js';
import { fitView, type View, viewScale } from '../../src/layout/view.js';
import { dataExtent } from '../../src/layout/visible.js';
import {
  createWarp,
  eventBounds,
  findGaps,
  keepEnds,
  LINEAR,
  type Warp,
} from '../../src/layout/warp.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { TimelineModel } from '../../src/model/types.js';
import { periodStart } from './calendar-oracle.js';
import { firstView, mulberry32, randomInt, randomTimeline, storyModel, utc } from './fixtures.js';

const NOW = utc(2026, 11, 27);
const LEFT = 12;
const measure = (text: string) => text.length * 7;
const story = storyModel();
const warp = elementWarp(story);
const storyView = wholeView(warp, story);

/** The warp the element draws a model with: gaps found, a little of each end kept at full scale. */
function elementWarp(m: TimelineModel): Warp {
  const extent = dataExtent(m, NOW);
  return createWarp(keepEnds(findGaps(eventBounds(m, NOW))), extent.end - extent.start);
}

/** All the data with its margin, as the element first shows it. */
function wholeView(w: Warp, m: TimelineModel): View {
  return fitView(w, dataExtent(m, NOW));
}

/** The axis of a window at a width, as layoutTimeline lays it out. */
function axis(w: Warp, view: View, width: number, rtl = false) {
  const right = width - LEFT;
  const x = viewScale(w, view, rtl ? right : LEFT, rtl ? LEFT : right);
  return {
    x,
    right,
    ...axisTicks({ x, gaps: w.gaps, left: LEFT, right, rtl, locale: 'en-GB', measure }),
  };
}

/** A label's box: after its tick left to right, before it right to left; 4 px either side. */
function box(tick: TickBox, rtl: boolean): [number, number] {
  const w = measure(tick.label) + 8;
  return rtl ? [tick.x - w, tick.x] : [tick.x, tick.x + w];
}

/** Every way the labels of a row break the contract, as readable lines. */
function overlaps(ticks: TickBox[], right: number, rtl: boolean): string[] {
  const found: string[] = [];
  const shown = ticks.filter((t) => t.label !== '');
  shown.forEach((tick, i) => {
    const [a, b] = box(tick, rtl);
    // The text stops 4 px inside its box: the room after it keeps the next label away.
    const [text0, text1] = rtl ? [a + 4, b] : [a, b - 4];
    if (text0 < LEFT - 1e-9 || text1 > right + 1e-9)
      found.push(`${tick.label} at ${a}…${b} is outside`);
    for (const other of shown.slice(i + 1)) {
      const [c, d] = box(other, rtl);
      if (a < d - 1e-9 && c < b - 1e-9) found.push(`${tick.label} and ${other.label} overlap`);
    }
  });
  return found;
}

const labels = (boxes: TickBox[]) => boxes.map((b) => b.label).filter(Boolean);

describe('axisTicks', () => {
  it('axisTicks(input) puts year ticks either side of the story gap where their dates are', () => {
    const { x, ticks, tickUnit } = axis(warp, storyView, 1200);
    expect(tickUnit).toBe('year');
    for (const tick of ticks) {
      expect(periodStart(tick.t, 'year'), new Date(tick.t).toISOString()).toBe(tick.t);
      expect(tick.x).toBeCloseTo(x(tick.t), 6);
      if (tick.label) expect(tick.label).toBe(String(new Date(tick.t).getUTCFullYear()));
    }
    const times = ticks.map((t) => t.t);
    expect(times.filter((t) => t < NOW).length).toBeGreaterThan(10);
    expect(times.filter((t) => t >= utc(2066)).length).toBeGreaterThan(0);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('axisTicks(input) labels the years of the story without overlaps', () => {
    const { ticks, right } = axis(warp, storyView, 1200);
    expect(overlaps(ticks, right, false)).toEqual([]);
    expect(labels(ticks)).toContain('2011');
    expect(labels(ticks)).toContain('2024');
  });

  it('axisTicks(input) drops a label only for a later one in its way, or the plot’s end', () => {
    for (const width of [320, 600, 1200, 2560]) {
      const { ticks, right } = axis(warp, wholeView(warp, story), width);
      ticks.forEach((tick, i) => {
        if (tick.label) return;
        const year = String(new Date(tick.t).getUTCFullYear());
        const [a, b] = box({ ...tick, label: year }, false);
        const later = ticks.slice(i + 1).filter((t) => t.label);
        const blocked = later.some((t) => t.x < b) || a < LEFT || b > right;
        expect(blocked, `${width}px, ${year} at ${tick.x}`).toBe(true);
      });
    }
  });

  it('axisTicks(input) gives days and a row of months for two months at 1200 px', () => {
    const view = { start: utc(2024, 11, 1), end: utc(2024, 12, 31) };
    const { x, ticks, context, tickUnit } = axis(LINEAR, view, 1200);
    expect(tickUnit).toBe('day');
    for (const tick of ticks) {
      expect(periodStart(tick.t, 'day')).toBe(tick.t);
      if (tick.label) expect(tick.label).toBe(String(new Date(tick.t).getUTCDate()));
    }
    expect(context).toEqual([
      { x: LEFT, t: utc(2024, 11), label: 'November 2024' },
      { x: x(utc(2024, 12)), t: utc(2024, 12), label: 'December 2024' },
    ]);
  });

  it('axisTicks(input) names the month the window opens in at its edge', () => {
    const view = { start: utc(2024, 11, 20), end: utc(2024, 12, 20) };
    const { x, context } = axis(LINEAR, view, 1200);
    expect(context).toEqual([
      { x: LEFT, t: view.start, label: 'November 2024' },
      { x: x(utc(2024, 12)), t: utc(2024, 12), label: 'December 2024' },
    ]);
  });

  it('axisTicks(input) gives year ticks for forty years, and no context row when a tick opens it', () => {
    const { ticks, tickUnit, tickStep, context } = axis(
      LINEAR,
      { start: utc(2000), end: utc(2040) },
      1200,
    );
    expect([tickUnit, tickStep.step]).toEqual(['year', 2]);
    expect(context).toEqual([]);
    for (const tick of ticks) expect(periodStart(tick.t, 'year')).toBe(tick.t);
  });

  it('axisTicks(input) names the year a window of years opens in, under the ticks', () => {
    const view = { start: utc(1995, 3), end: utc(2040) };
    const { context, ticks } = axis(LINEAR, view, 600);
    expect(context).toEqual([{ x: LEFT, t: view.start, label: '1995' }]);
    expect(labels(ticks)[0]).toBe('2000');
    // A tick near the edge: the year the window opens in gives way to it.
    const near = axis(LINEAR, { start: utc(1999, 9), end: utc(2040) }, 600);
    expect([near.context, labels(near.ticks)[0]]).toEqual([[], '2000']);
  });

  it('axisTicks(input) gives month ticks for a year', () => {
    const { ticks, tickUnit } = axis(LINEAR, { start: utc(2024), end: utc(2025) }, 1200);
    expect(tickUnit).toBe('month');
    for (const tick of ticks) expect(periodStart(tick.t, 'month')).toBe(tick.t);
  });

  it('axisTicks(input) gives finer units for narrower windows, down to seconds', () => {
    const order: TickUnit[] = ['second', 'minute', 'hour', 'day', 'month', 'year'];
    const t = utc(2024, 12, 8, 12);
    const units = [2e12, 1e11, 1e10, 1e9, 1e8, 1e7, 1e6, 1e5].map(
      (span) => axis(LINEAR, { start: t - span / 2, end: t + span / 2 }, 1200).tickUnit,
    );
    expect(units.map((u) => order.indexOf(u))).toEqual(
      [...units.map((u) => order.indexOf(u))].sort((a, b) => b - a),
    );
    expect(units[0]).toBe('year');
    expect(units[units.length - 1]).toBe('second');
  });

  it('axisTicks(input) chooses the finest step whose every label fits before the next tick', () => {
    for (const width of [320, 800, 2560]) {
      for (const span of [1e6, 1e8, 1e10, 1e12, 1e14]) {
        const t = utc(2024, 12, 8);
        const { ticks, tickStep } = axis(LINEAR, { start: t, end: t + span }, width);
        ticks.slice(1).forEach((tick, i) => {
          const previous = ticks[i] as TickBox;
          // Days every 2 or 7 start again on the 1st: the day before gives way to it.
          const restart = tickStep.unit === 'day' && new Date(tick.t).getUTCDate() === 1;
          if (restart && tickStep.step > 1) {
            if (previous.label && tick.label) {
              expect(previous.x + measure(previous.label) + 8).toBeLessThanOrEqual(tick.x);
            }
          } else
            expect(tick.x - previous.x).toBeGreaterThanOrEqual(measure(previous.label) + 16 - 0.5);
        });
      }
    }
  });

  it('axisTicks(input) keeps labels apart on 200 random datasets, windows and widths', () => {
    const random = mulberry32(2024);
    let labelled = 0;
    for (let round = 0; round < 200; round++) {
      const m = parseTimeline(randomTimeline(random).document).model;
      const w = random() < 0.7 ? elementWarp(m) : LINEAR;
      const width = randomInt(random, 320, 2560);
      const whole = wholeView(w, m);
      const u0 = w.toU(whole.start);
      const u1 = w.toU(whole.end);
      const length = (u1 - u0) * 10 ** (-random() * 3);
      const start = u0 + random() * (u1 - u0 - length);
      const view = { start: w.fromU(start), end: w.fromU(start + length) };
      const rtl = random() < 0.3;
      const { ticks, context, breaks, right } = axis(w, view, width, rtl);
      const named = breaks.flatMap((b) =>
        b.labelX === null
          ? []
          : [{ x: b.labelX + ((rtl ? 1 : -1) * (measure(b.label) + 8)) / 2, t: 0, label: b.label }],
      );
      expect(overlaps(ticks, right, rtl), `round ${round}`).toEqual([]);
      expect(overlaps([...context, ...named], right, rtl), `round ${round}, row 2`).toEqual([]);
      labelled += labels(ticks).length;
    }
    expect(labelled).toBeGreaterThan(1000);
  });

  it('axisTicks(input) mirrors the ticks, the context row and the breaks right to left', () => {
    for (const [w, view] of [
      [warp, wholeView(warp, story)],
      [warp, storyView],
      [LINEAR, { start: utc(2024, 11, 20), end: utc(2024, 12, 20) }],
    ] as const) {
      const ltr = axis(w, view, 1200, false);
      const rtl = axis(w, view, 1200, true);
      const mirror = (v: number) => LEFT + ltr.right - v;
      expect(rtl.ticks.map((t) => t.label)).toEqual(ltr.ticks.map((t) => t.label));
      expect(rtl.context.map((t) => t.label)).toEqual(ltr.context.map((t) => t.label));
      const xs = (boxes: { x: number }[]) => boxes.map((b) => b.x);
      expect(xs(rtl.ticks)).toEqual(xs(ltr.ticks).map((x) => expect.closeTo(mirror(x), 6)));
      expect(xs(rtl.context)).toEqual(xs(ltr.context).map((x) => expect.closeTo(mirror(x), 6)));
      expect(xs(rtl.breaks)).toEqual(xs(ltr.breaks).map((x) => expect.closeTo(mirror(x), 6)));
    }
  });

  it('axisTicks(input) gets ticks where dates exist in a window that runs past the Date range', () => {
    const past = axis(LINEAR, { start: -8.7e15, end: -8.5e15 }, 1200);
    expect(labels(past.ticks)).toContain('270000 BC');
    expect(past.ticks.every((t) => t.t >= -8.64e15)).toBe(true);
    const future = axis(LINEAR, { start: 8.5e15, end: 8.7e15 }, 1200);
    expect(labels(future.ticks)).toContain('275000');
    expect(future.ticks.every((t) => t.t <= 8.64e15)).toBe(true);
  });
});

describe('axisTicks: the axis never lies (the reported bugs)', () => {
  // Events that all fall in 2026 sat under "2025", and events of May 1961 under "1960": the
  // label of the year at the window's edge kept its place and the next year's was dropped.
  it('axisTicks(input) names the year that fills a view that opens a few days before 1 January', () => {
    for (const rtl of [false, true]) {
      const view = { start: utc(2025, 12, 25), end: utc(2026, 12, 20) };
      const { x, context } = axis(LINEAR, view, 1200, rtl);
      expect(context.map((c) => [c.t, c.label])).toEqual([[utc(2026), '2026']]);
      expect(context[0]?.x).toBeCloseTo(x(utc(2026)), 6);
      const may1961 = axis(LINEAR, { start: utc(1960, 12, 29), end: utc(1961, 12, 1) }, 800, rtl);
      expect(labels(may1961.context)).toEqual(['1961']);
    }
  });

  it('axisTicks(input) keeps the year the view opens in while it has room before the next', () => {
    const view = { start: utc(1960, 12, 1), end: utc(1961, 8) };
    const { context } = axis(LINEAR, view, 800);
    expect(labels(context)).toEqual(['1960', '1961']);
    expect(context[0]?.x).toBe(LEFT);
  });

  // "2501 BC, 2001 BC, 1501 BC … 1 BC, 500": ticks were on astronomical multiples of 500.
  it('axisTicks(input) ticks 3000 BC – AD 1500 on round historical years, with their eras', () => {
    const m = parseTimeline({
      events: [
        { title: 'First cities', start: '-2999' },
        { title: 'Printing', start: '1500' },
      ],
    }).model;
    const { ticks, tickStep } = axis(LINEAR, firstView(m, NOW), 1200);
    expect(tickStep).toMatchObject({ unit: 'year', step: 500 });
    expect(labels(ticks)).toEqual([
      '3000 BC',
      '2500 BC',
      '2000 BC',
      '1500 BC',
      '1000 BC',
      '500 BC',
      '1 AD',
      '500',
      '1000',
      '1500',
    ]);
  });

  // Zoomed in it read "101 BC, 81 BC … 1 BC, 20, 40".
  it('axisTicks(input) ticks 110 BC – AD 45 every ten historical years, through 1 AD', () => {
    const { ticks, tickStep } = axis(LINEAR, { start: utc(-109), end: utc(45) }, 1200);
    expect(tickStep.step).toBe(10);
    expect(labels(ticks)).toEqual([
      '110 BC',
      '100 BC',
      '90 BC',
      '80 BC',
      '70 BC',
      '60 BC',
      '50 BC',
      '40 BC',
      '30 BC',
      '20 BC',
      '10 BC',
      '1 AD',
      '10',
      '20',
      '30',
      '40',
    ]);
  });

  // A tick labelled 2050 sat inside the compressed 2028–2066 break.
  it('axisTicks(input) puts no tick inside the story’s break, and labels the years either side', () => {
    const [gap] = warp.gaps;
    expect(new Date(gap?.start ?? 0).getUTCFullYear()).toBe(2028);
    expect(new Date(gap?.end ?? 0).getUTCFullYear()).toBe(2065);
    for (const width of [600, 1200, 2560]) {
      for (const rtl of [false, true]) {
        const a = axis(warp, wholeView(warp, story), width, rtl);
        expect(a.ticks.filter((t) => t.t > (gap?.start ?? 0) && t.t < (gap?.end ?? 0))).toEqual([]);
        expect(labels(a.ticks)).not.toContain('2050');
        // Year ticks either side at 600 and 1200 px; at 2560 px, month ticks and the row of years.
        const written = [...labels(a.ticks), ...labels(a.context)];
        expect(written, `${width}px`).toEqual(expect.arrayContaining(['2028', '2066']));
        expect(a.breaks).toHaveLength(1);
        expect(a.breaks[0]?.label).toBe('36 years');
        expect(a.breaks[0]?.labelX).not.toBeNull();
      }
    }
  });

  it('axisTicks(input) names the year a break gives onto, at its far edge', () => {
    const a = axis(warp, { start: utc(2028), end: utc(2066, 6) }, 1200);
    expect(a.tickUnit).toBe('month');
    const end = warp.gaps[0]?.end ?? 0;
    expect(a.context.map((c) => c.label)).toEqual(['2028', '2065', '2066']);
    expect(a.context[1]).toEqual({ x: a.x(end), t: end, label: '2065' });
  });

  // A far-future event in year 12000 had no year on the axis.
  it('axisTicks(input) writes five-digit years: an event in 12000, alone or after a break', () => {
    const alone = parseTimeline({ events: [{ title: 'Far', start: '+012000' }] }).model;
    for (const width of [320, 1200, 2560]) {
      const one = axis(LINEAR, firstView(alone, NOW), width);
      expect([...labels(one.ticks), ...labels(one.context)], `${width}px`).toContain('12000');
    }
    const both = parseTimeline({
      events: [
        ...['2024-01', '2024-05', '2025-03', '2025-09', '2026-05'].map((start) => ({
          title: 'Now',
          start,
        })),
        { title: 'Far', start: '+012000' },
      ],
    }).model;
    const w = elementWarp(both);
    // At 600 px the tick of 12000 stands 20 px from the plot's end, too near for its label.
    for (const width of [1200, 2560]) {
      const a = axis(w, wholeView(w, both), width);
      expect(a.breaks).toHaveLength(1);
      expect([...labels(a.ticks), ...labels(a.context)], `${width}px`).toContain('12000');
    }
  });
});
