import { addPeriod } from '../model/dates.js';
import type { TimelineModel } from '../model/types.js';
import type { LanePlan } from './lanes.js';
import { RowSet } from './rows.js';
import { createTimeScale, type TimeScale } from './scale.js';
import {
  CONTEXT_UNIT,
  chooseTickStep,
  formatContext,
  formatTick,
  type TickUnit,
  tickTimes,
} from './ticks.js';
import { visibleEvents } from './visible.js';

export interface LayoutInput {
  model: TimelineModel;
  lanes: LanePlan;
  view: { start: number; end: number };
  width: number;
  now: number;
  locale: string;
  /** Width in pixels of a label's text, as the element's font draws it. */
  measure: (text: string) => number;
  rtl?: boolean;
  /** Index of the selected event, whose label is placed first; -1 for none. */
  selected?: number;
  /** Time to x; linear over the window when not given (scale="auto" passes the warped one). */
  scale?: TimeScale;
  /** Compressed stretches, drawn as breaks. */
  gaps?: { start: number; end: number }[];
  /** Words drawn in the plot. */
  words: { today: string; future: string };
}

export interface LaneBox {
  index: number;
  top: number;
  height: number;
  /** Where point marks sit. */
  pointY: number;
}

export interface MarkBox {
  index: number;
  lane: number;
  /** Points: x is the mark and x2 the end of its date's period (the precision band). */
  x: number;
  x2: number;
  y: number;
  range: boolean;
  ongoing: boolean;
}

export interface LabelBox {
  index: number;
  x: number;
  y: number;
  width: number;
  /** Where the leader line meets the label and runs down to the mark. */
  anchor: number;
  markY: number;
  lane: number;
}

export interface TickBox {
  x: number;
  label: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  lanes: LaneBox[];
  marks: MarkBox[];
  labels: LabelBox[];
  ticks: TickBox[];
  context: TickBox[];
  tickUnit: TickUnit;
  axisY: number;
  today: number | null;
  /** Where the future begins on screen, clamped to the plot; null if none of it is in view. */
  future: number | null;
  eras: { x: number; x2: number }[];
  /** Names along the top rail, kept apart: "Today" at its line, each era's title at its start. */
  rail: { x: number; label: string; today: boolean }[];
}

export const GEOMETRY = {
  gutter: 12,
  rail: 18,
  header: 22,
  row: 24,
  labelHeight: 20,
  pointRow: 22,
  track: 10,
  lanePad: 8,
  axis: 46,
  labelPad: 6,
  gap: 6,
  maxLabel: 280,
};

/** Label rows per lane: more when there are fewer lanes, so the element's height stays similar. */
export function rowsPerLane(laneCount: number): number {
  return laneCount <= 1 ? 5 : laneCount === 2 ? 4 : laneCount <= 5 ? 3 : 2;
}

/**
 * Lays out the horizontal timeline: lanes, marks, labels, ticks. Pure: positions in pixels from
 * the model, the window and the width. No two labels overlap: each lane's rows keep disjoint
 * intervals, and a label's leader line reserves its x in the rows below it.
 */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { model, lanes: plan, view, width, now, locale, measure, rtl = false } = input;
  const g = GEOMETRY;
  const left = g.gutter;
  const right = Math.max(left + 1, width - g.gutter);
  const x =
    input.scale ?? createTimeScale([view.start, view.end], rtl ? [right, left] : [left, right]);
  const rows = rowsPerLane(plan.lanes.length);

  let top = g.rail;
  const lanes = plan.lanes.map((lane, index): LaneBox => {
    const height = g.header + rows * g.row + g.pointRow + lane.tracks * g.track + g.lanePad;
    const box = { index, top, height, pointY: top + g.header + rows * g.row + g.pointRow / 2 };
    top += height;
    return box;
  });
  const axisY = top;

  const clip = (v: number) => Math.max(left - 2, Math.min(right + 2, v));
  const visible = visibleEvents(model, view.start, view.end);
  const marks = visible.flatMap((i): MarkBox | [] => {
    const event = model.events[i];
    const lane = plan.laneOf[i] as number;
    const box = lanes[lane] as LaneBox;
    const start = model.startMs[i] as number;
    const end = model.endMs[i] as number;
    const ongoing = event?.ongoing === true;
    if (end === start) {
      const periodEnd = addPeriod(start, event?.precision ?? 'day');
      return {
        index: i,
        lane,
        x: x(start),
        x2: clip(x(periodEnd)),
        y: box.pointY,
        range: false,
        ongoing,
      };
    }
    if (ongoing && now < view.start) return [];
    const track = plan.trackOf[i] as number;
    const y = box.pointY + g.pointRow / 2 + track * g.track + g.track / 2;
    const x2 = ongoing ? x(Math.max(now, start)) + (rtl ? -32 : 32) : x(end);
    return { index: i, lane, x: clip(x(start)), x2: clip(x2), y, range: true, ongoing };
  });

  const labels = placeLabels(input, marks, lanes, rows, left, right);
  const ticks = axisTicks(x, left, right, rtl, locale, measure);
  const todayX = x(now);
  const inView = now >= view.start && now <= view.end;
  const eras = model.eras.filter((era) => era.endMs >= view.start && era.startMs <= view.end);
  return {
    width,
    height: axisY + g.axis,
    left,
    right,
    lanes,
    marks,
    labels,
    ...ticks,
    axisY,
    today: inView ? todayX : null,
    future: now > view.end ? null : inView ? todayX : rtl ? right : left,
    eras: eras.map((era) => ({ x: clip(x(era.startMs)), x2: clip(x(era.endMs)) })),
    rail: railLabels(
      inView ? todayX : null,
      now > view.end ? null : now,
      eras.map((era) => ({ x: clip(x(era.startMs)), label: era.title })),
      input,
      left,
      right,
    ),
  };
}

function railLabels(
  today: number | null,
  future: number | null,
  eras: { x: number; label: string }[],
  input: LayoutInput,
  left: number,
  right: number,
): TimelineLayout['rail'] {
  const { measure, rtl = false, words } = input;
  const rows = new RowSet(1);
  const rail: TimelineLayout['rail'] = [];
  const items = [
    ...(today === null ? [] : [{ x: today, label: words.today, today: true }]),
    ...(future === null
      ? []
      : [
          {
            x: rtl ? left + measure(words.future) + 8 : right - measure(words.future) - 8,
            label: words.future,
            today: true,
          },
        ]),
    ...eras.map((e) => ({ ...e, today: false })),
  ];
  for (const item of items) {
    if (!item.label) continue;
    const w = measure(item.label) + 8;
    const a = Math.max(left, Math.min(right - w, rtl ? item.x - w : item.x));
    if (!rows.isFree(0, a - 4, a + w + 4)) continue;
    rows.take(0, a, a + w);
    rail.push({ x: rtl ? a + w : a, label: item.label, today: item.today });
  }
  return rail;
}

function placeLabels(
  input: LayoutInput,
  marks: MarkBox[],
  lanes: LaneBox[],
  rows: number,
  left: number,
  right: number,
): LabelBox[] {
  const { model, measure, rtl = false, selected = -1 } = input;
  const g = GEOMETRY;
  // Per lane: rows of labels and leader lines, which a label must avoid, and rows of label text
  // alone, which a leader must not cross. A label's own leader edge is left out of the text rows,
  // so labels of events at the same instant stack along one leader.
  const taken = lanes.map(() => new RowSet(rows));
  const texts = lanes.map(() => new RowSet(rows));
  const maxWidth = Math.min(g.maxLabel, right - left);
  const order = marks.slice().sort((a, b) => {
    const ea = model.events[a.index];
    const eb = model.events[b.index];
    return (
      Number(b.index === selected) - Number(a.index === selected) ||
      (eb?.importance ?? 2) - (ea?.importance ?? 2) ||
      a.index - b.index
    );
  });
  const labels: LabelBox[] = [];
  for (const mark of order) {
    const title = model.events[mark.index]?.title ?? '';
    const width = Math.min(maxWidth, Math.ceil(measure(title)) + 2 * g.labelPad);
    const all = taken[mark.lane] as RowSet;
    const text = texts[mark.lane] as RowSet;
    const slot = findSlot(all, text, mark, width, left, right, rtl);
    if (!slot) continue;
    const { row, a, anchor } = slot;
    all.take(row, a, a + width);
    // The edge the leader meets is not text: another leader may run along it.
    const edge = anchor <= a + 1 ? 'start' : anchor >= a + width - 1 ? 'end' : 'none';
    text.take(row, a + (edge === 'start' ? 2 : 0), a + width - (edge === 'end' ? 2 : 0));
    for (let r = 0; r < row; r++) {
      if (all.isFree(r, anchor - 1, anchor + 1)) all.take(r, anchor - 1, anchor + 1);
    }
    const lane = lanes[mark.lane] as LaneBox;
    const y = lane.pointY - g.pointRow / 2 - (row + 1) * g.row + (g.row - g.labelHeight) / 2;
    labels.push({ index: mark.index, x: a, y, width, anchor, markY: mark.y, lane: mark.lane });
  }
  return labels;
}

/**
 * The lowest row where the label fits with its leader crossing no other label. A point's label
 * hangs from the point; a range's may slide along its bar, to just past whatever is in the way.
 */
function findSlot(
  all: RowSet,
  text: RowSet,
  mark: MarkBox,
  width: number,
  left: number,
  right: number,
  rtl: boolean,
): { row: number; a: number; anchor: number } | null {
  const g = GEOMETRY;
  const dir = rtl ? -1 : 1;
  const first = Math.max(
    left,
    Math.min(right, rtl ? Math.max(mark.x, mark.x2) : Math.min(mark.x, mark.x2)),
  );
  const last = mark.range
    ? Math.max(
        left,
        Math.min(right, rtl ? Math.min(mark.x, mark.x2) + 12 : Math.max(mark.x, mark.x2) - 12),
      )
    : first;
  const anchors = [first];
  if (mark.range && (last - first) * dir > 0) {
    const lo = Math.min(first, last);
    const hi = Math.max(first, last);
    for (let r = 0; r < all.count; r++) {
      for (const edge of all.edgesWithin(r, lo - width - g.gap, hi + width + g.gap)) {
        const candidate = edge + dir * (g.gap + 1);
        if (candidate > lo && candidate < hi) anchors.push(candidate);
      }
    }
    anchors.sort((p, q) => (p - q) * dir);
  }
  for (const anchor of anchors.slice(0, 24)) {
    let a = rtl ? anchor - width : anchor;
    if (a < left) a = left;
    if (a + width > right) a = rtl ? right - width : Math.max(left, anchor - width);
    for (let row = 0; row < all.count; row++) {
      if (all.isFree(row, a - g.gap, a + width + g.gap)) return { row, a, anchor };
      if (!text.isFree(row, anchor - 0.5, anchor + 0.5)) break;
    }
  }
  return null;
}

function axisTicks(
  x: TimeScale,
  left: number,
  right: number,
  rtl: boolean,
  locale: string,
  measure: (text: string) => number,
): { ticks: TickBox[]; context: TickBox[]; tickUnit: TickUnit } {
  const sample = Date.UTC(2000, 8, 28, 23, 58, 58);
  const ticks: TickBox[] = [];
  const contextTimes: { t: number; unit: TickUnit }[] = [];
  let tickUnit: TickUnit = 'year';
  let widest = -1;
  const { domain, range } = x;
  // Each linear piece of the scale gets the ticks its own density allows: a compressed gap gets
  // coarser ones, and the ticks on either side of it stay where their dates are.
  for (let i = 1; i < domain.length; i++) {
    const t0 = domain[i - 1] as number;
    const t1 = domain[i] as number;
    const px = Math.abs((range[i] as number) - (range[i - 1] as number));
    if (t1 <= t0) continue;
    const spacing = (unit: TickUnit) =>
      16 +
      (unit === 'year'
        ? Math.max(measure(formatTick(t0, unit, locale)), measure(formatTick(t1, unit, locale)))
        : measure(formatTick(sample, unit, locale)));
    const step = chooseTickStep(px / (t1 - t0), spacing);
    if (px > widest) {
      widest = px;
      tickUnit = step.unit;
    }
    for (const t of tickTimes(t0, t1, step.unit, step.step)) {
      if (ticks.length && t <= (ticks[ticks.length - 1] as TickBox & { t: number }).t) continue;
      ticks.push({ x: x(t), label: formatTick(t, step.unit, locale), t } as TickBox);
    }
    const contextUnit = CONTEXT_UNIT[step.unit];
    if (contextUnit) {
      for (const t of tickTimes(t0, t1, contextUnit)) contextTimes.push({ t, unit: contextUnit });
    }
  }
  // Tick labels sit after their tick (before it, right to left) and must not run into the next.
  let free = rtl ? right : left;
  for (const tick of rtl ? ticks.slice().reverse() : ticks) {
    const w = measure(tick.label) + 8;
    const fits = rtl ? tick.x <= free && tick.x - w >= left : tick.x >= free && tick.x + w <= right;
    if (fits) free = rtl ? tick.x - w : tick.x + w;
    else tick.label = '';
  }
  for (const tick of ticks) delete (tick as TickBox & { t?: number }).t;
  return {
    ticks,
    context: contextLabels(x, contextTimes, left, right, rtl, locale, measure),
    tickUnit,
  };
}

/** The coarser second row: each boundary in view, and the period the window opens in at its edge. */
function contextLabels(
  x: TimeScale,
  times: { t: number; unit: TickUnit }[],
  left: number,
  right: number,
  rtl: boolean,
  locale: string,
  measure: (text: string) => number,
): TickBox[] {
  const first = times[0];
  if (!first) return [];
  const start = x.domain[0] as number;
  const edge = rtl ? right : left;
  if (x(first.t) !== edge) times.unshift({ t: start, unit: first.unit });
  const context: TickBox[] = [];
  let free = edge;
  times.forEach(({ t, unit }, i) => {
    const label = formatContext(t, unit, locale);
    const w = measure(label) + 12;
    const tx = i === 0 ? edge : x(t);
    const fits = rtl ? tx <= free && tx - w >= left : tx >= free && tx + w <= right;
    if (!fits) return;
    context.push({ x: tx, label });
    free = rtl ? tx - w : tx + w;
  });
  return context;
}
