import { rangeTargetY } from './geometry.js';
import type { LaneBox, MarkBox, TargetBox } from './types.js';

/** Targets are 24 px wide (WCAG 2.5.8): centres closer than that would overlap. */
export const TARGET_SIZE = 24;

/**
 * Groups the unlabelled marks of each lane by where they begin: a group takes every mark within
 * TARGET_SIZE of its first, and its target sits at that first mark, so the targets of one lane
 * never overlap. Labelled events are reached through their labels instead.
 */
export function groupTargets(
  marks: MarkBox[],
  labelled: Set<number>,
  lanes: LaneBox[],
  rtl: boolean,
  size = TARGET_SIZE,
): TargetBox[] {
  // Grouped per lane and row: the lane's points, and each of its range tracks.
  const byRow = new Map<string, { x: number; index: number }[]>();
  const rowOf = new Map<string, { lane: number; y: number }>();
  for (const m of marks) {
    if (labelled.has(m.index)) continue;
    // A range's target is in its track's label row, just inside the start of its bar.
    const x = m.range
      ? rtl
        ? Math.max(m.x, m.x2) - size / 2
        : Math.min(m.x, m.x2) + size / 2
      : m.x;
    const lane = lanes[m.lane] as LaneBox;
    const y = m.range ? rangeTargetY(lane, m.track) : lane.pointY;
    const key = `${m.lane} ${y}`;
    const list = byRow.get(key) ?? [];
    list.push({ x, index: m.index });
    byRow.set(key, list);
    rowOf.set(key, { lane: m.lane, y });
  }
  const targets: TargetBox[] = [];
  for (const [key, anchors] of byRow) {
    const { lane, y } = rowOf.get(key) as { lane: number; y: number };
    anchors.sort((a, b) => (rtl ? b.x - a.x : a.x - b.x) || a.index - b.index);
    let group: { x: number; index: number }[] = [];
    const close = () => {
      const first = group[0];
      if (first) {
        targets.push({
          lane,
          x: first.x,
          y,
          members: group.map((a) => a.index).sort((a, b) => a - b),
        });
      }
      group = [];
    };
    for (const anchor of anchors) {
      if (group[0] && Math.abs(anchor.x - group[0].x) >= size) close();
      group.push(anchor);
    }
    close();
  }
  return targets.sort((a, b) => (a.members[0] as number) - (b.members[0] as number));
}
