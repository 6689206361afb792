import { nothing, svg } from 'lit';
import type { Lane } from '../layout/lanes.js';
import { OVERVIEW_HEIGHT, type OverviewLayout } from '../layout/overview.js';
import { type View, viewScale } from '../layout/view.js';
import type { Warp } from '../layout/warp.js';
import { laneClass, laneInk } from './chart.js';
import { customProperties } from './place.js';

/** The overview strip: all events, and the visible window as a box with handles. */
export function renderOverview(
  o: OverviewLayout,
  lanes: Lane[],
  warp: Warp,
  view: View,
  width: number,
  rtl: boolean,
) {
  const x = viewScale(warp, o.full, rtl ? o.right : o.left, rtl ? o.left : o.right);
  const a = Math.max(o.left, Math.min(x(view.start), x(view.end)));
  const b = Math.min(o.right, Math.max(x(view.start), x(view.end)));
  const w = Math.max(4, b - a);
  return svg`<svg class="overview-svg" aria-hidden="true" width=${width} height=${OVERVIEW_HEIGHT}>
    ${o.paths.map((p) => {
      const lane = lanes[p.lane];
      return p.d
        ? svg`<path class="overview-ticks ${laneClass(lane)}" ${customProperties({ '--c': laneInk(lane) })} d=${p.d}></path>`
        : nothing;
    })}
    <rect class="overview-shade" x="0" y="0" width=${Math.max(0, a)} height=${OVERVIEW_HEIGHT}></rect>
    <rect class="overview-shade" x=${a + w} y="0" width=${Math.max(0, width - a - w)} height=${OVERVIEW_HEIGHT}></rect>
    <rect class="overview-window" x=${a} y="1" width=${w} height=${OVERVIEW_HEIGHT - 2} rx="3"></rect>
    <rect class="overview-handle" x=${a - 3} y="8" width="6" height=${OVERVIEW_HEIGHT - 16} rx="2"></rect>
    <rect class="overview-handle" x=${a + w - 3} y="8" width="6" height=${OVERVIEW_HEIGHT - 16} rx="2"></rect>
  </svg>`;
}

type Mode = { kind: 'pan'; x: number } | { kind: 'start' | 'end' } | null;

/**
 * Pointer input on the overview: drag the window to pan, drag a handle to resize, press anywhere
 * else to bring the window there. Works in u (warped time), like the main view's gestures.
 */
export class OverviewDrag {
  private mode: Mode = null;

  constructor(
    private readonly get: () => { o: OverviewLayout; warp: Warp; view: View; rtl: boolean } | null,
    private readonly go: (view: View, animate: boolean) => void,
  ) {}

  down = (e: PointerEvent): void => {
    const state = this.get();
    if (!state) return;
    const { o, warp, view, rtl } = state;
    const x = viewScale(warp, o.full, rtl ? o.right : o.left, rtl ? o.left : o.right);
    const px = this.local(e);
    const xs = [x(view.start), x(view.end)];
    const [a, b] = [Math.min(...(xs as [number, number])), Math.max(...(xs as [number, number]))];
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    if (Math.abs(px - a) <= 8 || Math.abs(px - b) <= 8) {
      const nearA = Math.abs(px - a) <= Math.abs(px - b);
      this.mode = { kind: nearA !== rtl ? 'start' : 'end' };
    } else if (px > a && px < b) {
      this.mode = { kind: 'pan', x: px };
    } else {
      const centre = warp.toU(x.invert(px));
      const half = (warp.toU(view.end) - warp.toU(view.start)) / 2;
      this.go({ start: warp.fromU(centre - half), end: warp.fromU(centre + half) }, true);
      this.mode = { kind: 'pan', x: px };
    }
    e.preventDefault();
  };

  move = (e: PointerEvent): void => {
    const state = this.get();
    if (!state || !this.mode) return;
    const { o, warp, view, rtl } = state;
    const x = viewScale(warp, o.full, rtl ? o.right : o.left, rtl ? o.left : o.right);
    const px = this.local(e);
    if (this.mode.kind === 'pan') {
      const du = warp.toU(x.invert(px)) - warp.toU(x.invert(this.mode.x));
      this.mode.x = px;
      this.go(
        { start: warp.fromU(warp.toU(view.start) + du), end: warp.fromU(warp.toU(view.end) + du) },
        false,
      );
    } else {
      const t = x.invert(px);
      const next =
        this.mode.kind === 'start'
          ? { start: Math.min(t, view.end - 1), end: view.end }
          : { start: view.start, end: Math.max(t, view.start + 1) };
      this.go(next, false);
    }
  };

  up = (): void => {
    this.mode = null;
  };

  private local(e: PointerEvent): number {
    return e.clientX - (e.currentTarget as Element).getBoundingClientRect().left;
  }
}
