import { axisTicks } from './axis.js';
import { clampToPlot } from './clamp.js';
import { groupTargets } from './clusters.js';
import { alignStart } from './direction.js';
import { DENSE, GEOMETRY, maxRows, plotEdges, timeRange, trackY } from './geometry.js';
import { type PlacedLabel, placeLabels } from './labels.js';
import { focusMark, markOf } from './marks.js';
import { RowSet } from './rows.js';
import type { TimeScale } from './scale.js';
import type {
  DenseInput,
  LabelBox,
  LaneBox,
  LayoutInput,
  MarkBox,
  TargetBox,
  TimelineLayout,
} from './types.js';
import { viewScale } from './view.js';
import { visibleEvents } from './visible.js';
import { LINEAR } from './warp.js';

export { GEOMETRY, maxRows, plotEdges } from './geometry.js';
export type {
  BreakBox,
  LabelBox,
  LaneBox,
  LayoutInput,
  MarkBox,
  TickBox,
  TimelineLayout,
} from './types.js';

/**
 * Lays out the horizontal timeline: lanes, marks, labels, ticks. Pure: positions in pixels from
 * the model, the window and the width. No two labels overlap: each lane's rows keep disjoint
 * intervals, and a label's leader line reserves its x in the rows below it.
 */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { model, view, width, rtl = false } = input;
  const { left, right } = plotEdges(width);
  const warp = input.warp ?? LINEAR;
  const x = viewScale(warp, view, ...timeRange(left, right, rtl));
  const dense = denseInput(input, x, left, right);
  const { plan, selected } = dense;
  // Crowded, the marks are the few worth trying to label, and the rest is density. The crowd's
  // code is a chunk the element loads for data with more events than DENSE (and passes in).
  const crowd = input.crowd;
  const crowded = crowd && crowd.countVisible(dense, view) > DENSE ? crowd.denseMarks(dense) : null;
  let marks = crowded
    ? crowded.candidates
    : dense.visible().flatMap((i): MarkBox | [] => markOf(dense, i) ?? []);
  const rows = input.rows ?? plan.lanes.map(() => dense.rows);
  const placed = placeLabels(
    { model, measure: input.measure, rtl, selected, left, right, rows },
    marks,
  );
  const lanes = stackLanes(input, placed);
  dense.lanes = lanes;
  for (const m of marks) m.y = trackY(lanes[m.lane] as LaneBox, m.track);
  const last = lanes.at(-1);
  const axisY = last ? last.top + last.height : GEOMETRY.rail;
  const byIndex = new Map(marks.map((m) => [m.index, m]));
  const labels = placed.map((p) => labelBox(p, lanes[p.lane] as LaneBox, byIndex.get(p.index)));
  const labelled = new Set(labels.map((l) => l.index));
  // Crowded, only labelled events are drawn one by one; the rest are in the density, and their
  // targets are found only when the pointer asks (hit-test.ts), not in every frame.
  if (crowded) marks = marks.filter((m) => labelled.has(m.index));
  let targets: TargetBox[] | null = crowded ? null : groupTargets(marks, labelled, lanes, rtl);
  const axis = axisTicks({
    x,
    gaps: warp.gaps,
    left,
    right,
    rtl,
    locale: input.locale,
    measure: input.measureAxis?.tick ?? input.measure,
    measureContext: input.measureAxis?.context ?? input.measure,
  });
  return {
    width,
    height: axisY + GEOMETRY.axis,
    left,
    right,
    lanes,
    marks,
    labels,
    get targets() {
      targets ??= crowd ? crowd.denseTargets(dense, labelled) : [];
      return targets;
    },
    density: crowded ? crowded.density : null,
    focus: focusMark(dense, input.focus ?? -1),
    ticks: axis.ticks,
    context: axis.context,
    tickUnit: axis.tickUnit,
    axisY,
    breaks: axis.breaks,
    ...decorations(input, x, left, right),
  };
}

/** What the crowded view's helpers (dense.ts) read; the events in view are listed when asked. */
function denseInput(input: LayoutInput, x: TimeScale, left: number, right: number): DenseInput {
  const { model, lanes: plan, view, now, rtl = false } = input;
  let visible: number[] | null = null;
  return {
    ...{ model, plan, x, left, right, now, rtl, selected: input.selected ?? -1 },
    visible: () => {
      if (!visible) {
        const off = plan.off;
        const all = visibleEvents(model, view.start, view.end);
        visible = off ? all.filter((i) => off[i] === 0) : all;
      }
      return visible;
    },
    lanes: [],
    rows: maxRows(plan.lanes.length),
  };
}

/**
 * Label rows per lane for the element to keep while the reader zooms: those the labels of this
 * view use, and one for a lane with points even if none is in this view.
 */
export function laneRows(input: LayoutInput): number[] {
  const first = layoutTimeline({ ...input, rows: undefined });
  return first.lanes.map((l, i) => Math.max(l.rows, input.lanes.lanes[i]?.points ? 1 : 0));
}

/** Today's line, the future's shade, the eras and the rail's words over them. */
function decorations(
  input: LayoutInput,
  x: TimeScale,
  left: number,
  right: number,
): Pick<TimelineLayout, 'today' | 'future' | 'eras' | 'rail'> {
  const { model, view, now, rtl = false } = input;
  const clip = (v: number) => clampToPlot(v, left, right);
  const todayX = x(now);
  const inView = now >= view.start && now <= view.end;
  const eras = model.eras.filter((era) => era.endMs >= view.start && era.startMs <= view.end);
  return {
    today: inView ? todayX : null,
    future: now > view.end ? null : inView ? todayX : timeRange(left, right, rtl)[0],
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

/**
 * The lanes, stacked under the rail: each as tall as its name, the label rows it has (given, or
 * those its labels use), its point row if it has points, and its range tracks.
 */
function stackLanes(input: LayoutInput, placed: PlacedLabel[]): LaneBox[] {
  const g = GEOMETRY;
  const used = input.lanes.lanes.map(() => 0);
  for (const p of placed) if (p.leader) used[p.lane] = Math.max(used[p.lane] ?? 0, p.row + 1);
  let top = g.rail;
  return input.lanes.lanes.map((lane, index): LaneBox => {
    if (lane.hidden) {
      // Filtered out: only its name, which shows it again.
      const box = {
        index,
        top,
        height: g.header + g.lanePad + g.toggleReach,
        rows: 0,
        pointY: top,
        tracksTop: top,
      };
      top += box.height;
      return box;
    }
    const rows = input.rows?.[index] ?? used[index] ?? 0;
    const pointRow = lane.points ? g.pointRow : 0;
    const pointY = top + g.header + rows * g.row + pointRow / 2;
    const tracksTop = top + g.header + rows * g.row + pointRow;
    // The next lane's name is a 24 px toggle reaching up toggleReach px out of its row: a lane
    // that ends with its points' 24 px targets leaves it that much more room.
    const last = index === input.lanes.lanes.length - 1;
    const reach = lane.tracks === 0 && lane.points && !last ? g.toggleReach : 0;
    const height = tracksTop - top + lane.tracks * g.track + g.lanePad + reach;
    const box = { index, top, height, rows, pointY, tracksTop };
    top += height;
    return box;
  });
}

/** A placed label on its lane: a point's in its row above the points, a range's on its track. */
function labelBox(p: PlacedLabel, lane: LaneBox, mark: MarkBox | undefined): LabelBox {
  const g = GEOMETRY;
  const { row, ...rest } = p;
  if (!p.leader) {
    const y = lane.tracksTop + row * g.track;
    return { ...rest, y, markY: y + g.labelHeight };
  }
  const y = lane.pointY - g.pointRow / 2 - (row + 1) * g.row + (g.row - g.labelHeight) / 2;
  return { ...rest, y, markY: mark?.y ?? lane.pointY };
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
    const a = Math.max(left, Math.min(right - w, alignStart(item.x, item.x, w, rtl)));
    if (!rows.isFree(0, a - 4, a + w + 4)) continue;
    rows.take(0, a, a + w);
    rail.push({ x: rtl ? a + w : a, label: item.label, today: item.today });
  }
  return rail;
}
