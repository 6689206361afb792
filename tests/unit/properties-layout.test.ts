import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DENSE } from '../../src/layout/dense.js';
import { planLanes } from '../../src/layout/lanes.js';
import { GEOMETRY, type TimelineLayout } from '../../src/layout/layout.js';
import { layoutTimeline } from '../../src/layout/package-layout.js';
import { PRECISION_MS } from '../../src/layout/precision.js';
import { fitView, type View } from '../../src/layout/view.js';
import { dataExtent, finestPrecision, visibleEvents } from '../../src/layout/visible.js';
import { createWarp, eventBounds, findGaps, keepEnds, LINEAR } from '../../src/layout/warp.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { TimelineModel } from '../../src/model/types.js';
import { utc } from './fixtures.js';
import { layoutDocument } from './timeline-arbitraries.js';
import { panView, zoomView } from './zoom-fixtures.js';

const NOW = utc(2026, 11, 27);

/** A dataset and how it is looked at: width, window, scale, direction, selection. */
const scenario = (minEvents: number, maxEvents: number, zoomed: boolean) =>
  fc.record({
    document: layoutDocument(minEvents, maxEvents),
    width: fc.integer({ min: 200, max: 3000 }),
    /** The window: the fit zoomed in 10^zoom times around `at` (0–1 of it), then panned. */
    zoom: zoomed ? fc.double({ min: 0, max: 4, noNaN: true }) : fc.constant(0),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    pan: zoomed
      ? fc.oneof(fc.constant(0), fc.double({ min: -1.5, max: 1.5, noNaN: true }))
      : fc.constant(0),
    warped: fc.boolean(),
    rtl: fc.boolean(),
    /** The selected (and focused) event, as a share of the events; negative for none. */
    selected: fc.double({ min: -0.5, max: 0.999, noNaN: true }),
    /** Pixels per character of a label, as a font would measure it. */
    charWidth: fc.integer({ min: 5, max: 9 }),
  });

type Scenario = ReturnType<typeof scenario> extends fc.Arbitrary<infer S> ? S : never;

interface Laid {
  model: TimelineModel;
  view: View;
  layout: TimelineLayout;
}

/** Lays out a scenario as the element does: warp (or linear), fitting window, zoom, pan. */
function lay(s: Scenario): Laid {
  const model = parseTimeline(s.document).model;
  const extent = dataExtent(model, NOW);
  const warp = s.warped
    ? createWarp(keepEnds(findGaps(eventBounds(model, NOW))), extent.end - extent.start)
    : LINEAR;
  const fit = fitView(warp, extent, 20 * PRECISION_MS[finestPrecision(model)]);
  const at = warp.fromU(warp.toU(fit.start) + s.at * (warp.toU(fit.end) - warp.toU(fit.start)));
  const view = panView(warp, zoomView(warp, fit, 10 ** s.zoom, at), s.pan);
  const chosen = s.selected < 0 ? -1 : Math.floor(s.selected * model.events.length);
  const layout = layoutTimeline({
    model,
    lanes: planLanes(model),
    view,
    width: s.width,
    now: NOW,
    locale: 'en-GB',
    measure: (t) => t.length * s.charWidth,
    words: { today: 'Today', future: 'Future' },
    rtl: s.rtl,
    selected: chosen,
    focus: chosen,
    ...(s.warped && { warp }),
  });
  return { model, view, layout };
}

/** Pairs of labels whose boxes overlap. */
function overlappingLabels({ labels }: TimelineLayout): string[] {
  const h = GEOMETRY.labelHeight;
  const found: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + h <= b.y || b.y + h <= a.y;
      if (!apart) found.push(`labels ${a.index} and ${b.index} overlap`);
    }
  });
  return found;
}

/** Marks, the focus mark and labels outside the plot; ranges may reach 2 px past its edges. */
function outsidePlot({ left, right, marks, labels, focus }: TimelineLayout): string[] {
  const found: string[] = [];
  for (const m of focus ? [...marks, focus] : marks) {
    const [lo, hi] = [Math.min(m.x, m.x2), Math.max(m.x, m.x2)];
    const out = m.range
      ? lo < left - 2 || hi > right + 2
      : m.x < left || m.x > right || m.x2 < left - 2 || m.x2 > right + 2;
    if (out) found.push(`mark ${m.index} at ${m.x}…${m.x2} is outside ${left}…${right}`);
  }
  for (const l of labels) {
    if (l.x < left || l.x + l.width > right) {
      found.push(`label ${l.index} at ${l.x}+${l.width} is outside ${left}…${right}`);
    }
  }
  return found;
}

/** Whether an event is drawn nowhere in the window: it ends before it or starts after it. */
function outsideWindow({ model }: Laid, view: View, i: number): boolean {
  const start = model.startMs[i] as number;
  const end = model.endMs[i] as number;
  // An ongoing range reaches as far as today.
  const last = Number.isFinite(end) ? end : Math.max(NOW, start);
  return last < view.start || start > view.end;
}

/** Events that are neither drawn, counted in the density, labelled, clustered, nor outside. */
function lostEvents(laid: Laid): number[] {
  const { model, view, layout } = laid;
  const marked = new Set(layout.marks.map((m) => m.index));
  const labelled = new Set(layout.labels.map((l) => l.index));
  const clustered = new Set(
    layout.targets.filter((t) => t.members.length > 1).flatMap((t) => t.members),
  );
  const dense = new Set(layout.density ? visibleEvents(model, view.start, view.end) : []);
  return model.events
    .map((_, i) => i)
    .filter(
      (i) =>
        !outsideWindow(laid, view, i) &&
        !marked.has(i) &&
        !dense.has(i) &&
        !labelled.has(i) &&
        !clustered.has(i),
    );
}

/** Events in the window without a label that no target, alone or clustered, leads to. */
function unreachableEvents(laid: Laid): number[] {
  const { model, view, layout } = laid;
  const labelled = new Set(layout.labels.map((l) => l.index));
  const targeted = new Set(layout.targets.flatMap((t) => t.members));
  return model.events
    .map((_, i) => i)
    .filter((i) => !outsideWindow(laid, view, i) && !labelled.has(i) && !targeted.has(i));
}

/** Points in the window that the density does not count, when the view is crowded. */
function uncountedPoints({ model, view, layout }: Laid): number {
  if (!layout.density) return 0;
  const points = visibleEvents(model, view.start, view.end).filter(
    (i) => model.startMs[i] === model.endMs[i],
  ).length;
  let counted = 0;
  for (const lane of layout.density.points) for (const n of lane) counted += n;
  return points - counted;
}

const ORDINARY = { seed: 42, numRuns: 1_000 } as const;
const CROWDED = { seed: 42, numRuns: 300 } as const;
const SLOW = { timeout: 60_000 };

describe('layoutTimeline: random datasets, widths and windows (1,000 runs each)', SLOW, () => {
  const scenarios = scenario(1, 120, true);

  it('layoutTimeline(input) never overlaps two labels (1,000 runs)', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        expect(overlappingLabels(lay(s).layout)).toEqual([]);
      }),
      ORDINARY,
    );
  });

  it('layoutTimeline(input) keeps every mark and label inside the plot (1,000 runs)', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        expect(outsidePlot(lay(s).layout)).toEqual([]);
      }),
      ORDINARY,
    );
  });

  // FAILS: see 'draws an ongoing range that begins after today' below for the cause.
  // Shrunk counterexample (seed 42): today is 27 November 2026, and
  //   { categories: [{ id: 'c0' }], events: [
  //       { title: 'Assad', start: '2027', importance: 1, ongoing: true },
  //       { title: 'Assad', start: '2027-01-01T00:00:00Z', importance: 1 },
  //       { title: 'Assad', start: '2027', importance: 1 }] }
  // at width 200, linear, in the fitting window (20 hours around 1 January 2027, since one date
  // is to the second). Event 2, the ongoing one, begins inside the window but has no mark, no
  // label and no target.
  it('layoutTimeline(input) shows, labels or clusters every event in the window (1,000 runs)', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        expect(lostEvents(lay(s))).toEqual([]);
      }),
      ORDINARY,
    );
  });

  // FAILS on the same counterexample and for the same cause as the test above.
  it('layoutTimeline(input) gives every unlabelled event in the window a target (1,000 runs)', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        expect(unreachableEvents(lay(s))).toEqual([]);
      }),
      ORDINARY,
    );
  });
});

describe(
  `layoutTimeline: crowded windows of more than ${DENSE} events (300 runs each)`,
  SLOW,
  () => {
    const scenarios = scenario(DENSE + 1, DENSE + 300, false).filter(
      (s) => s.document.events.length > DENSE,
    );

    it('layoutTimeline(crowded) never overlaps two labels (300 runs)', () => {
      fc.assert(
        fc.property(scenarios, (s) => {
          expect(overlappingLabels(lay(s).layout)).toEqual([]);
        }),
        CROWDED,
      );
    });

    it('layoutTimeline(crowded) keeps every mark and label inside the plot (300 runs)', () => {
      fc.assert(
        fc.property(scenarios, (s) => {
          expect(outsidePlot(lay(s).layout)).toEqual([]);
        }),
        CROWDED,
      );
    });

    it('layoutTimeline(crowded) shows, labels or counts every event in the window (300 runs)', () => {
      fc.assert(
        fc.property(scenarios, (s) => {
          const laid = lay(s);
          expect(lostEvents(laid)).toEqual([]);
          expect(uncountedPoints(laid)).toBe(0);
        }),
        CROWDED,
      );
    });

    it('layoutTimeline(crowded) draws and labels each event once, and only events in the window (300 runs)', () => {
      fc.assert(
        fc.property(scenarios, (s) => {
          const laid = lay(s);
          const { layout, view } = laid;
          for (const list of [layout.marks, layout.labels]) {
            const indices = list.map((m) => m.index);
            expect(new Set(indices).size).toBe(indices.length);
            expect(indices.filter((i) => outsideWindow(laid, view, i))).toEqual([]);
          }
        }),
        CROWDED,
      );
    });

    it('layoutTimeline(crowded) gives every unlabelled event in the window a target (300 runs)', () => {
      fc.assert(
        fc.property(scenarios, (s) => {
          expect(unreachableEvents(lay(s))).toEqual([]);
        }),
        CROWDED,
      );
    });
  },
);

describe('layoutTimeline: found by the properties', () => {
  // FAILS: an ongoing range that begins after today is drawn from its start to 32 px past it
  // (dense.ts and the bar itself use max(now, start)), but layout.ts skips every ongoing range
  // when `now < view.start`, so whenever the window begins after today the range vanishes:
  // no mark, no label, no target. The test wants Math.max(now, start) < view.start.
  it('layoutTimeline(input) draws an ongoing range that begins after today', () => {
    const { model } = parseTimeline({
      events: [{ title: 'Lease', start: '2027-01-01', ongoing: true }],
    });
    const layout = layoutTimeline({
      model,
      lanes: planLanes(model),
      view: { start: utc(2026, 12, 20), end: utc(2027, 1, 10) },
      width: 800,
      now: NOW,
      locale: 'en-GB',
      measure: (t) => t.length * 7,
      words: { today: 'Today', future: 'Future' },
    });
    expect(layout.marks.map((m) => m.index)).toEqual([0]);
  });
});
