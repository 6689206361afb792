import { addPeriod } from '../model/dates.js';
import type { TimelineModel } from '../model/types.js';
import { axisTicks } from './axis.js';
import type { BreakBox, TickBox } from './axis-labels.js';
import { groupTargets, type TargetBox } from './clusters.js';
import {
  DENSE,
  type DenseInput,
  type Density,
  denseMarks,
  denseTargets,
  focusMark,
} from './dense.js';
import { placeLabels } from './labels.js';
import type { LanePlan } from './lanes.js';
import { RowSet } from './rows.js';
import { createTimeScale, type TimeScale } from './scale.js';
import type { TickUnit } from './ticks.js';
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
  /**
   * Widths in the axis's fonts: its tick labels, and the bolder (or italic) context and break
   * labels. Both default to `measure`, which is wider, so nothing overlaps either way.
   */
  measureAxis?: { tick: (text: string) => number; context: (text: string) => number };
  rtl?: boolean;
  /** Index of the selected event, whose label is placed first; -1 for none. */
  selected?: number;
  /** Index of the event with keyboard focus, whose mark is reported as `focus` when in view. */
  focus?: number;
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
  /** An ongoing range whose open end is in view, drawn fading out. */
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

export type { BreakBox, TickBox };

export interface TimelineLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  lanes: LaneBox[];
  marks: MarkBox[];
  labels: LabelBox[];
  /** Targets for events without a label; those of several events are clusters. */
  targets: TargetBox[];
  /** When the view holds more than DENSE events: their marks as counts per lane and bin. */
  density: Density | null;
  /** Where the event with keyboard focus is drawn, if it is in view. */
  focus: MarkBox | null;
  ticks: TickBox[];
  context: TickBox[];
  tickUnit: TickUnit;
  axisY: number;
  today: number | null;
  /** Where the future begins on screen, clamped to the plot; null if none of it is in view. */
  future: number | null;
  eras: { x: number; x2: number }[];
  /** Compressed stretches in view: where they are, and what they hide ("39 years"), named
   * under the axis at `labelX` (the label's centre) or not at all when there is no room. */
  breaks: BreakBox[];
  /** Names along the top rail, kept apart: "Today" at its line, each era's title at its start. */
  rail: { x: number; label: string; today: boolean }[];
}

export const GEOMETRY = {
  gutter: 12,
  rail: 18,
  header: 22,
  row: 28,
  labelHeight: 24,
  pointRow: 28,
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
  const dense: DenseInput = {
    model,
    plan,
    visible,
    lanes,
    x,
    left,
    right,
    now,
    rows,
    selected: input.selected ?? -1,
    pointRow: g.pointRow,
  };
  const crowded = visible.length > DENSE ? denseMarks(dense) : null;
  let marks = crowded
    ? crowded.candidates
    : visible.flatMap((i): MarkBox | [] => {
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
        if (ongoing && Math.max(now, start) < view.start) return [];
        const track = plan.trackOf[i] as number;
        const y = box.pointY + g.pointRow / 2 + track * g.track + g.track / 2;
        const x2 = ongoing ? x(Math.max(now, start)) + (rtl ? -32 : 32) : x(end);
        // An ongoing bar fades out at its open end, where that end is on screen.
        const open = ongoing && x2 >= left && x2 <= right;
        return { index: i, lane, x: clip(x(start)), x2: clip(x2), y, range: true, ongoing: open };
      });

  const labels = placeLabels(input, marks, lanes, rows, left, right);
  const labelled = new Set(labels.map((l) => l.index));
  const targets = crowded
    ? denseTargets(dense, labelled)
    : groupTargets(marks, labelled, lanes, rtl);
  // Crowded, only labelled events are drawn one by one; the rest are in the density.
  if (crowded) marks = marks.filter((m) => labelled.has(m.index));
  const axis = axisTicks({
    x,
    gaps: input.gaps ?? [],
    left,
    right,
    rtl,
    locale,
    measure: input.measureAxis?.tick ?? measure,
    measureContext: input.measureAxis?.context ?? measure,
  });
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
    targets,
    density: crowded ? crowded.density : null,
    focus: focusMark(dense, input.focus ?? -1),
    ticks: axis.ticks,
    context: axis.context,
    tickUnit: axis.tickUnit,
    axisY,
    today: inView ? todayX : null,
    future: now > view.end ? null : inView ? todayX : rtl ? right : left,
    eras: eras.map((era) => ({ x: clip(x(era.startMs)), x2: clip(x(era.endMs)) })),
    breaks: axis.breaks,
    rail: railLabels(
      inView ? todayX : null,
      now > view.end ? null : now,
      [...eras.map((era) => ({ x: clip(x(era.startMs)), label: era.title }))],
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
