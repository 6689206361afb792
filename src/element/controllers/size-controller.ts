import type { ReactiveController } from 'lit';
import type { Host } from './host.js';

/** The host's orientation: `auto` (vertical under 600 px wide), `horizontal` or `vertical`. */
type SizeHost = Host & { orientation: string };

/**
 * Tracks the host's content width (0 while it is not rendered, display: none) and the layout it
 * calls for, which the host's custom state `:state(vertical)` or `:state(horizontal)` shows.
 */
export class SizeController implements ReactiveController {
  width = 0;
  /** The vertical layout is in effect. */
  vertical = false;
  /** False until the first observation after connecting: until then the width is not known. */
  measured = false;
  /** While printing, the paper's width (print-controller.ts); the screen's width is kept. */
  private paper: number | null = null;
  private screen = 0;
  private frame = 0;
  private readonly observer: ResizeObserver;

  constructor(
    private readonly host: SizeHost,
    private readonly states: CustomStateSet | undefined,
  ) {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const width = Math.floor(
        entry?.contentBoxSize[0]?.inlineSize ?? entry?.contentRect.width ?? 0,
      );
      if (this.paper !== null) {
        // The page's own width changes as it is laid out for paper: the screen's comes back after.
        this.screen = width;
        return;
      }
      if (width === this.width && this.measured) return;
      // Render on the next frame, not inside this callback: a render that changes the host's
      // height within the observer's delivery is the "ResizeObserver loop" error.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.width = width;
        this.measured = true;
        host.requestUpdate();
      });
    });
    host.addController(this);
  }

  /** Lays out for paper `width` px wide, horizontally (null: for the screen again). */
  print(width: number | null): void {
    if (width !== null && this.paper === null) this.screen = this.width;
    this.paper = width;
    this.width = width === null ? this.screen : Math.min(this.screen || width, width);
  }

  hostUpdate(): void {
    const { orientation } = this.host;
    const width = this.width;
    const vertical =
      this.paper === null &&
      (orientation === 'vertical' || (orientation !== 'horizontal' && width > 0 && width < 600));
    const state = vertical ? 'vertical' : 'horizontal';
    this.vertical = vertical;
    // Touched only when it changes: any change to the states makes the page work out styles again.
    if (!this.states || this.states.has(state)) return;
    this.states.delete(vertical ? 'horizontal' : 'vertical');
    this.states.add(state);
  }

  hostConnected(): void {
    this.measured = false;
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer.disconnect();
  }
}
