import { formatTick } from '../format/tick-labels.js';
import { breakLabels } from './axis-breaks.js';
import { contextRow } from './axis-context.js';
import { EPSILON, isFree, LABEL_PAD } from './axis-labels.js';
import { chooseStep, fullScalePieces } from './axis-step.js';
import { mirror } from './direction.js';
import { RowSet } from './rows.js';
import type { TimeScale } from './scale.js';
import { type TickStep, type TickUnit, tickTimes } from './ticks.js';
import type { BreakBox, TickBox } from './types.js';
import type { Gap } from './warp.js';

export interface AxisInput {
  /** Time to x, polylinear across compressed gaps; its range runs right to left for RTL. */
  x: TimeScale;
  /** The warp's compressed gaps: those in view are drawn as breaks, with no tick inside. */
  gaps: Gap[];
  left: number;
  right: number;
  rtl: boolean;
  locale: string;
  /** Width of a tick label. */
  measure: (text: string) => number;
  /** Width of a context or break label, which are drawn bolder; `measure` when not given. */
  measureContext?: (text: string) => number;
}

export interface AxisLayout {
  ticks: TickBox[];
  context: TickBox[];
  breaks: BreakBox[];
  tickUnit: TickUnit;
  tickStep: TickStep;
}

/**
 * The axis of a window: ticks on the calendar, a row naming the coarser period (and the one the
 * window opens in), and its breaks. Laid out in reading order, left to right, then mirrored for
 * RTL, so both directions are exactly alike.
 */
export function axisTicks(input: AxisInput): AxisLayout {
  const { x, left, right, rtl, locale, measure } = input;
  const measureContext = input.measureContext ?? measure;
  const flipX = mirror(left, right, rtl);
  const read = rtl ? x.copy().range(x.range().map(flipX)) : x;
  const domain = x.domain();
  const start = domain[0] as number;
  const end = domain[domain.length - 1] as number;
  const breaks = input.gaps
    .filter((g) => g.end > start && g.start < end)
    .sort((a, b) => a.start - b.start);
  const pieces = fullScalePieces(start, end, breaks);
  const step = chooseStep(read, start, end, pieces, locale, measure);
  const ticks = pieces
    .flatMap(([a, b]) => tickTimes(a, b, step.unit, step.step))
    .map((t) => ({ x: read(t), t, label: formatTick(t, step.unit, locale) }));
  placeTickLabels(ticks, left, right, measure);
  const row = new RowSet(1);
  const labelled = breakLabels(read, breaks, left, right, locale, measureContext, row);
  const context = contextRow({
    read,
    start,
    end,
    pieces,
    breaks,
    unit: step.unit,
    ticks,
    row,
    breakLabels: labelled.boxes,
    left,
    right,
    locale,
    measure: measureContext,
  });
  const flip = (b: TickBox) => ({ ...b, x: flipX(b.x) });
  return {
    ticks: ticks.map(flip),
    context: context.map(flip),
    breaks: labelled.breaks.map((b) => ({
      ...b,
      x: flipX(b.x),
      x2: flipX(b.x2),
      labelX: b.labelX === null ? null : flipX(b.labelX),
    })),
    tickUnit: step.unit,
    tickStep: step,
  };
}

/**
 * Keeps the labels that fit, in reading coordinates. The later label wins, as a sticky header
 * gives way to the next: a label is dropped only for one further on (or at the plot's end). As
 * the step leaves room after every label, that happens only at a month's end among days, and
 * across a break: the tick after it keeps its label, so the years either side of a break are
 * both written whenever both fit.
 */
function placeTickLabels(
  ticks: TickBox[],
  left: number,
  right: number,
  measure: (text: string) => number,
): void {
  const row = new RowSet(1);
  for (let i = ticks.length - 1; i >= 0; i--) {
    const tick = ticks[i] as TickBox;
    const b = tick.x + measure(tick.label) + LABEL_PAD;
    // The room after a label keeps it from the next one; after the plot's end there is none.
    const inside = b - LABEL_PAD / 2 <= right + EPSILON;
    if (tick.x >= left - EPSILON && inside && isFree(row, tick.x, b)) {
      row.take(0, tick.x, b);
    } else tick.label = '';
  }
}
