import { bisectLeft } from 'd3-array';
import { formatDuration } from '../format/dates.js';
import { formatContext } from '../format/tick-labels.js';
import type { TimelineModel } from '../model/types.js';
import { DAY_MS, YEAR_MS } from '../model/units.js';
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
  /** The range bars that run past this card's row, its own first. */
  bars: VerticalBar[];
}

/** A range's bar beside the cards: from its own card down to the last card that starts before it ends. */
export interface VerticalBar {
  index: number;
  /** Its place beside the axis: bars that overlap never share one. */
  column: number;
  /** Positions in the list of its first and last cards. */
  first: number;
  last: number;
  /** It runs on past the last card's period (ongoing, or ending later): it fades out there. */
  open: boolean;
}

/** Bars side by side at most: past that, a range is told by its card's text alone. */
export const MAX_BAR_COLUMNS = 6;

/** The period headings suit the window: years over long spans, months, then days. */
export function markerUnit(view: View): TickUnit {
  const span = view.end - view.start;
  return span > 3 * YEAR_MS ? 'year' : span > 60 * DAY_MS ? 'month' : 'day';
}

/**
 * Cards top to bottom in time order. The space between two cards grows with the warped time
 * between them, up to `maxGap`, so the rhythm of the story shows while every card keeps its full
 * text; a compressed gap says what it hides. Ranges get bars beside the cards (`layoutBars`).
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
  const starts = indices.map((i) => Math.max(model.startMs[i] as number, view.start));
  const through = indices.map(() => [] as VerticalBar[]);
  for (const bar of layoutBars(model, indices, starts, unit)) {
    for (let row = bar.first; row <= bar.last; row++) through[row]?.push(bar);
  }
  let period = '';
  return indices.map((index, row) => {
    const start = starts[row] as number;
    const from = starts[row - 1] ?? view.start;
    const hidden = warp.gaps.find((g) => g.start >= from && g.end <= start);
    const gap = row === 0 ? 0 : Math.min(maxGap, 8 + (warp.toU(start) - warp.toU(from)) * pxPerU);
    const label = formatContext(floorPeriod(start, unit), unit, locale);
    const marker = label === period ? null : label;
    period = label;
    return {
      index,
      gap,
      marker,
      hidden: hidden ? formatDuration(hidden.start, hidden.end, locale) : null,
      bars: through[row] as VerticalBar[],
    };
  });
}

/**
 * The bars of the ranges among cards in time order (`starts` are the cards' starts in the window).
 * A bar ends at the last card that starts before its range ends; each takes the first column free
 * of any bar still running at its first card, so overlapping ranges stand side by side.
 */
export function layoutBars(
  model: TimelineModel,
  indices: number[],
  starts: number[],
  unit: TickUnit,
): VerticalBar[] {
  const n = indices.length;
  const lastPeriod = n ? floorPeriod(starts[n - 1] as number, unit) : 0;
  const busy: number[] = [];
  const bars: VerticalBar[] = [];
  indices.forEach((index, first) => {
    const end = model.endMs[index] as number;
    if (!(end > (model.startMs[index] as number))) return;
    const last = Math.max(first, bisectLeft(starts, end) - 1);
    const free = busy.findIndex((until) => until < first);
    const column = free < 0 ? busy.length : free;
    if (column >= MAX_BAR_COLUMNS) return;
    busy[column] = last;
    const open =
      last === n - 1 && (!Number.isFinite(end) || floorPeriod(end - 1, unit) > lastPeriod);
    bars.push({ index, column, first, last, open });
  });
  return bars;
}
