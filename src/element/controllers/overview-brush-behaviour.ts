import { type BrushBehavior, brushX, type D3BrushEvent } from 'd3-brush';
import { pointers, type Selection, select } from 'd3-selection';
import {
  OVERVIEW_HEIGHT,
  type OverviewLayout,
  overviewScale,
  windowOf,
} from '../../layout/overview.js';
import type { View } from '../../layout/view.js';
import type { Warp } from '../../layout/warp.js';
import type { LayoutController } from './layout-controller.js';
import type { LocaleController } from './locale-controller.js';
import type { ViewController } from './view-controller.js';

interface OverviewState {
  o: OverviewLayout;
  warp: Warp;
  view: View;
  rtl: boolean;
}

type Group = Selection<SVGGElement, unknown, null, undefined>;

/** What the brush reads: the strip's layout, the view it moves, the direction. */
export interface BrushOptions {
  drawing: LayoutController;
  viewer: ViewController;
  language: LocaleController;
}

/**
 * The visible window as a d3 brush (`brushX`): drag it to pan, drag its edges to resize, press
 * elsewhere on the strip to bring the window there. The window never leaves the strip, which
 * spans what "Show all" shows; the view controller then clamps moves as it clamps zoom, and the
 * brush follows the view. A chunk of its own, which overview-brush.ts loads with the first strip.
 */
export class BrushBehaviour {
  private group: Group | null = null;
  private state: OverviewState | null = null;
  private active = false;
  private readonly brush: BrushBehavior<unknown> = brushX()
    .handleSize(10)
    .on('start', (e: D3BrushEvent<unknown>) => {
      if (e.sourceEvent) this.active = true;
    })
    .on('brush', (e: D3BrushEvent<unknown>) => {
      if (e.sourceEvent) this.moved(e.selection as [number, number] | null);
    })
    .on('end', (e: D3BrushEvent<unknown>) => {
      if (!e.sourceEvent) return;
      this.active = false;
      this.follow();
    });

  constructor(private readonly o: BrushOptions) {}

  /** Binds the brush to the group Lit rendered for it, and puts the window where the view is. */
  attach(element: SVGGElement | null): void {
    const state = this.get();
    if (element !== (this.group?.node() ?? null)) {
      this.group = element ? select(element) : null;
      this.state = null;
    }
    const group = this.group;
    if (!group || !state) return;
    if (!this.state || this.state.o !== state.o) {
      const { o } = state;
      this.brush.extent([
        [o.left, 0],
        [o.right, OVERVIEW_HEIGHT],
      ]);
      group.call(this.brush);
      // A press outside the window brings the window there (d3's own would start a new brush).
      group
        .select('.overlay')
        .on('mousedown.brush touchstart.brush', (e: Event) => this.recentre(e));
    }
    this.state = state;
    this.follow();
  }

  /** Puts the brush where the view is, unless the reader is moving it. */
  private follow(): void {
    const state = this.state;
    if (!this.group || !state || this.active) return;
    this.brush.move(this.group, windowOf(state.o, state.warp, state.view, state.rtl));
  }

  private moved(selection: [number, number] | null): void {
    const state = this.get();
    if (!state || !selection) return;
    const x = overviewScale(state.o, state.warp, state.rtl);
    const [t0, t1] = [x.invert(selection[0]), x.invert(selection[1])];
    this.o.viewer.go({ start: Math.min(t0, t1), end: Math.max(t0, t1) }, false);
  }

  private recentre(e: Event): void {
    const state = this.get();
    if (!state || !this.group) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const [px = Number.NaN] = pointers(e, this.group.node())[0] ?? [];
    const { warp, view, rtl, o } = state;
    const [a, b] = windowOf(o, warp, view, rtl);
    if (!(px < a || px > b)) return;
    // Centred on the press, but kept on the strip, as d3-brush keeps a dragged window there.
    const half = (warp.toU(view.end) - warp.toU(view.start)) / 2;
    const [u0, u1] = [warp.toU(o.full.start) + half, warp.toU(o.full.end) - half];
    const press = warp.toU(overviewScale(o, warp, rtl).invert(px));
    const centre = u0 < u1 ? Math.max(u0, Math.min(u1, press)) : (u0 + u1) / 2;
    this.o.viewer.go({ start: warp.fromU(centre - half), end: warp.fromU(centre + half) }, true);
  }

  /** The strip's layout and the window on it now, or null while there is no strip. */
  private get(): OverviewState | null {
    const o = this.o.drawing.overview;
    const { warp, view } = this.o.viewer;
    return o ? { o, warp, view, rtl: this.o.language.rtl } : null;
  }
}
