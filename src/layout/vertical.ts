import { formatDuration } from '../format/dates.js';
import { formatContext } from '../format/tick-labels.js';
import type { TimelineModel } from '../model/types.js';
import { floorPeriod, type TickUnit } from './ticks.js';
import type { View } from './view.js';
import type { Warp } from './warp.js';

/** One card of the vertical layout, in time order, with what goes above it. */
export interface VerticalRow {
  index: number;
  /** Space above the card, in px: more for more (warped) time since the previous card. */
  gap: number;
  /** A heading for a new period ("2015", "December 2024") when the card opens one. */
  marker: string | null;
  /** What a compressed stretch before the card hides ("39 years"), or null. */
  hidden: string | null;
}

const YEAR = 365.25 * 864e5;

/** The period headings suit the window: years over long spans, months, then days. */
export function markerUnit(view: View): TickUnit {
  const span = view.end - view.start;
  return span > 3 * YEAR ? 'year' : span > 60 * 864e5 ? 'month' : 'day';
}

/**
 * Cards top to bottom in time order. The space between two cards grows with the warped time
 * between them, up to `maxGap`, so the rhythm of the story shows while every card keeps its full
 * text; a compressed gap says what it hides.
 */
export function layoutVertical(
  model: TimelineModel,
  indices: number[],
  view: View,
  warp: Warp,
  locale: string,
  maxGap = 96,
): VerticalRow[] {
  const unit = markerUnit(view);
  const uSpan = warp.toU(view.end) - warp.toU(view.start) || 1;
  const pxPerU = (indices.length * 24) / uSpan;
  let previous: number | null = null;
  let period = '';
  return indices.map((index) => {
    const start = Math.max(model.startMs[index] as number, view.start);
    const from = previous ?? view.start;
    const hidden = warp.gaps.find((g) => g.start >= from && g.end <= start);
    const gap =
      previous === null ? 0 : Math.min(maxGap, 8 + (warp.toU(start) - warp.toU(from)) * pxPerU);
    const label = formatContext(floorPeriod(start, unit), unit, locale);
    const marker = label === period ? null : label;
    period = label;
    previous = start;
    return {
      index,
      gap,
      marker,
      hidden: hidden ? formatDuration(hidden.start, hidden.end, locale) : null,
    };
  });
}
