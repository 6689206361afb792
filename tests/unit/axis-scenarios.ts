import fc from 'fast-check';
import { type AxisLayout, axisTicks } from '../../src/layout/axis.js';
import type { TimeScale } from '../../src/layout/scale.js';
import { CONTEXT_UNIT, type TickUnit } from '../../src/layout/ticks.js';
import { viewScale } from '../../src/layout/view.js';
import {
  createWarp,
  findGaps,
  type Gap,
  keepEnds,
  LINEAR,
  type Warp,
} from '../../src/layout/warp.js';
import { utc } from './fixtures.js';

/** The plot's left edge; the right one is the width less the same gutter. */
export const LEFT = 12;
/** A monospaced font: 7 px a character. */
export const measure = (text: string) => text.length * 7;
/** A label's box is its text and 4 px either side (the axis's LABEL_PAD). */
export const PAD = 8;

/** 1 January 10,000 BC (astronomical −9999) to the end of AD 12,000. */
const FIRST = utc(-9999);
const LAST = utc(12001);

export interface AxisScenario {
  view: { start: number; end: number };
  width: number;
  rtl: boolean;
  warp: Warp;
}

/**
 * A window of 10 seconds to the whole 22,000 years, anywhere in it, 320–2,560 px wide, in either
 * direction, linear or compressed. Compressed warps are built as the element builds them, from
 * the bounds of 2–5 tight clusters of events spread around the window, so breaks fall in view.
 */
export const axisScenario: fc.Arbitrary<AxisScenario> = fc
  .record({
    span: fc.double({ min: 4, max: Math.log10(LAST - FIRST), noNaN: true }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    width: fc.integer({ min: 320, max: 2560 }),
    rtl: fc.boolean(),
    compressed: fc.boolean(),
    clusters: fc.array(
      fc.record({
        at: fc.double({ min: -0.3, max: 1.3, noNaN: true }),
        spread: fc.double({ min: 1e-4, max: 0.01, noNaN: true }),
        count: fc.integer({ min: 3, max: 12 }),
      }),
      { minLength: 2, maxLength: 5 },
    ),
  })
  .map(({ span, at, width, rtl, compressed, clusters }) => {
    const length = 10 ** span;
    const start = FIRST + at * (LAST - FIRST - length);
    const view = { start, end: start + length };
    if (!compressed) return { view, width, rtl, warp: LINEAR };
    const bounds = clusters
      .flatMap((c) =>
        Array.from(
          { length: c.count },
          (_, i) => start + length * (c.at + (c.spread * i) / c.count),
        ),
      )
      .sort((a, b) => a - b);
    const extent = (bounds[bounds.length - 1] as number) - (bounds[0] as number);
    return { view, width, rtl, warp: createWarp(keepEnds(findGaps(bounds)), extent) };
  });

export interface LaidAxis extends AxisLayout {
  /** The scale as drawn, and the same in reading order (left to right in both directions). */
  x: TimeScale;
  read: (t: number) => number;
  left: number;
  right: number;
  rtl: boolean;
  view: { start: number; end: number };
  /** The warp's gaps in view: the breaks. */
  gaps: Gap[];
  rowUnit: TickUnit;
}

/** The axis of a scenario, as layoutTimeline lays it out; `rtl` overrides the scenario's. */
export function layAxis(s: AxisScenario, rtl = s.rtl): LaidAxis {
  const left = LEFT;
  const right = s.width - LEFT;
  const x = viewScale(s.warp, s.view, rtl ? right : left, rtl ? left : right);
  const axis = axisTicks({ x, gaps: s.warp.gaps, left, right, rtl, locale: 'en-GB', measure });
  return {
    ...axis,
    x,
    read: (t) => (rtl ? left + right - x(t) : x(t)),
    left,
    right,
    rtl,
    view: s.view,
    gaps: s.warp.gaps.filter((g) => g.end > s.view.start && g.start < s.view.end),
    rowUnit: CONTEXT_UNIT[axis.tickUnit] ?? 'year',
  };
}

/** A label's box in reading coordinates (x is where it stands: its tick, or its start). */
export function readingBox(a: LaidAxis, x: number, label: string): [number, number] {
  const r = a.rtl ? a.left + a.right - x : x;
  return [r, r + measure(label) + PAD];
}

/** The box of a break's label, in reading coordinates, when it is shown. */
export function breakBoxes(a: LaidAxis): [number, number][] {
  return a.breaks.flatMap((b) => {
    if (b.labelX === null) return [];
    const c = a.rtl ? a.left + a.right - b.labelX : b.labelX;
    const w = measure(b.label) + PAD;
    return [[c - w / 2, c + w / 2] as [number, number]];
  });
}

export const overlap = ([a, b]: [number, number], [c, d]: [number, number]) =>
  a < d - 1e-6 && c < b - 1e-6;

/** The stretches of the window drawn at full scale: the window less the breaks' insides. */
export function fullScale(a: LaidAxis): [number, number][] {
  const pieces: [number, number][] = [];
  let from = a.view.start;
  for (const g of [...a.gaps].sort((p, q) => p.start - q.start)) {
    if (g.start > from) pieces.push([from, Math.min(g.start, a.view.end)]);
    from = Math.max(from, g.end);
  }
  if (a.view.end > from) pieces.push([from, a.view.end]);
  return pieces;
}
