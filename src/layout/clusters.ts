import type { LaneBox, MarkBox } from './layout.js';

/**
 * Where the reader can point at events that have no label: one target per group of marks too
 * close to point at apart. A group of one is the event's own target; a larger one is a cluster,
 * drawn as one mark with a count.
 */
export interface TargetBox {
  lane: number;
  /** Centre of the 24 px target, on the lane's point row. */
  x: number;
  y: number;
  /** Event indices, in time order. */
  members: number[];
}

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
  const byLane = new Map<number, { x: number; index: number }[]>();
  for (const m of marks) {
    if (labelled.has(m.index)) continue;
    const x = m.range ? (rtl ? Math.max(m.x, m.x2) : Math.min(m.x, m.x2)) : m.x;
    const list = byLane.get(m.lane) ?? [];
    list.push({ x, index: m.index });
    byLane.set(m.lane, list);
  }
  const targets: TargetBox[] = [];
  for (const [lane, anchors] of byLane) {
    const y = (lanes[lane] as LaneBox).pointY;
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
