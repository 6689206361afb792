import { formatContext } from '../format/tick-labels.js';
import { MAX_TIME, MIN_TIME } from '../model/dates.js';
import { EPSILON, isFree, LABEL_PAD } from './axis-labels.js';
import type { RowSet } from './rows.js';
import type { TimeScale } from './scale.js';
import { CONTEXT_UNIT, floorPeriod, type TickUnit, tickTimes } from './ticks.js';
import type { TickBox } from './types.js';
import type { Gap } from './warp.js';

export interface ContextInput {
  /** The scale in reading order: left to right whatever the direction. */
  read: TimeScale;
  start: number;
  end: number;
  /** The stretches drawn at full scale, between the breaks. */
  pieces: [number, number][];
  breaks: Gap[];
  /** The unit of the ticks; the row names the next coarser one (years above year ticks too). */
  unit: TickUnit;
  ticks: TickBox[];
  /** The row, with the break labels already in it. */
  row: RowSet;
  /** The boxes of the break labels, in reading coordinates. */
  breakLabels: [number, number][];
  left: number;
  right: number;
  locale: string;
  measure: (text: string) => number;
}

interface Candidate extends TickBox {
  /** A label at the plot's edge or after a break, naming the period it opens on. */
  edge: boolean;
}

/**
 * The second row: a label at each boundary of the coarser period, and "edge" labels naming the
 * period the view opens on, at the plot's edge, and the period each break gives onto, after it.
 * Above year ticks the row holds only edge labels: the ticks name every year.
 * Like sticky headers, each label gives way to the next: labels are placed from the last one
 * back, an edge label only where no later label (or, above years, no labelled tick) is in its way.
 */
export function contextRow(input: ContextInput): TickBox[] {
  const { read, pieces, unit, ticks, row, left, right, measure } = input;
  const rowUnit = CONTEXT_UNIT[unit] ?? 'year';
  const bounds: Candidate[] =
    unit === 'year'
      ? []
      : pieces.flatMap(([a, b]) =>
          tickTimes(a, b, rowUnit).map((t) => candidate(input, rowUnit, read(t), t, false)),
        );
  const ticked = new Set(ticks.filter((t) => t.label).map((t) => t.t));
  const bounded = new Set(bounds.map((c) => c.t));
  // An edge label is left out where its period is named already: by a boundary at the same
  // instant, or, above years, by the labelled tick of its year (the year a break gives onto).
  const edges = edgeLabels(input, rowUnit).filter((c) => {
    const period = floorPeriod(c.t, rowUnit);
    return unit === 'year' ? !ticked.has(period) : !(period === c.t && bounded.has(period));
  });
  const labelled = ticks.filter((t) => t.label).map((t) => t.x);
  const placed: TickBox[] = [];
  for (const c of [...bounds, ...edges].sort((p, q) => q.t - p.t || +p.edge - +q.edge)) {
    const b = c.x + measure(c.label) + LABEL_PAD;
    // As for ticks, the room after the text is not needed past the plot's end.
    const outside = c.x < left - EPSILON || b - LABEL_PAD / 2 > right + EPSILON;
    if (outside || !isFree(row, c.x, b)) continue;
    if (c.edge && unit === 'year' && labelled.some((x) => x > c.x + EPSILON && x <= b)) continue;
    row.take(0, c.x, b);
    placed.push({ x: c.x, t: c.t, label: c.label });
  }
  return placed.reverse();
}

/**
 * Where the view opens (the plot's edge) and where each break gives way to full scale again.
 * A break's label may cover such a place; the label then starts just after it, and names the
 * period it starts in there.
 */
function edgeLabels(input: ContextInput, rowUnit: TickUnit): Candidate[] {
  const { read, start, end, breaks, breakLabels, left, right } = input;
  const anchors = [{ x: left, t: start }];
  for (const g of breaks)
    if (g.end > start && g.end < end) anchors.push({ x: read(g.end), t: g.end });
  const seen = new Set<number>();
  return anchors.flatMap((anchor) => {
    let { x, t } = anchor;
    for (let box = coverOf(breakLabels, x); box; box = coverOf(breakLabels, x)) {
      x = box[1];
      t = read.invert(x);
    }
    // Before or after the dates a Date can hold there is no period to name.
    if (seen.has(x) || x >= right || !(t >= MIN_TIME && t <= MAX_TIME)) return [];
    seen.add(x);
    return [candidate(input, rowUnit, x, t, true)];
  });
}

const coverOf = (boxes: [number, number][], x: number) =>
  boxes.find(([a, b]) => a <= x + EPSILON && x < b - EPSILON);

function candidate(
  input: ContextInput,
  rowUnit: TickUnit,
  x: number,
  t: number,
  edge: boolean,
): Candidate {
  return { x, t, label: formatContext(t, rowUnit, input.locale), edge };
}
