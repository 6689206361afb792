import { describe, expect, it } from 'vitest';
import { groupTargets, TARGET_SIZE } from '../../src/layout/clusters.js';
import { rangeTargetY, trackY } from '../../src/layout/geometry.js';
import { planLanes } from '../../src/layout/lanes.js';
import {
  GEOMETRY,
  type LaneBox,
  type LayoutInput,
  type MarkBox,
  type TimelineLayout,
} from '../../src/layout/layout.js';
import { layoutTimeline } from '../../src/layout/package-layout.js';
import type { TargetBox } from '../../src/layout/types.js';
import { modelWarp } from '../../src/layout/warp.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { firstView, mulberry32, randomInt, randomTimeline, utc } from './fixtures.js';

const NOW = utc(2026, 11, 27);
const LANES: LaneBox[] = [
  { index: 0, top: 18, height: 200, rows: 5, pointY: 190, tracksTop: 201 },
  { index: 1, top: 218, height: 200, rows: 5, pointY: 390, tracksTop: 401 },
];

/** A point mark of event `index` at x in a lane. */
function point(index: number, x: number, lane = 0): MarkBox {
  const y = (LANES[lane] as LaneBox).pointY;
  return { index, lane, x, x2: x + 3, y, range: false, track: -1, ongoing: false };
}

/** A range mark of event `index` from x to x2 (x2 < x right to left). */
function range(index: number, x: number, x2: number, lane = 0): MarkBox {
  const y = trackY(LANES[lane] as LaneBox, 0);
  return { index, lane, x, x2, y, range: true, track: 0, ongoing: false };
}

function targets(marks: MarkBox[], labelled: number[] = [], rtl = false): TargetBox[] {
  return groupTargets(marks, new Set(labelled), LANES, rtl);
}

/** Every way a layout's targets break the contract, as readable lines; empty when it holds. */
function violations(layout: TimelineLayout): string[] {
  const found: string[] = [];
  const labelled = new Set(layout.labels.map((l) => l.index));
  const count = new Map<number, number>();
  for (const t of layout.targets) {
    for (const i of t.members) count.set(i, (count.get(i) ?? 0) + 1);
    const lane = layout.lanes[t.lane] as LaneBox;
    const rows = [lane.pointY, ...[0, 1, 2].map((track) => rangeTargetY(lane, track))];
    if (!rows.includes(t.y)) found.push(`target at ${t.x} is off its point row and tracks`);
  }
  for (const m of layout.marks) {
    const n = count.get(m.index) ?? 0;
    if (labelled.has(m.index) ? n !== 0 : n !== 1) {
      found.push(`event ${m.index} is in ${n} targets, labelled ${labelled.has(m.index)}`);
    }
  }
  layout.targets.forEach((a, i) => {
    for (const b of layout.targets.slice(i + 1)) {
      if (a.lane === b.lane && a.y === b.y && Math.abs(a.x - b.x) < TARGET_SIZE) {
        found.push(`targets at ${a.x} and ${b.x} in lane ${a.lane} overlap`);
      }
    }
    const half = TARGET_SIZE / 2;
    for (const l of layout.labels) {
      const apart =
        a.x + half <= l.x ||
        l.x + l.width <= a.x - half ||
        a.y + half <= l.y ||
        l.y + GEOMETRY.labelHeight <= a.y - half;
      if (!apart) found.push(`target at ${a.x} overlaps label ${l.index}`);
    }
  });
  return found;
}

describe('groupTargets', () => {
  it('groupTargets(marks, …) gives a lone unlabelled mark its own target on the point row', () => {
    expect(targets([point(0, 100)])).toEqual([{ lane: 0, x: 100, y: 190, members: [0] }]);
  });

  it('groupTargets(marks, …) groups marks within TARGET_SIZE of a group’s first', () => {
    expect(TARGET_SIZE).toBe(24);
    const marks = [point(2, 123.9), point(0, 100), point(1, 110), point(3, 124)];
    expect(targets(marks)).toEqual([
      { lane: 0, x: 100, y: 190, members: [0, 1, 2] },
      { lane: 0, x: 124, y: 190, members: [3] },
    ]);
  });

  it('groupTargets(marks, …) measures from the first mark, not the previous one', () => {
    const marks = [point(0, 100), point(1, 120), point(2, 140), point(3, 160)];
    expect(targets(marks).map((t) => [t.x, t.members])).toEqual([
      [100, [0, 1]],
      [140, [2, 3]],
    ]);
  });

  it('groupTargets(marks, labelled, …) gives labelled events no target', () => {
    const marks = [point(0, 100), point(1, 105), point(2, 300)];
    expect(targets(marks, [0, 2])).toEqual([{ lane: 0, x: 105, y: 190, members: [1] }]);
    expect(targets(marks, [0, 1, 2])).toEqual([]);
  });

  it('groupTargets(marks, …) keeps lanes apart', () => {
    const marks = [point(0, 100, 0), point(1, 101, 1), point(2, 102, 0)];
    expect(targets(marks)).toEqual([
      { lane: 0, x: 100, y: 190, members: [0, 2] },
      { lane: 1, x: 101, y: 390, members: [1] },
    ]);
  });

  it('groupTargets(marks, …) puts a range’s target at its start, on its own bar', () => {
    expect(targets([range(0, 200, 500), point(1, 215), range(2, 210, 400)])).toEqual([
      { lane: 0, x: 212, y: rangeTargetY(LANES[0] as LaneBox, 0), members: [0, 2] },
      { lane: 0, x: 215, y: 190, members: [1] },
    ]);
  });

  it('groupTargets(marks, …, rtl) groups from the right and anchors ranges at their right end', () => {
    const marks = [point(0, 200), point(1, 190), point(2, 170)];
    expect(targets(marks, [], true).map((t) => [t.x, t.members])).toEqual([
      [200, [0, 1]],
      [170, [2]],
    ]);
    expect(targets(marks, [], false).map((t) => [t.x, t.members])).toEqual([
      [200, [0]],
      [170, [1, 2]],
    ]);
    expect(targets([range(0, 500, 200)], [], true)[0]?.x).toBe(500 - TARGET_SIZE / 2);
  });

  it('groupTargets(marks, …) leaves the marks as they were', () => {
    const marks = [point(1, 120), point(0, 100)];
    const copy = structuredClone(marks);
    targets(marks);
    expect(marks).toEqual(copy);
  });

  it('groupTargets(marks, …) reaches every unlabelled event once on 200 random layouts', () => {
    const random = mulberry32(24);
    let grouped = 0;
    let clusters = 0;
    for (let round = 0; round < 200; round++) {
      const m = parseTimeline(randomTimeline(random).document).model;
      const whole = firstView(m, NOW);
      const span = whole.end - whole.start;
      const centre = whole.start + random() * span;
      const length = span * 10 ** (-random() * 3);
      const view =
        random() < 0.3 ? whole : { start: centre - length / 2, end: centre + length / 2 };
      const width = randomInt(random, 320, 2560);
      const rtl = random() < 0.3;
      const input: LayoutInput = {
        model: m,
        lanes: planLanes(m),
        view,
        width,
        now: NOW,
        locale: 'en-GB',
        measure: (t) => t.length * 7,
        words: { today: 'Today', future: 'Future' },
        rtl,
        selected: random() < 0.5 ? randomInt(random, 0, m.events.length - 1) : -1,
      };
      if (random() < 0.5) {
        input.warp = modelWarp(m, NOW);
      }
      const layout = layoutTimeline(input);
      expect(violations(layout), `round ${round}`).toEqual([]);
      grouped += layout.targets.length;
      clusters += layout.targets.filter((t) => t.members.length > 1).length;
    }
    expect(grouped).toBeGreaterThan(1000);
    expect(clusters).toBeGreaterThan(200);
  }, 20_000);
});
