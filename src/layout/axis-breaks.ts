import { formatDuration } from '../format/dates.js';
import { isFree, LABEL_PAD } from './axis-labels.js';
import { clampToPlot } from './clamp.js';
import type { RowSet } from './rows.js';
import type { TimeScale } from './scale.js';
import type { BreakBox } from './types.js';
import type { Gap } from './warp.js';

/**
 * Each break in view, in reading coordinates, named under the axis by what it hides ("39 years"),
 * centred on it and kept inside the plot. Break labels go into the context row first: a break is
 * what the reader must not miss, and the context labels make way for them.
 */
export function breakLabels(
  read: TimeScale,
  breaks: Gap[],
  left: number,
  right: number,
  locale: string,
  measure: (text: string) => number,
  row: RowSet,
): { breaks: BreakBox[]; boxes: [number, number][] } {
  const boxes: [number, number][] = [];
  const boxed = breaks.map((g) => {
    const a = clampToPlot(read(g.start), left, right);
    const b = clampToPlot(read(g.end), left, right);
    const label = formatDuration(g.start, g.end, locale);
    const w = measure(label) + LABEL_PAD;
    const centre = Math.max(left + w / 2, Math.min(right - w / 2, (a + b) / 2));
    const fits = w <= right - left && isFree(row, centre - w / 2, centre + w / 2);
    if (fits) {
      row.take(0, centre - w / 2, centre + w / 2);
      boxes.push([centre - w / 2, centre + w / 2]);
    }
    return { x: a, x2: b, label, labelX: fits ? centre : null };
  });
  return { breaks: boxed, boxes };
}
