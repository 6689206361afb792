import { BIN, GEOMETRY } from '../layout/geometry.js';
import type { TimelineLayout } from '../layout/types.js';

/** One rectangle of a crowded view's density, in the layout's coordinates. */
export interface DensityRect {
  lane: number;
  x: number;
  y: number;
  width: number;
  height: number;
  opacity: number;
}

/**
 * A crowded view's marks as rectangles, for a file where the screen has a canvas: the same ticks
 * and bands as views/density.ts paints (a tick per bin of points, taller for more; a band where
 * ranges run, thicker and darker for more), bands first so ticks sit over them.
 */
export function densityRects(layout: TimelineLayout): DensityRect[] {
  const density = layout.density;
  if (!density) return [];
  const g = GEOMETRY;
  const rects: DensityRect[] = [];
  const ticks: DensityRect[] = [];
  layout.lanes.forEach((lane, i) => {
    const points = density.points[i];
    const ranges = density.ranges[i];
    if (!points || !ranges) return;
    const bandY = lane.pointY + g.pointRow / 2;
    const bandMax = Math.max(6, lane.top + lane.height - g.lanePad - bandY);
    for (let bin = 0; bin < points.length; bin++) {
      const x = layout.left + bin * BIN;
      const width = Math.min(BIN, layout.right - x);
      if (width <= 0) break;
      const cover = ranges[bin] as number;
      if (cover) {
        const level = Math.min(5, Math.floor(Math.log2(cover)));
        const height = Math.min(bandMax, 6 + 2 * level);
        rects.push({
          lane: i,
          x,
          y: bandY,
          width,
          height,
          opacity: Math.min(0.9, 0.25 + 0.13 * level),
        });
      }
      const count = points[bin] as number;
      if (count) {
        const height = Math.min(g.pointRow - 6, 4 + 3 * Math.log2(count));
        ticks.push({ lane: i, x, y: lane.pointY - height / 2, width, height, opacity: 1 });
      }
    }
  });
  return rects.concat(ticks);
}
