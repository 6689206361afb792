import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Tracks the host's content width; 0 while it is not rendered (display: none). */
export class SizeController implements ReactiveController {
  width = 0;
  /** False until the first observation after connecting: until then the width is not known. */
  measured = false;
  private frame = 0;
  private readonly observer: ResizeObserver;

  constructor(private readonly host: Host) {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const width = Math.floor(
        entry?.contentBoxSize[0]?.inlineSize ?? entry?.contentRect.width ?? 0,
      );
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

  hostConnected(): void {
    this.measured = false;
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer.disconnect();
  }
}
