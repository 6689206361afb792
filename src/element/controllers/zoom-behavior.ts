import { type ZoomBehavior, type ZoomTransform, zoomIdentity } from 'd3-zoom';
import type { View, ViewLimits } from '../../layout/view.js';
import {
  transformOf,
  viewOf,
  type ZoomFrame,
  type ZoomState,
  zoomExtents,
} from '../../layout/zoom.js';

// How d3-zoom is set up for the timeline: which input it takes, how far a wheel notch zooms, its
// extents, and windows zoomed or panned through its transforms (view-controller.ts uses them).

/** Ctrl + wheel: a notch (100 px) zooms by e^(1/3), as before d3; d3's own default is about 4×. */
export const wheelDelta = (e: WheelEvent) =>
  (-e.deltaY * (e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1)) / 300 / Math.LN2;

/**
 * Which input d3-zoom takes: Ctrl/⌘ + wheel and trackpad pinches (wheel events with ctrlKey),
 * two-finger touches, primary-button mouse drags, and double-clicks off the buttons. A plain
 * wheel scrolls the page, and one finger is left to the gesture controller, which pans with
 * Pointer Events so that the browser keeps vertical swipes (d3/d3-zoom#215).
 */
export function takes(this: HTMLElement, e: Event): boolean {
  if (e instanceof WheelEvent) return e.ctrlKey || e.metaKey;
  if (e.type === 'touchstart') return (e as TouchEvent).touches.length >= 2;
  if (e.type === 'dblclick') return !(e.target as Element).closest?.('button');
  return e.type === 'mousedown' && (e as MouseEvent).button === 0;
}

/** Sets d3-zoom's extents: the plot, and the limits as scale and translate extents. */
export function limitZoom(
  behavior: ZoomBehavior<HTMLElement, unknown>,
  frame: ZoomFrame,
  limits: ViewLimits,
  plot: { left: number; right: number },
): void {
  const extents = zoomExtents(frame, limits);
  behavior
    .extent([
      [plot.left, 0],
      [plot.right, 1],
    ])
    .scaleExtent(extents.scale)
    .translateExtent(extents.translate);
}

/**
 * The transform d3-zoom allows: the scale within its extent, the window within the translate
 * extent (d3's own constrain, as its gestures use). The same object when nothing needed to change.
 */
export function constrain(
  behavior: ZoomBehavior<HTMLElement, unknown>,
  t: ZoomTransform,
): ZoomTransform {
  const [k0, k1] = behavior.scaleExtent();
  const k = Math.max(k0, Math.min(k1, t.k));
  const extent = (behavior.extent() as unknown as () => [[number, number], [number, number]])();
  // A window too wide or too narrow is cut or widened about its centre, as d3's scaleTo does.
  const centre = (extent[0][0] + extent[1][0]) / 2;
  const scaled = k === t.k ? t : zoomIdentity.translate(centre - t.invertX(centre) * k, 0).scale(k);
  const out = behavior.constrain()(scaled, extent, behavior.translateExtent());
  return out.k === t.k && out.x === t.x ? t : out;
}

/** The window zoomed by `factor` (> 1 in) around the instant `at`, which stays where it is. */
export function zoomWindow(frame: ZoomFrame, view: View, factor: number, at: number): View {
  const t = toTransform(transformOf(frame, view));
  const p = t.applyX(frame.base(frame.warp.toU(at)));
  const k = t.k * factor;
  return viewOf(frame, zoomIdentity.translate(p - t.invertX(p) * k, 0).scale(k));
}

/** The window moved by a fraction of its width; positive moves later in time. */
export function panWindow(frame: ZoomFrame, view: View, fraction: number): View {
  const t = toTransform(transformOf(frame, view));
  return viewOf(frame, t.translate((-fraction * (frame.to - frame.from)) / t.k, 0));
}

export function toTransform(t: ZoomState): ZoomTransform {
  return zoomIdentity.translate(t.x, 0).scale(t.k);
}
