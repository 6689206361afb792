import { describe, expect, it } from 'vitest';
import { viewScale } from '../../src/layout/view.js';
import { dataExtent } from '../../src/layout/visible.js';
import {
  createWarp,
  eventBounds,
  findGaps,
  GAP_KEEP,
  GAP_LENGTH,
  GAP_SHARE,
  type Gap,
  keepEnds,
  LINEAR,
  modelWarp,
  type Warp,
} from '../../src/layout/warp.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { TimelineModel } from '../../src/model/types.js';
import { event, firstView, mulberry32, randomWarp, storyModel, timeline, utc } from './fixtures.js';

const NOW = utc(2026, 11, 27);
const YEAR = 365.25 * 86_400_000;

function model(events: unknown[]): TimelineModel {
  return parseTimeline(timeline(events)).model;
}

/** The u-length a warp gives a stretch of time. */
function uLength(warp: Warp, { start, end }: Gap): number {
  return warp.toU(end) - warp.toU(start);
}

/**
 * How far a round trip may miss: a millisecond, or the rounding of u magnified by the steepest
 * compression when a gap squeezes far more time than that into each unit of u.
 */
function slack(warp: Warp, u: number): number {
  const stretch = Math.max(1, ...warp.gaps.map((g) => (g.end - g.start) / uLength(warp, g)));
  return 1 + 16 * Number.EPSILON * Math.abs(u) * stretch;
}

describe('eventBounds', () => {
  it('eventBounds(model, now) lists every start and end, sorted', () => {
    const m = model([
      event({ start: '2024-12-08' }),
      event({ start: '2011-03', end: '2024-12-08' }),
      event({ start: '2015-09-30' }),
    ]);
    expect([...eventBounds(m, NOW)]).toEqual([
      utc(2011, 3),
      utc(2015, 9, 30),
      utc(2015, 9, 30),
      utc(2024, 12, 8),
      utc(2024, 12, 8),
      utc(2024, 12, 9),
    ]);
  });

  it('eventBounds(model, now) ends an ongoing range at now, or at its start if later', () => {
    const m = model([
      event({ start: '2024-12-08', ongoing: true }),
      event({ start: '2030', ongoing: true }),
    ]);
    expect([...eventBounds(m, NOW)]).toEqual([utc(2024, 12, 8), NOW, utc(2030), utc(2030)]);
  });

  it('eventBounds(model, now) includes the eras', () => {
    const m = parseTimeline(
      timeline([event({ start: '2024-12-08' })], {
        eras: [{ title: 'War', start: '2011-03', end: '2024-12-08' }],
      }),
    ).model;
    expect(m.eras).toHaveLength(1);
    expect([...eventBounds(m, NOW)]).toEqual([
      utc(2011, 3),
      utc(2024, 12, 8),
      utc(2024, 12, 8),
      utc(2024, 12, 9),
    ]);
  });
});

describe('findGaps', () => {
  it('findGaps(bounds) finds one gap in the story, from now to the end of 2066', () => {
    const gaps = findGaps(eventBounds(storyModel(), NOW));
    expect(gaps).toEqual([{ start: NOW, end: utc(2067) }]);
  });

  it('findGaps(bounds) finds no gap in the story between 2017 and 2024', () => {
    const gaps = findGaps(eventBounds(storyModel(), NOW));
    expect(gaps.filter((g) => g.end > utc(2017) && g.start < utc(2025))).toEqual([]);
  });

  it('findGaps(bounds, share) takes stretches of at least share × the whole extent', () => {
    const bounds = [0, 1, 2, 3, 4, 5, 40, 41, 42, 100];
    expect(findGaps(bounds, 0.15)).toEqual([
      { start: 5, end: 40 },
      { start: 42, end: 100 },
    ]);
    expect(findGaps(bounds, 0.5)).toEqual([{ start: 42, end: 100 }]);
    expect(findGaps(bounds, 0.7)).toEqual([]);
    expect(GAP_SHARE).toBe(0.15);
  });

  it('findGaps(bounds) compresses nothing in evenly spread data', () => {
    expect(findGaps([0, 10, 25, 40, 100])).toEqual([]);
    expect(findGaps([0, 25, 50, 75, 100])).toEqual([]);
    expect(findGaps([0, 100])).toEqual([]);
  });

  it('findGaps(bounds) finds no gaps in empty bounds or a single instant', () => {
    expect(findGaps([])).toEqual([]);
    expect(findGaps([utc(2024, 12, 8)])).toEqual([]);
    expect(findGaps([utc(2024, 12, 8), utc(2024, 12, 8), utc(2024, 12, 8)])).toEqual([]);
  });

  it('findGaps(bounds) leaves the bounds as they were', () => {
    const bounds = [0, 10, 100];
    findGaps(bounds);
    expect(bounds).toEqual([0, 10, 100]);
  });
});

describe('createWarp', () => {
  const extent = 1_000_000;
  const long = { start: 100_000, end: 400_000 };
  const short = { start: 500_000, end: 500_010 };
  const warp = createWarp([long, short], extent);
  const length = GAP_LENGTH * (extent - 300_000 - 10);

  it('createWarp(gaps, extent) gives a gap GAP_LENGTH of the uncompressed rest', () => {
    expect(GAP_LENGTH).toBe(0.045);
    expect(uLength(warp, long)).toBeCloseTo(length, 6);
  });

  it('createWarp(gaps, extent) leaves a gap shorter than that as it is', () => {
    expect(uLength(warp, short)).toBeCloseTo(10, 9);
  });

  it('createWarp(gaps, extent) keeps slope 1 outside the gaps', () => {
    const stretches = [
      [-50_000, 100_000],
      [400_000, 500_000],
      [500_010, 1_200_000],
    ];
    for (const [a, b] of stretches as [number, number][]) {
      for (const f of [0, 0.25, 0.5, 1]) {
        const t = a + (b - a) * f;
        expect(warp.toU(t) - warp.toU(a)).toBeCloseTo(t - a, 6);
      }
    }
    expect(warp.toU(0)).toBe(0);
    expect(warp.toU(-7)).toBe(-7);
    expect(warp.toU(1_200_000)).toBeCloseTo(1_200_000 - (300_000 - length), 6);
  });

  it('createWarp(gaps, extent) is linear inside a gap', () => {
    const u0 = warp.toU(long.start);
    for (const f of [0.1, 0.5, 0.9]) {
      expect(warp.toU(long.start + 300_000 * f)).toBeCloseTo(u0 + length * f, 6);
    }
  });

  it('createWarp(gaps, extent) compresses the story gap to GAP_LENGTH of the rest', () => {
    const m = storyModel();
    const { start, end } = dataExtent(m, NOW);
    const story = createWarp(findGaps(eventBounds(m, NOW)), end - start);
    const gap = { start: NOW, end: utc(2067) };
    expect(story.gaps).toEqual([gap]);
    const rest = end - start - (gap.end - gap.start);
    expect(uLength(story, gap)).toBeCloseTo(GAP_LENGTH * rest, 0);
    expect(story.toU(utc(2024, 12, 8))).toBe(utc(2024, 12, 8));
  });

  it('createWarp(gaps, extent) is monotone increasing on 100 random warps', () => {
    const random = mulberry32(8);
    for (let round = 0; round < 100; round++) {
      const start = utc(2000) + (random() - 0.5) * 1e14;
      const extent = 10 ** (6 + random() * 6);
      const w = randomWarp(random, start, extent);
      const times = Array.from(
        { length: 80 },
        () => start - extent * 0.2 + random() * extent * 1.4,
      );
      times.push(...w.gaps.flatMap((g) => [g.start, g.end]));
      times.sort((a, b) => a - b);
      const us = times.map(w.toU);
      for (let i = 1; i < us.length; i++) {
        expect(us[i] as number, `round ${round}`).toBeGreaterThanOrEqual(us[i - 1] as number);
      }
      // Strictly, where the times differ by more than the rounding of u.
      const a = start + extent * 0.3;
      expect(w.toU(a + extent * 0.1)).toBeGreaterThan(w.toU(a));
    }
  });

  it('createWarp(gaps, extent).fromU(toU(t)) is t on 100 random warps, in and out of gaps', () => {
    const random = mulberry32(22);
    let inside = 0;
    for (let round = 0; round < 100; round++) {
      const start = utc(2000) + (random() - 0.5) * 1e14;
      const extent = 10 ** (6 + random() * 6);
      const w = randomWarp(random, start, extent);
      const times = Array.from(
        { length: 80 },
        () => start - extent * 0.2 + random() * extent * 1.4,
      );
      // Every gap's ends and a point inside each.
      times.push(
        ...w.gaps.flatMap((g) => [g.start, g.end, g.start + (g.end - g.start) * random()]),
      );
      for (const t of times) {
        const u = w.toU(t);
        expect(Math.abs(w.fromU(u) - t), `round ${round}, t ${t}`).toBeLessThanOrEqual(slack(w, u));
        if (w.gaps.some((g) => t > g.start && t < g.end)) inside++;
      }
    }
    expect(inside).toBeGreaterThan(1000);
  });

  it('createWarp(gaps, extent).toU(fromU(u)) is u on the story, within a millisecond', () => {
    const m = storyModel();
    const w = modelWarp(m, NOW);
    const view = firstView(m, NOW);
    const random = mulberry32(2066);
    const [u0, u1] = [w.toU(view.start), w.toU(view.end)];
    for (let i = 0; i < 500; i++) {
      const u = u0 + random() * (u1 - u0);
      expect(Math.abs(w.toU(w.fromU(u)) - u)).toBeLessThan(1);
      const t = view.start + random() * (view.end - view.start);
      expect(Math.abs(w.fromU(w.toU(t)) - t)).toBeLessThan(1);
    }
  });

  it('createWarp(gaps, extent) handles several gaps, adjacent ones too', () => {
    const gaps = findGaps([0, 1, 2, 3, 25, 26, 27, 60, 61, 100].map((v) => v * YEAR));
    const w = createWarp(gaps, 100 * YEAR);
    // 94 of the 100 years are gaps; the rest that sets their length never falls below a quarter.
    const rest = 25 * YEAR;
    expect(gaps).toHaveLength(3);
    for (const g of gaps) {
      expect(uLength(w, g)).toBeCloseTo(Math.min(GAP_LENGTH * rest, g.end - g.start), 0);
    }
    expect(w.toU(3 * YEAR)).toBeCloseTo(3 * YEAR, 0);
    expect(w.toU(25 * YEAR)).toBeCloseTo(3 * YEAR + GAP_LENGTH * rest, 0);
    expect(w.toU(100 * YEAR)).toBeCloseTo(6 * YEAR + 3 * GAP_LENGTH * rest, 0);
    expect(w.fromU(3 * YEAR + 0.5 * GAP_LENGTH * rest)).toBeCloseTo(14 * YEAR, -1);
  });

  it('createWarp([], extent) is the identity, like LINEAR', () => {
    const w = createWarp([], YEAR);
    for (const t of [-1e13, 0, utc(2024, 12, 8), 4e12]) {
      expect([w.toU(t), w.fromU(t), LINEAR.toU(t), LINEAR.fromU(t)]).toEqual([t, t, t, t]);
    }
    expect(LINEAR.gaps).toEqual([]);
  });

  it('createWarp(findGaps(bounds), extent) keeps apart events that are gaps apart', () => {
    // Five events five years apart: every interval is a fifth of the extent, so each is a gap and
    // nothing is left uncompressed. At full view they must still be told apart.
    const m = model(['2000', '2005', '2010', '2015', '2020'].map((start) => event({ start })));
    const w = modelWarp(m, NOW);
    const x = viewScale(w, firstView(m, NOW), 12, 1188);
    const xs = Array.from(m.startMs, (t) => x(t));
    const apart = xs.slice(1).map((v, i) => v - (xs[i] as number));
    expect(Math.min(...apart), `x: ${xs.join(', ')}`).toBeGreaterThanOrEqual(24);
  });
});

describe('keepEnds', () => {
  it('keepEnds(gaps, keep) leaves `keep` of each gap at full scale at both ends', () => {
    expect(keepEnds([{ start: 0, end: 100 }], 0.05)).toEqual([{ start: 5, end: 95 }]);
    expect(GAP_KEEP).toBeGreaterThan(0);
  });

  it('keepEnds(findGaps(story)) keeps 2065–2066 of the story at full scale', () => {
    const [gap] = keepEnds(findGaps(eventBounds(storyModel(), NOW)));
    expect(gap?.end).toBeLessThan(utc(2066));
    expect(gap?.start).toBeGreaterThan(NOW);
  });
});
