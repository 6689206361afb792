import type { ReactiveController } from 'lit';
import type { Host } from './host.js';
import type { BrushBehaviour, BrushOptions } from './overview-brush-behaviour.js';

/** The brush's chunk, once a timeline on the page has loaded it: later strips bind at once. */
let chunk: typeof import('./overview-brush-behaviour.js') | null = null;

/**
 * The overview strip's window, which the reader drags (overview-brush-behaviour.ts, with
 * d3-brush). The strip draws at once; the brush that moves its window is a chunk that loads with
 * the first strip, as the reader cannot reach for it sooner, so pages carry it only when they
 * show a strip, and the first load stays small.
 */
export class OverviewBrush implements ReactiveController {
  /** The brush's chunk while it loads. */
  loading: Promise<void> | null = null;
  private behaviour: BrushBehaviour | null = null;
  private failed = false;

  constructor(
    private readonly host: Host,
    private readonly o: BrushOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const group = this.host.renderRoot.querySelector<SVGGElement>('g.brush');
    if (!this.behaviour && chunk) this.behaviour = new chunk.BrushBehaviour(this.o);
    if (this.behaviour) {
      this.behaviour.attach(group);
      return;
    }
    if (!group || this.loading || this.failed) return;
    this.loading = import('./overview-brush-behaviour.js')
      .then((module) => {
        chunk = module;
      })
      .catch(() => {
        // Offline, say: the strip shows where the view is, without a window to drag.
        this.failed = true;
      })
      .finally(() => {
        this.loading = null;
        this.host.requestUpdate();
      });
  }
}
