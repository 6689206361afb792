import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/format/dates.js';
import { LABEL_OFFSET } from '../../src/layout/axis-labels.js';
import { TICK_ROOM } from '../../src/layout/axis-step.js';
import type { TickBox } from '../../src/layout/types.js';
import {
  type AxisScenario,
  axisScenario,
  breakBoxes,
  fullScale,
  type LaidAxis,
  layAxis,
  measure,
  overlap,
  PAD,
  readingBox,
} from './axis-scenarios.js';
import {
  contextLabel,
  isRoundYear,
  periodStart,
  stepField,
  tickLabel,
  yearLabel,
  yearOf,
} from './calendar-oracle.js';
import { utc } from './fixtures.js';

const RUNS = { seed: 42, numRuns: 600 } as const;
const SLOW = { timeout: 120_000 };

/** Checks a property on both directions of each scenario. */
function forEachAxis(check: (a: LaidAxis, s: AxisScenario) => void) {
  fc.assert(
    fc.property(axisScenario, (s) => {
      check(layAxis(s, false), s);
      check(layAxis(s, true), s);
    }),
    RUNS,
  );
}

const shown = (boxes: TickBox[]) => boxes.filter((b) => b.label !== '');
const near = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));

describe(
  'axisTicks: random windows 10,000 BC–AD 12,000, 320–2,560 px, both directions, linear and compressed',
  SLOW,
  () => {
    it('every tick label names the period that begins at its tick', () => {
      forEachAxis((a) => {
        const { unit, step } = a.tickStep;
        for (const tick of a.ticks) {
          expect(periodStart(tick.t, unit), new Date(tick.t).toISOString()).toBe(tick.t);
          expect(near(tick.x, a.x(tick.t))).toBe(true);
          if (unit !== 'year') expect(stepField(tick.t, unit) % step).toBe(0);
          if (tick.label) expect(tick.label).toBe(tickLabel(tick.t, unit));
        }
      });
    });

    it('BCE year ticks fall on round historical years, every one of them, and no year 0 is written', () => {
      forEachAxis((a) => {
        const labels = [...a.ticks, ...a.context].map((b) => b.label);
        for (const label of labels) expect(label).not.toMatch(/(^|\D)0( BC| AD|$)/);
        if (a.tickUnit !== 'year') return;
        const k = a.tickStep.step;
        for (const [p0, p1] of fullScale(a)) {
          const years = a.ticks.filter((t) => t.t >= p0 && t.t <= p1).map((t) => yearOf(t.t));
          const expected: number[] = [];
          // Every round year whose 1 January is in the stretch, found by counting, not by d3-time.
          for (let y = yearOf(p0) - 1; y <= yearOf(p1) + 1; y++) {
            if (isRoundYear(y, k) && utc(y) >= p0 && utc(y) <= p1) expected.push(y);
          }
          expect(years).toEqual(expected);
        }
      });
    });

    it('the context label names the period holding the first visible instant, and gives way like a sticky header', () => {
      forEachAxis((a) => {
        for (const c of a.context) {
          expect(c.label).toBe(contextLabel(c.t, a.rowUnit));
          expect(Math.abs(a.x.invert(c.x) - c.t)).toBeLessThan(1);
        }
        const breaks = breakBoxes(a);
        const edge = a.rtl ? a.right : a.left;
        const box = readingBox(a, edge, contextLabel(a.view.start, a.rowUnit));
        const atEdge = a.context.find((c) => near(c.x, edge));
        if (breaks.some((b) => b[0] <= a.left + 1e-6)) return;
        // Above year ticks, the next period's tick is in the row of ticks.
        const ticked = shown(a.ticks).some((t) => {
          const r = readingBox(a, t.x, t.label)[0];
          return a.tickUnit === 'year' && r > box[0] + 1e-6 && r <= box[1];
        });
        if (atEdge) {
          expect(atEdge.label).toBe(contextLabel(a.view.start, a.rowUnit));
          if (atEdge.t !== periodStart(atEdge.t, a.rowUnit)) expect(ticked).toBe(false);
          return;
        }
        // Gone only for a label further on: the next period's, in this row or (above years) the ticks'.
        const later = [...a.context.map((c) => readingBox(a, c.x, c.label)), ...breaks].some((b) =>
          overlap(b, box),
        );
        const startTicked = shown(a.ticks).some((t) => t.t === a.view.start);
        expect(
          later || ticked || startTicked || box[1] > a.right,
          'the edge label gave way to nothing',
        ).toBe(true);
      });
    });

    it('a boundary of the context row is never dropped for an earlier label', () => {
      forEachAxis((a) => {
        if (a.tickUnit === 'year') return;
        const placed = new Set(a.context.map((c) => c.t));
        const row = [...a.context.map((c) => ({ t: c.t, box: readingBox(a, c.x, c.label) }))];
        const breaks = breakBoxes(a);
        for (const [p0, p1] of fullScale(a)) {
          for (let t = periodStart(p0, a.rowUnit); t <= p1; t = nextPeriod(t, a.rowUnit)) {
            if (t < p0 || placed.has(t)) continue;
            const box = readingBox(a, a.x(t), contextLabel(t, a.rowUnit));
            const blocked =
              box[1] - LABEL_OFFSET > a.right + 1e-6 ||
              breaks.some((b) => overlap(b, box)) ||
              row.some((r) => r.t > t && overlap(r.box, box));
            expect(blocked, `${contextLabel(t, a.rowUnit)} was dropped`).toBe(true);
          }
        }
      });
    });

    it('every year with room for its label in an eighth of the view is written on the axis', () => {
      forEachAxis((a) => {
        const W = a.right - a.left;
        const written = new Set([
          ...shown(a.ticks)
            .filter(() => a.tickUnit === 'year')
            .map((t) => yearOf(t.t)),
          ...a.context.map((c) => yearOf(c.t)),
        ]);
        const breaks = breakBoxes(a);
        const pieces = fullScale(a);
        const widest = Math.max(0, ...a.ticks.map((t) => measure(yearLabel(yearOf(t.t)))));
        for (const [p0, p1] of pieces) {
          if (a.read(p1) - a.read(p0) < W / 8) continue;
          for (let y = yearOf(p0); y <= yearOf(p1); y++) {
            const from = a.read(Math.max(p0, utc(y)));
            const to = a.read(Math.min(p1, utc(y + 1)));
            for (const [i0, i1] of subtract([from, to], breaks)) {
              const label =
                a.tickUnit === 'year'
                  ? yearLabel(y)
                  : contextLabel(a.x.invert(a.rtl ? a.left + a.right - i0 : i0), a.rowUnit);
              const room =
                a.tickUnit === 'year'
                  ? Math.max(widest, measure(label)) + TICK_ROOM
                  : measure(label) + PAD;
              if (i1 - i0 < Math.max(W / 8, room)) continue;
              expect(written.has(y), `${yearLabel(y)} over ${i0}…${i1} is written`).toBe(true);
            }
          }
        }
      });
    });

    it('no tick falls inside a break; each break says what it hides, and the ticks either side are labelled', () => {
      forEachAxis((a) => {
        const plot = a.right - a.left;
        const shownBreaks = breakBoxes(a);
        a.gaps.forEach((g, i) => {
          for (const tick of a.ticks) expect(tick.t <= g.start || tick.t >= g.end).toBe(true);
          const b = a.breaks[i];
          expect(b?.label).toBe(formatDuration(g.start, g.end, 'en-GB'));
          if (b?.labelX !== null) return;
          // Unnamed only when the name is wider than the plot or another break's name is in its way.
          const w = measure(b.label) + PAD;
          const [p, q] = [a.read(g.start), a.read(g.end)].map((v) => clip(a, v)) as [
            number,
            number,
          ];
          const c = Math.max(a.left + w / 2, Math.min(a.right - w / 2, (p + q) / 2));
          const taken = shownBreaks.some((k) => overlap(k, [c - w / 2, c + w / 2]));
          expect(w > plot || taken, `${b.label} is not written`).toBe(true);
        });
        const beside = besideTicks(a);
        for (const tick of beside) {
          if (tick.label) continue;
          const box = readingBox(a, tick.x, tickLabel(tick.t, a.tickUnit));
          const taken = beside
            .filter((o) => o.label)
            .some((o) => overlap(readingBox(a, o.x, o.label), box));
          expect(taken || box[0] < a.left - 1e-6 || box[1] - LABEL_OFFSET > a.right + 1e-6).toBe(
            true,
          );
        }
      });
    });

    it('each label starts at its tick, mirrored exactly right to left; none overlaps another or leaves the plot', () => {
      fc.assert(
        fc.property(axisScenario, (s) => {
          const ltr = layAxis(s, false);
          const rtl = layAxis(s, true);
          const mirror = (v: number) => ltr.left + ltr.right - v;
          expect(rtl.ticks.map((t) => t.label)).toEqual(ltr.ticks.map((t) => t.label));
          expect(rtl.context.map((t) => t.label)).toEqual(ltr.context.map((t) => t.label));
          const xs = (boxes: { x: number }[]) => boxes.map((b) => b.x);
          expect(xs(rtl.ticks)).toEqual(xs(ltr.ticks).map((x) => expect.closeTo(mirror(x), 6)));
          expect(xs(rtl.context)).toEqual(xs(ltr.context).map((x) => expect.closeTo(mirror(x), 6)));
          rtl.breaks.forEach((b, i) => {
            const l = ltr.breaks[i];
            expect(b.labelX === null).toBe(l?.labelX === null);
            if (b.labelX !== null)
              expect(Math.abs(b.labelX - mirror(l?.labelX ?? 0))).toBeLessThan(1e-6);
          });
          for (const a of [ltr, rtl]) {
            const row1 = shown(a.ticks).map((t) => readingBox(a, t.x, t.label));
            const row2 = [...a.context.map((c) => readingBox(a, c.x, c.label)), ...breakBoxes(a)];
            for (const row of [row1, row2]) {
              row.forEach((box, i) => {
                expect(box[0]).toBeGreaterThanOrEqual(a.left - 1e-6);
                // The text ends LABEL_OFFSET before the box: the room after it is for a next label.
                expect(box[1] - LABEL_OFFSET).toBeLessThanOrEqual(a.right + 1e-6);
                for (const other of row.slice(i + 1)) expect(overlap(box, other)).toBe(false);
              });
            }
          }
        }),
        RUNS,
      );
    });

    it('the random windows reach every tick unit, BCE and far-future years, and breaks in view', () => {
      const seen = new Set<string>();
      for (const s of fc.sample(axisScenario, { seed: 42, numRuns: RUNS.numRuns })) {
        const a = layAxis(s);
        seen.add(a.tickUnit);
        if (a.gaps.length) seen.add('break');
        if (a.view.start < utc(0)) seen.add('BCE');
        if (a.view.end > utc(10000)) seen.add('five-digit years');
      }
      expect([...seen].sort()).toEqual(
        [
          'BCE',
          'break',
          'day',
          'five-digit years',
          'hour',
          'minute',
          'month',
          'second',
          'year',
        ].sort(),
      );
    });
  },
);

function nextPeriod(t: number, unit: LaidAxis['rowUnit']): number {
  const d = new Date(t);
  if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else if (unit === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else d.setUTCMinutes(d.getUTCMinutes() + 1);
  return d.getTime();
}

/** [from, to] less the given boxes, as the stretches left. */
function subtract([from, to]: [number, number], boxes: [number, number][]): [number, number][] {
  let parts: [number, number][] = [[from, to]];
  for (const [a, b] of boxes) {
    parts = parts.flatMap(([p, q]): [number, number][] =>
      b <= p || a >= q
        ? [[p, q]]
        : (
            [
              [p, a],
              [b, q],
            ] as [number, number][]
          ).filter(([u, v]) => v > u),
    );
  }
  return parts;
}

const clip = (a: LaidAxis, v: number) => Math.max(a.left - 2, Math.min(a.right + 2, v));

/** The last tick before each break and the first after it. */
function besideTicks(a: LaidAxis): TickBox[] {
  return a.gaps.flatMap((g) => {
    const before = a.ticks.filter((t) => t.t <= g.start).at(-1);
    const after = a.ticks.find((t) => t.t >= g.end);
    return [before, after].filter((t): t is TickBox => t !== undefined);
  });
}
