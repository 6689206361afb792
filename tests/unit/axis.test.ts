import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../src/layout/axis.js';
import type { TickBox } from '../../src/layout/layout.js';
import type { TimeScale } from '../../src/layout/scale.js';
import type { TickUnit } from '../../src/layout/ticks.js';
import { clampView, type View, viewLimits, viewScale } from '../../src/layout/view.js';
import { dataExtent, finestPrecision } from '../../src/layout/visible.js';
import { LINEAR, type Warp } from '../../src/layout/warp.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { modelWarp, mulberry32, randomInt, randomTimeline, storyModel, utc } from './helpers.js';

/** Independent floors, from the date's own UTC fields, to check the ticks against. */
function floor(t: number, unit: 'year' | 'month' | 'day'): number {
  const d = new Date(t);
  const f = new Date(0);
  f.setUTCFullYear(
    d.getUTCFullYear(),
    unit === 'year' ? 0 : d.getUTCMonth(),
    unit === 'day' ? d.getUTCDate() : 1,
  );
  return f.getTime();
}

const NOW = utc(2026, 11, 27);
const LEFT = 12;
const measure = (text: string) => text.length * 7;
const story = storyModel();
const warp = modelWarp(story, NOW);
const storyView = clampedView(warp, story, 1200);

/** The whole data as clampView leaves it: in u, the extent and its margin. */
function clampedView(w: Warp, m: typeof story, width: number): View {
  const lim = viewLimits(w, dataExtent(m, NOW), finestPrecision(m), width);
  return clampView(w, { start: w.fromU(lim.u0), end: w.fromU(lim.u1) }, lim);
}

/** The axis of a window at a width, as layoutTimeline draws it. */
function axis(w: Warp, view: View, width: number, rtl = false) {
  const right = width - LEFT;
  const x = viewScale(w, view, rtl ? right : LEFT, rtl ? LEFT : right);
  return { x, right, ...axisTicks(x, LEFT, right, rtl, 'en-GB', measure) };
}

/** A label's box: after its tick left to right, before it right to left. */
function box(tick: TickBox, rtl: boolean, pad = 8): [number, number] {
  const w = measure(tick.label) + pad;
  return rtl ? [tick.x - w, tick.x] : [tick.x, tick.x + w];
}

/** Every way the labels of ticks break the contract, as readable lines. */
function overlaps(ticks: TickBox[], right: number, rtl: boolean, pad = 8): string[] {
  const found: string[] = [];
  const shown = ticks.filter((t) => t.label !== '');
  shown.forEach((tick, i) => {
    const [a, b] = box(tick, rtl, pad);
    if (a < LEFT - 1e-9 || b > right + 1e-9) found.push(`${tick.label} at ${a}…${b} is outside`);
    for (const other of shown.slice(i + 1)) {
      const [c, d] = box(other, rtl, pad);
      if (a < d && c < b) found.push(`${tick.label} and ${other.label} overlap`);
    }
  });
  return found;
}

/** The calendar instant a tick stands for, read back through the scale. */
function timeOf(x: TimeScale, tick: TickBox): number {
  return Math.round(x.invert(tick.x));
}

describe('axisTicks', () => {
  it('axisTicks(scale, …) puts year ticks either side of the story gap where their dates are', () => {
    const { x, ticks, tickUnit } = axis(warp, storyView, 1200);
    expect(tickUnit).toBe('year');
    const times = ticks.map((tick) => timeOf(x, tick));
    for (const [i, t] of times.entries()) {
      const tick = ticks[i] as TickBox;
      expect(floor(t, 'year'), new Date(t).toISOString()).toBe(t);
      expect(tick.x).toBeCloseTo(x(t), 6);
      if (tick.label) expect(tick.label).toBe(String(new Date(t).getUTCFullYear()));
    }
    expect(times.filter((t) => t < NOW).length).toBeGreaterThan(10);
    expect(times.filter((t) => t >= utc(2067)).length).toBeGreaterThan(0);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(times.length);
  });

  it('axisTicks(scale, …) labels the years of the story without overlaps', () => {
    const { ticks, right } = axis(warp, storyView, 1200);
    expect(overlaps(ticks, right, false)).toEqual([]);
    const labels = ticks.map((t) => t.label).filter(Boolean);
    expect(labels).toContain('2011');
    expect(labels).toContain('2024');
  });

  it('axisTicks(scale, …) drops a label only where it would not fit', () => {
    let dropped = 0;
    for (const width of [320, 600, 1200, 2560]) {
      const { x, ticks, right } = axis(warp, clampedView(warp, story, width), width);
      let free = LEFT;
      for (const tick of ticks) {
        // Every tick of the story is a year; a dropped one would have read its year.
        const year = String(new Date(timeOf(x, tick)).getUTCFullYear());
        const [a, b] = box({ x: tick.x, label: year }, false);
        const fits = a >= free && b <= right;
        expect(tick.label === '', `${width}px, tick at ${tick.x}`).toBe(!fits);
        if (tick.label) free = b;
        else dropped++;
      }
    }
    expect(dropped).toBeGreaterThan(0);
  });

  it('axisTicks(scale, …) gives days and a row of months for two months at 1200 px', () => {
    const view = { start: utc(2024, 11, 1), end: utc(2024, 12, 31) };
    const { x, ticks, context, tickUnit } = axis(LINEAR, view, 1200);
    expect(tickUnit).toBe('day');
    for (const tick of ticks) {
      const t = timeOf(x, tick);
      expect(floor(t, 'day')).toBe(t);
      if (tick.label) expect(tick.label).toBe(String(new Date(t).getUTCDate()));
    }
    expect(context).toEqual([
      { x: LEFT, label: 'November 2024' },
      { x: x(utc(2024, 12)), label: 'December 2024' },
    ]);
  });

  it('axisTicks(scale, …) names the month the window opens in at its edge', () => {
    const view = { start: utc(2024, 11, 20), end: utc(2024, 12, 20) };
    const { x, context } = axis(LINEAR, view, 1200);
    expect(context).toEqual([
      { x: LEFT, label: 'November 2024' },
      { x: x(utc(2024, 12)), label: 'December 2024' },
    ]);
  });

  it('axisTicks(scale, …) gives year ticks for forty years', () => {
    const view = { start: utc(2000), end: utc(2040) };
    const { x, ticks, tickUnit, context } = axis(LINEAR, view, 1200);
    expect(tickUnit).toBe('year');
    expect(context).toEqual([]);
    for (const tick of ticks) {
      const t = timeOf(x, tick);
      expect(floor(t, 'year')).toBe(t);
    }
  });

  it('axisTicks(scale, …) gives month ticks for a year', () => {
    const view = { start: utc(2024), end: utc(2025) };
    const { x, ticks, tickUnit } = axis(LINEAR, view, 1200);
    expect(tickUnit).toBe('month');
    for (const tick of ticks) {
      const t = timeOf(x, tick);
      expect(floor(t, 'month')).toBe(t);
    }
  });

  it('axisTicks(scale, …) gives finer units for narrower windows', () => {
    const order: TickUnit[] = ['second', 'minute', 'hour', 'day', 'month', 'year'];
    const t = utc(2024, 12, 8, 12);
    let previous = order.length - 1;
    const units: TickUnit[] = [];
    for (const span of [2e12, 1e11, 1e10, 1e9, 1e8, 1e7, 1e6, 1e5]) {
      const { tickUnit } = axis(LINEAR, { start: t - span / 2, end: t + span / 2 }, 1200);
      expect(order.indexOf(tickUnit)).toBeLessThanOrEqual(previous);
      previous = order.indexOf(tickUnit);
      units.push(tickUnit);
    }
    expect(units[0]).toBe('year');
    expect(units[units.length - 1]).toBe('second');
  });

  it('axisTicks(scale, …) keeps labels apart on 200 random datasets, windows and widths', () => {
    const random = mulberry32(2024);
    let labelled = 0;
    for (let round = 0; round < 200; round++) {
      const m = parseTimeline(randomTimeline(random).document).model;
      const w = random() < 0.7 ? modelWarp(m, NOW) : LINEAR;
      const width = randomInt(random, 320, 2560);
      const whole = clampedView(w, m, width);
      const u0 = w.toU(whole.start);
      const u1 = w.toU(whole.end);
      const length = (u1 - u0) * 10 ** (-random() * 3);
      const start = u0 + random() * (u1 - u0 - length);
      const view = { start: w.fromU(start), end: w.fromU(start + length) };
      const rtl = random() < 0.3;
      const { ticks, context, right } = axis(w, view, width, rtl);
      expect(overlaps(ticks, right, rtl), `round ${round}`).toEqual([]);
      expect(overlaps(context, right, rtl, 12), `round ${round}, context`).toEqual([]);
      labelled += ticks.filter((t) => t.label).length;
    }
    expect(labelled).toBeGreaterThan(1000);
  });

  it('axisTicks(scale, …) mirrors the ticks and their labels right to left', () => {
    for (const width of [600, 1200]) {
      const view = clampedView(warp, story, width);
      const ltr = axis(warp, view, width, false);
      const rtl = axis(warp, view, width, true);
      expect(rtl.ticks.map((t) => t.x)).toHaveLength(ltr.ticks.length);
      rtl.ticks.forEach((tick, i) => {
        expect(tick.x).toBeCloseTo(LEFT + ltr.right - (ltr.ticks[i]?.x as number), 6);
      });
      expect(
        rtl.ticks.map((t) => t.label),
        `${width}px`,
      ).toEqual(ltr.ticks.map((t) => t.label));
    }
  });

  it('axisTicks(scale, …) mirrors the context row right to left', () => {
    const view = { start: utc(2024, 11, 20), end: utc(2024, 12, 20) };
    const ltr = axis(LINEAR, view, 1200, false);
    const rtl = axis(LINEAR, view, 1200, true);
    expect(rtl.context.map((c) => c.label)).toEqual(ltr.context.map((c) => c.label));
    rtl.context.forEach((c, i) => {
      expect(c.x).toBeCloseTo(LEFT + ltr.right - (ltr.context[i]?.x as number), 6);
    });
  });
});
