import type { TimelineLayout } from '../layout/layout.js';

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
  const cluster = layout.targets.find((t) => t.members.length > 1 && t.members.includes(best));
  return { index: best, cluster: cluster ? cluster.members : null };
}
