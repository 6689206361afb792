import { type ScaleLinear, scaleLinear } from 'd3-scale';
import { timeRange } from './geometry.js';
import type { View, ViewLimits } from './view.js';
import type { Warp } from './warp.js';

/** A d3-zoom transform's horizontal part: screen x = k · base x + x. */
export interface ZoomState {
  k: number;
  x: number;
}

/**
 * What a d3-zoom transform means here. The base scale puts the fitting window (all the data) on
 * the plot, in warped time u; a transform then scales and shifts it, so a window of time and a
 * transform are two names for one view. Right to left, the base runs from `right` to `left`.
 */
export interface ZoomFrame {
  warp: Warp;
  base: ScaleLinear<number, number, never>;
  /** The plot's edges in reading order: where a window starts and where it ends. */
  from: number;
  to: number;
}

export function zoomFrame(
  warp: Warp,
  fit: View,
  left: number,
  right: number,
  rtl: boolean,
): ZoomFrame {
  const [from, to] = timeRange(left, right, rtl);
  const base = scaleLinear()
    .domain([warp.toU(fit.start), warp.toU(fit.end)])
    .range([from, to]);
  return { warp, base, from, to };
}

/** The transform that shows `view`: its start at `from` and its end at `to`. */
export function transformOf(frame: ZoomFrame, view: View): ZoomState {
  const p0 = frame.base(frame.warp.toU(view.start));
  const p1 = frame.base(frame.warp.toU(view.end));
  const k = (frame.to - frame.from) / (p1 - p0);
  return { k, x: frame.from - k * p0 };
}

/** The window a transform shows. */
export function viewOf(frame: ZoomFrame, t: ZoomState): View {
  const at = (px: number) => frame.warp.fromU(frame.base.invert((px - t.x) / t.k));
  return { start: at(frame.from), end: at(frame.to) };
}

/**
 * d3-zoom's scale and translate extents for the window limits: no wider than the data and its
 * margin, no narrower than `minSpan` (a u-span, the same as ms outside compressed gaps and wider
 * in ms inside them). A single event's narrowest window may be wider than its limits; then both
 * extents pin the scale, and d3 centres the window on the data.
 */
export function zoomExtents(
  frame: ZoomFrame,
  limits: ViewLimits,
): { scale: [number, number]; translate: [[number, number], [number, number]] } {
  const [u0, u1] = frame.base.domain() as [number, number];
  const widest = (u1 - u0) / (limits.u1 - limits.u0);
  const narrowest = (u1 - u0) / limits.minSpan;
  const a = frame.base(limits.u0);
  const b = frame.base(limits.u1);
  return {
    scale: [Math.min(widest, narrowest), narrowest],
    translate: [
      [Math.min(a, b), Number.NEGATIVE_INFINITY],
      [Math.max(a, b), Number.POSITIVE_INFINITY],
    ],
  };
}
