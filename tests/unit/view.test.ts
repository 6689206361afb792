import { describe, expect, it } from 'vitest';
import { PRECISION_MS } from '../../src/layout/precision.js';
import type { TimeScale } from '../../src/layout/scale.js';
import { fitView, type View, viewLimits, viewScale } from '../../src/layout/view.js';
import { dataExtent, finestPrecision } from '../../src/layout/visible.js';
import { LINEAR, modelWarp, type Warp } from '../../src/layout/warp.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { PRECISIONS } from '../../src/model/types.js';
import {
  event,
  firstView,
  mulberry32,
  randomInt,
  randomTimeline,
  storyModel,
  timeline,
  utc,
  wholeGapWarp,
} from './fixtures.js';
import { clampView, panView, zoomView } from './zoom-fixtures.js';

const NOW = utc(2026, 11, 27);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const story = storyModel();
const warp = modelWarp(story, NOW);
/** The story's gap compressed whole, from now to the leases' end in 2067. */
const storyGap = wholeGapWarp(story, NOW);
const extent = dataExtent(story, NOW);
const limits = viewLimits(warp, extent, finestPrecision(story), 1200);

/** The story's whole window, as clampView leaves it: the data and its margin in u. */
const whole: View = { start: warp.fromU(limits.u0), end: warp.fromU(limits.u1) };

function uSpan(w: Warp, view: View): number {
  return w.toU(view.end) - w.toU(view.start);
}

/** The time one rounding step of x spans in the steepest piece, with a millisecond to spare. */
function slack(x: TimeScale, at: number): number {
  const msPerPx = Math.max(
    ...x
      .domain()
      .slice(1)
      .map((d, i) => {
        const px = Math.abs((x.range()[i + 1] as number) - (x.range()[i] as number));
        return (d - (x.domain()[i] as number)) / px;
      }),
  );
  return 1 + 16 * Number.EPSILON * (Math.abs(at) + 1) * msPerPx;
}

/** A random window of a random dataset, as clampView would leave it, and its warp. */
function randomCase(random: () => number) {
  const m = parseTimeline(randomTimeline(random).document).model;
  const w = modelWarp(m, NOW);
  const width = randomInt(random, 320, 2560);
  const lim = viewLimits(w, dataExtent(m, NOW), finestPrecision(m), width);
  const centre = lim.u0 + random() * (lim.u1 - lim.u0);
  const length = (lim.u1 - lim.u0) * 10 ** (-random() * 3);
  const view = clampView(
    w,
    { start: w.fromU(centre - length / 2), end: w.fromU(centre + length / 2) },
    lim,
  );
  return { w, view, width, lim };
}

describe('viewScale', () => {
  it('viewScale(warp, view, from, to) maps the window onto [from, to], either way round', () => {
    for (const [from, to] of [
      [12, 1188],
      [1188, 12],
    ] as const) {
      const x = viewScale(warp, whole, from, to);
      expect(x(whole.start)).toBe(from);
      expect(x(whole.end)).toBeCloseTo(to, 9);
    }
  });

  it('viewScale(warp, view, from, to) takes the breakpoints of the gaps inside the window', () => {
    expect(viewScale(storyGap, whole, 12, 1188).domain()).toEqual([
      whole.start,
      NOW,
      utc(2067),
      whole.end,
    ]);
    const before = { start: utc(2020), end: utc(2030) };
    expect(viewScale(storyGap, before, 12, 1188).domain()).toEqual([utc(2020), NOW, utc(2030)]);
    const inside = { start: utc(2030), end: utc(2040) };
    expect(viewScale(storyGap, inside, 12, 1188).domain()).toEqual([utc(2030), utc(2040)]);
  });

  it('viewScale(warp, view, from, to) squeezes the story gap to a short piece', () => {
    const x = viewScale(storyGap, whole, 12, 1188);
    const gap = x(utc(2067)) - x(NOW);
    const year = x(utc(2025)) - x(utc(2024));
    expect(gap).toBeGreaterThan(20);
    expect(gap).toBeLessThan(year);
  });

  it('viewScale(warp, view, from, to) round-trips date → x → date on the story within 1 ms', () => {
    const random = mulberry32(1130);
    for (let round = 0; round < 100; round++) {
      const span = uSpan(warp, whole) * 10 ** (-random() * 3);
      const u = warp.toU(whole.start) + random() * (uSpan(warp, whole) - span);
      const view = { start: warp.fromU(u), end: warp.fromU(u + span) };
      const rtl = round % 2 === 1;
      const x = viewScale(warp, view, rtl ? 1188 : 12, rtl ? 12 : 1188);
      for (let i = 0; i < 40; i++) {
        const t = view.start + random() * (view.end - view.start);
        expect(Math.abs(x.invert(x(t)) - t), `round ${round}`).toBeLessThan(1);
      }
    }
  });

  it('viewScale(warp, view, from, to) round-trips date → x → date on 200 random datasets', () => {
    const random = mulberry32(77);
    for (let round = 0; round < 200; round++) {
      const { w, view, width } = randomCase(random);
      const rtl = random() < 0.5;
      const x = viewScale(w, view, rtl ? width - 12 : 12, rtl ? 12 : width - 12);
      for (let i = 0; i < 40; i++) {
        const t = view.start + random() * (view.end - view.start);
        const miss = Math.abs(x.invert(x(t)) - t);
        expect(miss, `round ${round}, t ${t}`).toBeLessThanOrEqual(slack(x, x(t)));
      }
    }
  });

  it('viewScale(warp, view, from, to) is increasing left to right and decreasing right to left', () => {
    for (const [from, to] of [
      [12, 1188],
      [1188, 12],
    ] as const) {
      const x = viewScale(warp, whole, from, to);
      const times = Array.from(
        { length: 101 },
        (_, i) => whole.start + (i / 100) * (whole.end - whole.start),
      );
      const xs = times.map(x);
      for (let i = 1; i < xs.length; i++) {
        expect(Math.sign((xs[i] as number) - (xs[i - 1] as number))).toBe(Math.sign(to - from));
      }
    }
  });

  it('viewScale(LINEAR, view, from, to) is linear', () => {
    const view = { start: utc(2011, 3), end: utc(2067) };
    const x = viewScale(LINEAR, view, 12, 1188);
    expect(x.domain()).toEqual([view.start, view.end]);
    for (const t of [utc(2011, 3), utc(2015, 9, 30), utc(2024, 12, 8), utc(2067), utc(2080)]) {
      const expected = 12 + ((t - view.start) / (view.end - view.start)) * 1176;
      expect(x(t)).toBeCloseTo(expected, 9);
    }
  });
});

describe('zoomView', () => {
  const anchors = [whole.start, utc(2015, 9, 30), utc(2024, 12, 8), NOW, utc(2040), utc(2067)];

  it('zoomView(warp, view, factor, at) keeps the time at the same x', () => {
    for (const at of anchors) {
      for (const factor of [2, 0.5, 10, 1.1]) {
        for (const [from, to] of [
          [12, 1188],
          [1188, 12],
        ] as const) {
          const before = viewScale(warp, whole, from, to)(at);
          const after = viewScale(warp, zoomView(warp, whole, factor, at), from, to)(at);
          expect(after, `at ${new Date(at).toISOString()} × ${factor}`).toBeCloseTo(before, 6);
        }
      }
    }
  });

  it('zoomView(warp, view, factor, at) divides the u-span by the factor', () => {
    for (const at of anchors) {
      for (const factor of [2, 0.5, 10]) {
        const zoomed = zoomView(warp, whole, factor, at);
        expect(uSpan(warp, zoomed) / uSpan(warp, whole)).toBeCloseTo(1 / factor, 9);
      }
    }
  });

  it('zoomView(warp, zoomView(warp, view, f, at), 1 / f, at) is the view again', () => {
    const random = mulberry32(1);
    for (let i = 0; i < 100; i++) {
      const at = whole.start + random() * (whole.end - whole.start);
      const factor = 10 ** (random() * 4 - 2);
      const back = zoomView(warp, zoomView(warp, whole, factor, at), 1 / factor, at);
      expect(Math.abs(back.start - whole.start), `× ${factor}`).toBeLessThan(1);
      expect(Math.abs(back.end - whole.end), `× ${factor}`).toBeLessThan(1);
    }
  });
});

describe('panView', () => {
  it('panView(warp, view, f) moves the window later by f of its u-span', () => {
    for (const f of [0.1, 0.5, 1, 0.25]) {
      const moved = panView(warp, whole, f);
      const d = f * uSpan(warp, whole);
      expect(warp.toU(moved.start) - warp.toU(whole.start)).toBeCloseTo(d, 0);
      expect(warp.toU(moved.end) - warp.toU(whole.end)).toBeCloseTo(d, 0);
    }
  });

  it('panView(warp, view, -f) moves it earlier', () => {
    const moved = panView(warp, whole, -0.3);
    expect(moved.start).toBeLessThan(whole.start);
    expect(warp.toU(moved.start) - warp.toU(whole.start)).toBeCloseTo(-0.3 * uSpan(warp, whole), 0);
  });

  it('panView(warp, panView(warp, view, f), -f) is the view again', () => {
    const year = { start: utc(2024), end: utc(2025) };
    for (const view of [whole, year]) {
      for (const f of [0.1, 0.5, 2, 7]) {
        const back = panView(warp, panView(warp, view, f), -f);
        expect(Math.abs(back.start - view.start), `pan ${f}`).toBeLessThan(1);
        expect(Math.abs(back.end - view.end), `pan ${f}`).toBeLessThan(1);
      }
    }
  });
});

describe('viewLimits', () => {
  it('viewLimits(warp, extent, finest, width) puts 8% of the u-extent either side', () => {
    const u0 = warp.toU(extent.start);
    const u1 = warp.toU(extent.end);
    expect(limits.u0).toBeCloseTo(u0 - 0.08 * (u1 - u0), 0);
    expect(limits.u1).toBeCloseTo(u1 + 0.08 * (u1 - u0), 0);
  });

  it('viewLimits(warp, extent, finest, width) leaves at least an hour either side', () => {
    const t = utc(2024, 12, 8, 14);
    const lim = viewLimits(LINEAR, { start: t, end: t + 60_000 }, 'minute', 1200);
    expect([lim.u0, lim.u1]).toEqual([t - HOUR, t + 60_000 + HOUR]);
  });

  it('viewLimits(…, finest, width).minSpan is one unit of the finest precision per 100 px', () => {
    for (const width of [100, 320, 1200, 2560]) {
      expect(viewLimits(warp, extent, 'year', width).minSpan).toBeCloseTo(
        (width / 100) * 365.25 * DAY,
        0,
      );
      expect(viewLimits(warp, extent, 'month', width).minSpan).toBeCloseTo(
        (width / 100) * 30.44 * DAY,
        0,
      );
      expect(viewLimits(warp, extent, 'day', width).minSpan).toBe((width / 100) * DAY);
    }
  });

  it('viewLimits(…, finest, width).minSpan is never finer than an hour per 100 px', () => {
    for (const finest of ['hour', 'minute', 'second'] as const) {
      expect(viewLimits(warp, extent, finest, 1200).minSpan).toBe(12 * HOUR);
      expect(PRECISION_MS[finest]).toBe(HOUR);
    }
    const spans = PRECISIONS.map((p) => viewLimits(warp, extent, p, 1200).minSpan);
    expect(spans).toEqual([...spans].sort((a, b) => b - a));
  });
});

describe('clampView', () => {
  const centre = (limits.u0 + limits.u1) / 2;
  const maxSpan = limits.u1 - limits.u0;

  it('clampView(warp, view, limits) cuts a window wider than the limits about its centre', () => {
    const wide = { start: warp.fromU(centre - maxSpan), end: warp.fromU(centre + maxSpan) };
    const cut = clampView(warp, wide, limits);
    expect(warp.toU(cut.start)).toBeCloseTo(limits.u0, 0);
    expect(warp.toU(cut.end)).toBeCloseTo(limits.u1, 0);
  });

  it('clampView(warp, view, limits) cuts an off-centre wide window to the limits', () => {
    const wide = { start: utc(1900), end: utc(2300) };
    const cut = clampView(warp, wide, limits);
    expect(warp.toU(cut.start)).toBeCloseTo(limits.u0, 0);
    expect(warp.toU(cut.end)).toBeCloseTo(limits.u1, 0);
  });

  it('clampView(warp, view, limits) widens a window narrower than minSpan about its centre', () => {
    const t = utc(2024, 12, 8, 12);
    const narrow = clampView(warp, { start: t - HOUR, end: t + HOUR }, limits);
    expect(limits.minSpan).toBe(12 * DAY);
    expect(narrow.end - narrow.start).toBeCloseTo(12 * DAY, 0);
    expect((narrow.start + narrow.end) / 2).toBeCloseTo(t, 0);
  });

  it('clampView(warp, view, limits) shifts a window past the end back inside', () => {
    const late = { start: utc(2068), end: utc(2075) };
    const back = clampView(warp, late, limits);
    expect(warp.toU(back.end)).toBeCloseTo(limits.u1, 0);
    expect(uSpan(warp, back)).toBeCloseTo(uSpan(warp, late), 0);
  });

  it('clampView(warp, view, limits) shifts a window past the start back inside', () => {
    const early = { start: utc(1990), end: utc(2000) };
    const back = clampView(warp, early, limits);
    expect(warp.toU(back.start)).toBeCloseTo(limits.u0, 0);
    expect(uSpan(warp, back)).toBeCloseTo(uSpan(warp, early), 0);
  });

  it('clampView(warp, view, limits) widens and shifts a tiny window at the very start', () => {
    const start = warp.fromU(limits.u0);
    const back = clampView(warp, { start, end: start + HOUR }, limits);
    expect(warp.toU(back.start)).toBeCloseTo(limits.u0, 0);
    expect(back.end - back.start).toBeCloseTo(limits.minSpan, 0);
  });

  it('clampView(warp, view, limits) leaves a valid window as it is', () => {
    for (const view of [
      { start: utc(2015), end: utc(2025) },
      { start: utc(2024, 11, 20), end: utc(2024, 12, 20) },
      { start: utc(2020), end: utc(2067, 6) },
      whole,
    ]) {
      const kept = clampView(warp, view, limits);
      expect(Math.abs(kept.start - view.start)).toBeLessThan(1);
      expect(Math.abs(kept.end - view.end)).toBeLessThan(1);
    }
    const linear = { start: utc(2024, 11, 20), end: utc(2024, 12, 20) };
    expect(clampView(LINEAR, linear, viewLimits(LINEAR, extent, 'day', 1200))).toEqual(linear);
  });

  it('clampView(warp, view, limits) keeps 200 random windows inside the limits and above minSpan', () => {
    const random = mulberry32(404);
    let checked = 0;
    for (let round = 0; round < 200; round++) {
      const { w, lim } = randomCase(random);
      const u = lim.u0 + (random() - 0.5) * 3 * (lim.u1 - lim.u0);
      const length = (lim.u1 - lim.u0) * 10 ** (random() * 4 - 3);
      const view = clampView(w, { start: w.fromU(u), end: w.fromU(u + length) }, lim);
      // Only while the limits are at least minSpan wide can both hold.
      if (w.fromU(lim.u1) - w.fromU(lim.u0) < lim.minSpan) continue;
      const room = 1e-6 * (lim.u1 - lim.u0);
      expect(w.toU(view.start), `round ${round}`).toBeGreaterThanOrEqual(lim.u0 - room);
      expect(w.toU(view.end), `round ${round}`).toBeLessThanOrEqual(lim.u1 + room);
      expect(view.end - view.start, `round ${round}`).toBeGreaterThanOrEqual(lim.minSpan * 0.999);
      checked++;
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('clampView(warp, view, limits) centres data narrower than minSpan', () => {
    // One event: the limits span two hours, minSpan twelve days. The window cannot lie inside
    // the limits, so it should at least keep the event in the middle, not pin it to an edge.
    const m = parseTimeline(timeline([event({ start: '2024-12-08' })])).model;
    const w = modelWarp(m, NOW);
    const lim = viewLimits(w, dataExtent(m, NOW), finestPrecision(m), 1200);
    const view = clampView(w, firstView(m, NOW), lim);
    const x = viewScale(w, view, 12, 1188);
    expect(view.end - view.start).toBeCloseTo(lim.minSpan, 0);
    expect(x(utc(2024, 12, 8)), `window ${new Date(view.start).toISOString()}`).toBeCloseTo(600, 0);
  });
});

describe('fitView', () => {
  const data = { start: utc(2000), end: utc(2100) };
  const share = (v: View) => (data.start - v.start) / (v.end - v.start);

  it('fitView(warp, extent) leaves 4% of the data each side', () => {
    const v = fitView(LINEAR, data);
    expect((data.start - v.start) / (data.end - data.start)).toBeCloseTo(0.04, 9);
    expect((v.end - data.end) / (data.end - data.start)).toBeCloseTo(0.04, 9);
  });

  it('fitView(warp, extent, minSpan, plot) leaves room for a last year label on a narrow plot', () => {
    // 44 px of a 744 px plot, rather than 4% of the data.
    expect(share(fitView(LINEAR, data, 0, 744)) * 744).toBeCloseTo(44, 6);
    // A wide plot keeps 4%, which is more than 44 px there.
    expect(share(fitView(LINEAR, data, 0, 2000))).toBeCloseTo(0.04 / 1.08, 9);
    // Never past the 8% the limits allow.
    expect(share(fitView(LINEAR, data, 0, 400))).toBeCloseTo(0.08 / 1.16, 9);
  });
});
