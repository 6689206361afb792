import { describe, expect, it } from 'vitest';
import { trackY } from '../../src/layout/geometry.js';
import { drawnEnd, laneIndex, type Run } from '../../src/layout/lane-index.js';
import {
  filterLanes,
  isShown,
  LANES_SHOWN,
  type LanePlan,
  planLanes,
} from '../../src/layout/lanes.js';
import { matchTicks, overviewMatchTicks } from '../../src/layout/match-ticks.js';
import { nextEvent, tabStop } from '../../src/layout/navigation.js';
import { layoutOverview } from '../../src/layout/overview.js';
import type { LaneBox } from '../../src/layout/types.js';
import { viewScale } from '../../src/layout/view.js';
import { LINEAR } from '../../src/layout/warp.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { TimelineModel } from '../../src/model/types.js';
import { event, mulberry32, pick, randomTimeline, storyModel, timeline, utc } from './fixtures.js';

function model(events: unknown[], fields: Record<string, unknown> = {}): TimelineModel {
  return parseTimeline(timeline(events, fields)).model;
}

/** The ids of the events `off` leaves shown. */
function shownIds(m: TimelineModel, off: Uint8Array | undefined): string[] {
  return m.events.filter((_, i) => !off || off[i] === 0).map((e) => e.id);
}

/** `count` categories c0, c1, …, with one point each, a day apart in 2024. */
function manyCategories(count: number): TimelineModel {
  const categories = Array.from({ length: count }, (_, i) => ({ id: `c${i}`, label: `C${i}` }));
  const events = categories.map((c, i) =>
    event({
      id: `e${i}`,
      start: new Date(utc(2024, 1, 1 + i)).toISOString().slice(0, 10),
      category: c.id,
    }),
  );
  return model(events, { categories });
}

describe('filterLanes', () => {
  const story = storyModel();
  const plan = planLanes(story);

  it('filterLanes(model, plan, empty set) is the plan itself: everything shown', () => {
    expect(filterLanes(story, plan, new Set())).toBe(plan);
  });

  it('filterLanes(model, plan, shown) hides the lanes of the other categories, in place', () => {
    const filtered = filterLanes(story, plan, new Set(['conflict', 'politics']));
    expect(filtered.lanes.map((l) => [l.id, !!l.hidden])).toEqual([
      ['conflict', false],
      ['military', true],
      ['politics', false],
      ['diplomacy', true],
    ]);
    // Lanes and tracks keep their places: showing a category again puts it back where it was.
    expect(filtered.laneOf).toBe(plan.laneOf);
    expect(filtered.trackOf).toBe(plan.trackOf);
    expect(filtered.lanes.map((l) => l.label)).toEqual(plan.lanes.map((l) => l.label));
    // The plan it was given is not changed.
    expect(plan.lanes.some((l) => l.hidden)).toBe(false);
    expect(plan.off).toBeUndefined();
  });

  it('filterLanes marks in `off` exactly the events of the categories not shown', () => {
    const filtered = filterLanes(story, plan, new Set(['military']));
    const off = filtered.off as Uint8Array;
    expect(off).toHaveLength(story.events.length);
    story.events.forEach((e, i) => {
      expect(off[i], e.id).toBe(e.category === 'military' ? 0 : 1);
      expect(isShown(filtered, i)).toBe(e.category === 'military');
    });
    expect(isShown(plan, 0)).toBe(true);
  });

  it("filterLanes shows events without a category under the id ''", () => {
    const m = model([event({ id: 'a', category: 'x' }), event({ id: 'b' })], {
      categories: [{ id: 'x', label: 'X' }],
    });
    const lanes = planLanes(m);
    const filtered = filterLanes(m, lanes, new Set(['']));
    expect(shownIds(m, filtered.off)).toEqual(['b']);
    expect(filtered.lanes.map((l) => [l.id, !!l.hidden])).toEqual([
      ['x', true],
      ['', false],
    ]);
  });

  it('filterLanes keeps the grouped lane past 24 categories while one of its categories is shown', () => {
    const m = manyCategories(LANES_SHOWN + 6);
    const all = planLanes(m);
    expect(all.lanes).toHaveLength(LANES_SHOWN + 1);
    const grouped = all.lanes.length - 1;
    expect(all.lanes[grouped]?.grouped).toBe(6);

    const some = filterLanes(m, all, new Set(['c0', `c${LANES_SHOWN + 2}`]));
    expect(some.lanes.filter((l) => !l.hidden).map((l) => l.id)).toEqual([
      'c0',
      all.lanes[grouped]?.id,
    ]);
    // Inside the grouped lane only the shown category's events stay.
    expect(shownIds(m, some.off)).toEqual(['e0', `e${LANES_SHOWN + 2}`]);

    const none = filterLanes(m, all, new Set(['c0']));
    expect(none.lanes[grouped]?.hidden).toBe(true);
    expect(none.lanes[grouped]?.grouped).toBe(6);
  });

  it('filterLanes with a category that has no events hides every lane', () => {
    const filtered = filterLanes(story, plan, new Set(['nothing']));
    expect(filtered.lanes.every((l) => l.hidden)).toBe(true);
    expect(shownIds(story, filtered.off)).toEqual([]);
  });
});

/** The events of a run, as [index, start, drawn end] triples. */
function triples(run: Run): [number, number, number][] {
  return Array.from(run.index, (i, k) => [i, run.starts[k] as number, run.ends[k] as number]);
}

/** What a lane's run holds, worked out by brute force over the events shown. */
function bruteRun(
  m: TimelineModel,
  p: LanePlan,
  lane: number,
  keep: (i: number) => boolean,
  now: number,
) {
  const out: [number, number, number][] = [];
  m.events.forEach((_, i) => {
    if (p.laneOf[i] !== lane || (p.off && p.off[i] === 1) || !keep(i)) return;
    const start = m.startMs[i] as number;
    out.push([i, start, drawnEnd(start, m.endMs[i] as number, now)]);
  });
  return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

describe('laneIndex of a filtered plan', () => {
  const now = utc(2026, 6, 1);

  it('laneIndex(filtered) holds exactly the events shown, as a brute-force count says', () => {
    const random = mulberry32(15);
    // How many trials had a grouped lane with some of its events shown and some not.
    let mixedGroups = 0;
    for (let trial = 0; trial < 40; trial++) {
      const m = parseTimeline(randomTimeline(random, 200).document).model;
      // Now and then many categories, for the grouped lane.
      const first = trial % 4 === 0 ? 0 : Math.floor(random() * 3);
      const whole = planLanes(m, first, trial % 5 === 0 ? 2 : LANES_SHOWN);
      const ids = [...new Set(m.events.map((e) => e.category))];
      const shown = new Set(ids.filter(() => random() < 0.5));
      if (shown.size === 0) shown.add(pick(random, ids));
      const p = filterLanes(m, whole, shown);
      const index = laneIndex(m, p, now);
      const grouped = p.lanes.findIndex((l) => l.grouped && !l.hidden);
      const inGroup = m.events.map((_, i) => i).filter((i) => p.laneOf[i] === grouped);
      if (inGroup.some((i) => p.off?.[i] === 1) && inGroup.some((i) => p.off?.[i] === 0)) {
        mixedGroups++;
      }
      const isPoint = (i: number) => m.startMs[i] === m.endMs[i];
      p.lanes.forEach((_, lane) => {
        const label = `trial ${trial}, lane ${lane}`;
        const points = bruteRun(m, p, lane, isPoint, now);
        const ranges = bruteRun(m, p, lane, (i) => !isPoint(i), now);
        expect(triples(index.points[lane] as Run), label).toEqual(points);
        expect(triples(index.ranges[lane] as Run), label).toEqual(ranges);
        expect(Array.from(index.rangeStarts[lane] as Float64Array), label).toEqual(
          ranges.map((r) => r[1]),
        );
        expect(Array.from(index.rangeEnds[lane] as Float64Array), label).toEqual(
          ranges.map((r) => r[2]).sort((a, b) => a - b),
        );
        // The running reach is made again over what is left.
        for (const run of [index.points[lane], index.ranges[lane]] as Run[]) {
          let reach = -Infinity;
          run.ends.forEach((end, k) => {
            reach = Math.max(reach, end);
            expect(run.reach[k], label).toBe(reach);
          });
        }
        const levels = (index.byImportance[lane] as Run[]).map((run) => run.index.length);
        const brute = [3, 2, 1].map(
          (level) => bruteRun(m, p, lane, (i) => m.events[i]?.importance === level, now).length,
        );
        expect(levels, label).toEqual(brute);
      });
    }
    expect(mixedGroups, 'trials with a grouped lane partly shown').toBeGreaterThan(2);
  });

  it('laneIndex(filtered) leaves the whole plan’s index as it was', () => {
    const m = storyModel();
    const whole = planLanes(m);
    const before = laneIndex(m, whole, now);
    const counts = before.points.map((r) => r.index.length);
    laneIndex(m, filterLanes(m, whole, new Set(['politics'])), now);
    expect(laneIndex(m, whole, now)).toBe(before);
    expect(before.points.map((r) => r.index.length)).toEqual(counts);
  });
});

describe('nextEvent and tabStop with events filtered out', () => {
  // Six events in time order, in lanes 0, 1, 2, 0, 1, 2; lane 1 is filtered out.
  const starts = [10, 20, 30, 40, 50, 60];
  const lanes = [0, 1, 2, 0, 1, 2];
  const off = Uint8Array.from(lanes, (l) => (l === 1 ? 1 : 0));

  it('nextEvent(ArrowRight/ArrowLeft) skips events `off` marks', () => {
    expect(nextEvent('ArrowRight', 0, starts, lanes, false, off)).toBe(2);
    expect(nextEvent('ArrowLeft', 3, starts, lanes, false, off)).toBe(2);
    expect(nextEvent('ArrowLeft', 2, starts, lanes, false, off)).toBe(0);
    expect(nextEvent('ArrowRight', 5, starts, lanes, false, off)).toBe(-1);
    expect(nextEvent('ArrowRight', 3, starts, lanes, true, off)).toBe(2);
  });

  it('nextEvent(Home/End) goes to the first and last event shown', () => {
    const ends = Uint8Array.from([1, 0, 0, 0, 0, 1]);
    expect(nextEvent('Home', 3, starts, lanes, false, ends)).toBe(1);
    expect(nextEvent('End', 3, starts, lanes, false, ends)).toBe(4);
    expect(nextEvent('ArrowRight', -1, starts, lanes, false, ends)).toBe(1);
  });

  it('nextEvent(ArrowDown/ArrowUp) passes over a lane with nothing shown', () => {
    expect(nextEvent('ArrowDown', 3, starts, lanes, false, off)).toBe(2);
    expect(nextEvent('ArrowUp', 5, starts, lanes, false, off)).toBe(3);
    expect(nextEvent('ArrowDown', 2, starts, lanes, false, off)).toBe(-1);
  });

  it('nextEvent with everything filtered out goes nowhere', () => {
    const all = new Uint8Array(6).fill(1);
    for (const key of ['Home', 'End', 'ArrowRight', 'ArrowDown']) {
      expect(nextEvent(key, -1, starts, lanes, false, all), key).toBe(-1);
    }
  });

  it('tabStop never stops on an event filtered out', () => {
    const m = model(
      starts.map((s, i) =>
        event({ id: `e${i}`, start: new Date(utc(2024, 1, s / 10)).toISOString().slice(0, 10) }),
      ),
    );
    const view = { start: utc(2023, 12, 1), end: utc(2024, 12, 31) };
    const first = Uint8Array.from([1, 1, 0, 0, 0, 0]);
    expect(tabStop(m, view, -1, -1)).toBe(0);
    expect(tabStop(m, view, -1, -1, first)).toBe(2);
    // Focus or the selection on a filtered-out event do not hold the stop there.
    expect(tabStop(m, view, 1, -1, first)).toBe(2);
    expect(tabStop(m, view, -1, 0, first)).toBe(2);
    expect(tabStop(m, view, 4, 0, first)).toBe(4);
    // Nothing shown in the window: no stop.
    const late = { start: utc(2024, 1, 1), end: utc(2024, 1, 2, 12) };
    expect(tabStop(m, late, -1, -1, first)).toBe(-1);
    expect(tabStop(m, view, -1, -1, new Uint8Array(6).fill(1))).toBe(-1);
  });
});

describe('matchTicks and overviewMatchTicks', () => {
  // Points and one range, in two lanes, over 2024.
  const m = model(
    [
      event({ id: 'a', start: '2024-02-01', category: 'x' }),
      event({ id: 'b', start: '2024-05-01', category: 'y' }),
      event({ id: 'c', start: '2024-05-01', category: 'y' }),
      event({ id: 'd', start: '2024-08-01', end: '2024-10-01', category: 'x' }),
      event({ id: 'e', start: '2024-11-01', category: 'y' }),
    ],
    {
      categories: [
        { id: 'x', label: 'X' },
        { id: 'y', label: 'Y' },
      ],
    },
  );
  const plan = planLanes(m);
  const boxes: LaneBox[] = [
    { index: 0, top: 0, height: 100, rows: 2, pointY: 50, tracksTop: 60 },
    { index: 1, top: 100, height: 100, rows: 2, pointY: 150, tracksTop: 160 },
  ];
  const view = { start: utc(2024, 1, 1), end: utc(2025, 1, 1) };
  const edges = { left: 12, right: 1012, rtl: false };
  const at = (ids: string[]) =>
    Int32Array.from(ids, (id) => m.events.findIndex((e) => e.id === id));
  /** The strokes of a path as [x, top] pairs. */
  // Each stroke, or bar of strokes that touch: its middle pixel, top and width.
  const strokes = (d: string) =>
    [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)h([\d.]+)v16h-[\d.]+z/g)].map((s) => [
      Number(s[1]) + Number(s[3]) / 2,
      Number(s[2]),
      Number(s[3]),
    ]);

  it('matchTicks draws a stroke at each match, on its lane’s point row or range track', () => {
    const d = matchTicks(m, plan, boxes, at(['a', 'd', 'e']), view, LINEAR, edges, trackY);
    const x = viewScale(LINEAR, view, edges.left, edges.right);
    const got = strokes(d);
    expect(got).toHaveLength(3);
    const expected = [
      [x(m.startMs[0] as number), trackY(boxes[0] as LaneBox, -1) - 8],
      [x(m.startMs[3] as number), trackY(boxes[0] as LaneBox, plan.trackOf[3] as number) - 8],
      [x(m.startMs[4] as number), trackY(boxes[1] as LaneBox, -1) - 8],
    ];
    got.forEach(([px, y], k) => {
      expect(Math.abs((px as number) - (expected[k]?.[0] as number))).toBeLessThanOrEqual(0.5);
      expect(y).toBe(Math.round(expected[k]?.[1] as number));
    });
  });

  it('matchTicks draws one stroke for matches on the same pixel and row', () => {
    const d = matchTicks(m, plan, boxes, at(['b', 'c']), view, LINEAR, edges, trackY);
    expect(strokes(d)).toEqual([[expect.any(Number), expect.any(Number), 3]]);
  });

  it('matchTicks draws strokes that would touch as one bar, and apart ones apart', () => {
    // A match a day through 2024 on one row: 366 days over 1,000 px, every pixel or three.
    const days = Array.from({ length: 366 }, (_, k) =>
      event({ id: `d${k}`, start: new Date(utc(2024, 1, 1 + k)).toISOString().slice(0, 10) }),
    );
    const daily = model(days);
    const all = Int32Array.from(days, (_, k) => k);
    const box: LaneBox[] = [{ index: 0, top: 0, height: 100, rows: 2, pointY: 50, tracksTop: 60 }];
    const x = viewScale(LINEAR, view, edges.left, edges.right);
    const bars = strokes(
      matchTicks(daily, planLanes(daily), box, all, view, LINEAR, edges, trackY),
    );
    expect(bars).toHaveLength(1);
    const [mid, , width] = bars[0] as number[];
    expect(
      Math.abs(
        (mid as number) - (x(daily.startMs[0] as number) + x(daily.startMs[365] as number)) / 2,
      ),
    ).toBeLessThanOrEqual(1);
    expect(width).toBeGreaterThan(990);
    // Every tenth day: ten pixels apart, so each is a stroke of its own.
    const tenth = all.filter((k) => k % 10 === 0);
    expect(
      strokes(matchTicks(daily, planLanes(daily), box, tenth, view, LINEAR, edges, trackY)),
    ).toHaveLength(37);
  });

  it('matchTicks mirrors right to left', () => {
    const ltr = strokes(matchTicks(m, plan, boxes, at(['a']), view, LINEAR, edges, trackY));
    const rtl = strokes(
      matchTicks(m, plan, boxes, at(['a']), view, LINEAR, { ...edges, rtl: true }, trackY),
    );
    expect(Math.abs((ltr[0]?.[0] as number) + (rtl[0]?.[0] as number) - 1024)).toBeLessThanOrEqual(
      1,
    );
  });

  it('matchTicks leaves out matches outside the window, in hidden lanes, and draws nothing for none', () => {
    const spring = { start: utc(2024, 1, 1), end: utc(2024, 6, 1) };
    expect(
      strokes(matchTicks(m, plan, boxes, at(['a', 'd', 'e']), spring, LINEAR, edges, trackY)),
    ).toHaveLength(1);
    const onlyX = filterLanes(m, plan, new Set(['x']));
    expect(
      strokes(matchTicks(m, onlyX, boxes, at(['a', 'e']), view, LINEAR, edges, trackY)),
    ).toHaveLength(1);
    expect(matchTicks(m, plan, boxes, new Int32Array(0), view, LINEAR, edges, trackY)).toBe('');
  });

  it('overviewMatchTicks draws one stroke across the strip per pixel with a match', () => {
    const full = { start: utc(2024, 1, 1), end: utc(2025, 1, 1) };
    const o = layoutOverview(m, plan, LINEAR, full, 1024, utc(2026, 1, 1), false);
    const d = overviewMatchTicks(m, at(['a', 'b', 'c', 'e']), o, LINEAR, false, 34);
    const got = [...d.matchAll(/M(-?[\d.]+) 1v32/g)].map((s) => Number(s[1]));
    // b and c start on the same day: one pixel.
    expect(got).toHaveLength(3);
    const x = viewScale(LINEAR, full, o.left, o.right);
    [0, 1, 4].forEach((i, k) => {
      expect(Math.abs((got[k] as number) - x(m.startMs[i] as number))).toBeLessThanOrEqual(0.5);
    });
    expect(overviewMatchTicks(m, new Int32Array(0), o, LINEAR, false, 34)).toBe('');
  });
});
