// Windows moved the way the element moves them: d3-zoom transforms, d3-zoom's own constraints.
import { zoom, zoomIdentity } from 'd3-zoom';
import {
  constrain,
  limitZoom,
  panWindow,
  zoomWindow,
} from '../../src/element/controllers/zoom-behavior.js';
import type { View, ViewLimits } from '../../src/layout/view.js';
import type { Warp } from '../../src/layout/warp.js';
import { transformOf, viewOf, type ZoomFrame, zoomFrame } from '../../src/layout/zoom.js';

const PLOT = { left: 12, right: 1188 };

/** A frame whose base is `fit` on a 1200 px plot; transforms do not depend on which fit. */
export function frameFor(warp: Warp, fit: View, rtl = false): ZoomFrame {
  return zoomFrame(warp, fit, PLOT.left, PLOT.right, rtl);
}

/** The window d3-zoom allows in place of `view`, within the limits. */
export function clampView(warp: Warp, view: View, limits: ViewLimits, rtl = false): View {
  const frame = frameFor(warp, { start: warp.fromU(limits.u0), end: warp.fromU(limits.u1) }, rtl);
  const behavior = zoom<HTMLElement, unknown>();
  limitZoom(behavior, frame, limits, PLOT);
  const t = transformOf(frame, view);
  const asked = zoomIdentity.translate(t.x, 0).scale(t.k);
  const out = constrain(behavior, asked);
  return out === asked ? view : viewOf(frame, out);
}

export function zoomView(warp: Warp, view: View, factor: number, at: number): View {
  return zoomWindow(frameFor(warp, view), view, factor, at);
}

export function panView(warp: Warp, view: View, fraction: number): View {
  return panWindow(frameFor(warp, view), view, fraction);
}
