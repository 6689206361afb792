import type { LaneBox } from './types.js';

/**
 * Sizes of the horizontal layout, in CSS pixels. A lane is its name, the label rows of its
 * points, the row its points sit on, and one track per range: each track holds the range's
 * label with its bar just under it.
 */
export const GEOMETRY = {
  gutter: 12,
  rail: 18,
  header: 18,
  row: 28,
  labelHeight: 24,
  pointRow: 24,
  /** A range track: its label (labelHeight) and, under it, the bar at `barOffset`. */
  track: 34,
  barOffset: 29,
  lanePad: 2,
  /**
   * How far a lane's name (a toggle, 24 px tall for touch and WCAG 2.5.8) reaches above its
   * 18 px row: into the lane above, whose labels and targets end at least this far above it.
   */
  toggleReach: 6,
  axis: 42,
  labelPad: 6,
  gap: 6,
  /** The narrowest a label is cut to: below this it is hidden and its event gets a target. */
  minLabel: 48,
};

/** Above this many events in view, marks are drawn as density on a canvas, not one by one. */
export const DENSE = 400;
/** Density is counted in bins this many pixels wide. */
export const BIN = 2;

/** The plot within the element's width: a gutter each side. */
export function plotEdges(width: number): { left: number; right: number } {
  return { left: GEOMETRY.gutter, right: Math.max(GEOMETRY.gutter + 1, width - GEOMETRY.gutter) };
}

/** Where time begins and ends across the plot: left to right, mirrored right to left. */
export function timeRange(left: number, right: number, rtl: boolean): [number, number] {
  return rtl ? [right, left] : [left, right];
}

/** The most label rows a lane may use: fewer when there are many lanes. */
export function maxRows(laneCount: number): number {
  return laneCount <= 2 ? 8 : laneCount <= 5 ? 5 : 3;
}

/** Where a mark sits in its lane: points on the point row, ranges on their track's bar. */
export function trackY(lane: LaneBox, track: number): number {
  return track < 0 ? lane.pointY : lane.tracksTop + track * GEOMETRY.track + GEOMETRY.barOffset;
}

/** Where the target of a range without a label sits: in its track's label row, at its start. */
export function rangeTargetY(lane: LaneBox, track: number): number {
  return lane.tracksTop + track * GEOMETRY.track + GEOMETRY.labelHeight / 2;
}
