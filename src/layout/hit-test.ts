import type { TimelineLayout } from './layout.js';

/**
 * What is under a point of the plot: the nearest mark within reach, and the cluster it belongs
 * to if any. Marks are drawing; this lets a click on one choose its event like its label does.
 */
export function hitTest(
  layout: TimelineLayout,
  x: number,
  y: number,
): { index: number; cluster: number[] | null } {
  let best = -1;
  let bestDistance = 12;
  for (const m of layout.marks) {
    const distance = m.range
      ? Math.abs(y - m.y) <= 7 && x >= Math.min(m.x, m.x2) - 4 && x <= Math.max(m.x, m.x2) + 4
        ? Math.abs(y - m.y)
        : Number.POSITIVE_INFINITY
      : Math.hypot(x - m.x, y - m.y);
    if (distance < bestDistance) {
      best = m.index;
      bestDistance = distance;
    }
  }
  if (best < 0) {
    // Crowded views draw most events as density: a click there means the target under it.
    const target = layout.targets.find((t) => Math.abs(t.x - x) <= 12 && Math.abs(t.y - y) <= 12);
    if (target)
      return {
        index: target.members[0] as number,
        cluster: target.members.length > 1 ? target.members : null,
      };
  }
  const cluster = layout.targets.find((t) => t.members.length > 1 && t.members.includes(best));
  return { index: best, cluster: cluster ? cluster.members : null };
}
