import type { ReactiveController } from 'lit';
import { ChunkRequest, lazyChunk } from '../lazy-chunk.js';
import type { Host } from './host.js';
import type { BrushBehaviour, BrushOptions } from './overview-brush-behaviour.js';

const brushChunk = lazyChunk(() => import('./overview-brush-behaviour.js'));

/**
 * The overview strip's window, which the reader drags (overview-brush-behaviour.ts, with
 * d3-brush). The strip draws at once; the brush that moves its window is a chunk that loads with
 * the first strip, so pages carry it only when they show a strip, and the first load stays small.
 * Offline, say, the strip shows where the view is, without a window to drag.
 */
export class OverviewBrush implements ReactiveController {
  private readonly chunk: ChunkRequest<typeof import('./overview-brush-behaviour.js')>;
  private behaviour: BrushBehaviour | null = null;

  constructor(
    private readonly host: Host,
    private readonly o: BrushOptions,
  ) {
    this.chunk = new ChunkRequest(host, brushChunk);
    host.addController(this);
  }

  /** The brush's chunk while it loads. */
  get loading(): Promise<void> | null {
    return this.chunk.loading;
  }

  hostUpdated(): void {
    const group = this.host.renderRoot.querySelector<SVGGElement>('g.brush');
    if (!this.behaviour) {
      const module = group ? this.chunk.get() : null;
      if (!module) return;
      this.behaviour = new module.BrushBehaviour(this.o);
    }
    this.behaviour.attach(group);
  }
}
