import type { TimelineModel } from '../model/types.js';
import type { LanePlan } from './lanes.js';
import type { TimeScale } from './scale.js';
import type { TickUnit } from './ticks.js';
import type { View } from './view.js';
import type { Warp } from './warp.js';

/**
 * Where the reader can point at events that have no label: one target per group of marks too
 * close to point at apart. A group of one is the event's own target; a larger one is a cluster,
 * drawn as one mark with a count.
 */
export interface TargetBox {
  lane: number;
  /** Centre of the 24 px target, on the lane's point row. */
  x: number;
  y: number;
  /** Event indices, in time order. */
  members: number[];
}

/** Per lane, how many points and how many ranges fall in each bin of the plot. */
export interface Density {
  bins: number;
  points: Uint16Array[];
  ranges: Uint16Array[];
}

/** A tick, or a label of the context row: where it stands, the instant it names, its text. */
export interface TickBox {
  x: number;
  /** The instant at `x`: where the period the label names begins, or the first one shown of it. */
  t: number;
  /** Empty when there was no room for it. */
  label: string;
}

/** A compressed stretch in view: where it is drawn, what it hides ("39 years") and where that is
 * written (the label's centre), or null when there is no room. */
export interface BreakBox {
  x: number;
  x2: number;
  label: string;
  labelX: number | null;
}

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
  /** The time scale's compressed stretches (scale="auto"), drawn as breaks; linear without. */
  warp?: Warp;
  /**
   * The crowded view's code (dense.ts): without it, every event in view gets a mark. The element
   * loads it as a chunk for data with more than DENSE events; `layoutTimeline` from the package
   * passes it always.
   */
  crowd?: Crowd;
  /**
   * Label rows of each lane's points. Without it each lane gets the rows its labels use in this
   * view (up to maxRows); the element passes the rows of the first view, so zooming keeps heights.
   */
  rows?: number[];
  /** Words drawn in the plot. */
  words: { today: string; future: string };
}

export interface LaneBox {
  index: number;
  top: number;
  height: number;
  /** Label rows above the points. */
  rows: number;
  /** Where point marks sit. */
  pointY: number;
  /** Where the first range track begins. */
  tracksTop: number;
}

export interface MarkBox {
  index: number;
  lane: number;
  /** Points: x is the mark and x2 the end of its date's period (the precision band). */
  x: number;
  x2: number;
  y: number;
  range: boolean;
  /** The range track, or -1 for a point. */
  track: number;
  /** An ongoing range whose open end is in view, drawn fading out. */
  ongoing: boolean;
}

export interface LabelBox {
  index: number;
  x: number;
  y: number;
  width: number;
  /** The label's whole width: more than `width` when the label is cut. */
  full: number;
  /** Where the label meets its mark: a point's leader, or the start of a range's bar. */
  anchor: number;
  /** Where the leader ends; a range's label sits on its bar and has none (markY = y + height). */
  markY: number;
  /** True for a point's label, which hangs from a leader line. */
  leader: boolean;
  lane: number;
}

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
  /** A tiled source's stretches whose tiles failed, drawn hatched (the element adds them). */
  gaps?: { x: number; x2: number }[];
}

/** What the layout asks of the crowd's code, which the element loads as a chunk. */
export interface Crowd {
  countVisible(d: Pick<DenseInput, 'model' | 'plan' | 'now'>, view: View): number;
  denseMarks(d: DenseInput): { candidates: MarkBox[]; density: Density };
  denseTargets(d: DenseInput, labelled: Set<number>, size?: number): TargetBox[];
}

export interface DenseInput {
  model: TimelineModel;
  plan: LanePlan;
  /** The events in view, in time order: made when first asked for, as a crowded frame needs none. */
  visible: () => number[];
  lanes: LaneBox[];
  x: TimeScale;
  left: number;
  right: number;
  now: number;
  rows: number;
  selected: number;
  rtl: boolean;
}
