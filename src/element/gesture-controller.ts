import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** What the gestures ask of the timeline, in pixels of the plot. */
export interface GestureTarget {
  /** Zoom by `factor` (> 1 in) around x; animated for double-clicks. */
  zoomAt(factor: number, x: number, animate: boolean): void;
  /** Move the content by dx pixels (positive: to the right). */
  panPixels(dx: number): void;
  /** A plain wheel was turned over the plot: the page scrolls; say how to zoom. */
  wheelHint(): void;
}

/**
 * Turns pointer input on the plot into zoom and pan. Pointer Events with `touch-action: pan-y` on
 * the plot leave vertical swipes to the page, while horizontal drags pan and two fingers pinch.
 * A plain wheel scrolls the page; Ctrl/⌘ + wheel and trackpad pinches (which arrive as wheel
 * events with ctrlKey) zoom; horizontal wheel movement pans.
 */
export class GestureController implements ReactiveController {
  private surface: HTMLElement | null = null;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private moved = 0;
  private suppressClick = false;

  constructor(
    host: Host,
    private readonly target: GestureTarget,
  ) {
    host.addController(this);
  }

  /** Attaches to the plot element (called after each render; a new element re-attaches). */
  attach(surface: HTMLElement | null): void {
    if (surface === this.surface) return;
    this.detach();
    this.surface = surface;
    if (!surface) return;
    surface.addEventListener('wheel', this.onWheel, { passive: false });
    surface.addEventListener('pointerdown', this.onDown);
    surface.addEventListener('pointermove', this.onMove);
    surface.addEventListener('pointerup', this.onUp);
    surface.addEventListener('pointercancel', this.onUp);
    surface.addEventListener('dblclick', this.onDoubleClick);
    surface.addEventListener('click', this.onClickCapture, true);
  }

  hostDisconnected(): void {
    this.detach();
  }

  private detach(): void {
    const s = this.surface;
    if (!s) return;
    s.removeEventListener('wheel', this.onWheel);
    s.removeEventListener('pointerdown', this.onDown);
    s.removeEventListener('pointermove', this.onMove);
    s.removeEventListener('pointerup', this.onUp);
    s.removeEventListener('pointercancel', this.onUp);
    s.removeEventListener('dblclick', this.onDoubleClick);
    s.removeEventListener('click', this.onClickCapture, true);
    this.surface = null;
    this.pointers.clear();
  }

  private localX(e: { clientX: number }): number {
    return e.clientX - (this.surface?.getBoundingClientRect().left ?? 0);
  }

  private onWheel = (e: WheelEvent): void => {
    const scale = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      this.target.zoomAt(Math.exp((-e.deltaY * scale) / 300), this.localX(e), false);
    } else if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      e.preventDefault();
      this.target.panPixels(-e.deltaX * scale);
    } else if (e.deltaY !== 0) {
      this.target.wheelHint();
    }
  };

  private onDown = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.suppressClick = false;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.pointers.size === 1) this.moved = 0;
  };

  private onMove = (e: PointerEvent): void => {
    const last = this.pointers.get(e.pointerId);
    if (!last) return;
    if (this.pointers.size === 1) {
      const dx = e.clientX - last.x;
      this.moved += Math.abs(dx) + Math.abs(e.clientY - last.y);
      if (this.moved > 4) {
        if (!this.surface?.hasPointerCapture(e.pointerId))
          this.surface?.setPointerCapture(e.pointerId);
        this.target.panPixels(dx);
      }
    } else if (this.pointers.size === 2) {
      const other = [...this.pointers].find(([id]) => id !== e.pointerId)?.[1];
      if (other) {
        const before = Math.hypot(last.x - other.x, last.y - other.y);
        const after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
        this.moved += 10;
        if (before > 0 && after > 0) {
          this.target.zoomAt(
            after / before,
            this.localX({ clientX: (e.clientX + other.x) / 2 }),
            false,
          );
        }
        this.target.panPixels((e.clientX - last.x) / 2);
      }
    }
    last.x = e.clientX;
    last.y = e.clientY;
  };

  private onUp = (e: PointerEvent): void => {
    this.pointers.delete(e.pointerId);
    if (this.moved > 4) this.suppressClick = true;
  };

  /** A drag ends with a click on whatever is under the pointer; it must not select it. */
  private onClickCapture = (e: MouseEvent): void => {
    if (!this.suppressClick) return;
    this.suppressClick = false;
    e.stopPropagation();
    e.preventDefault();
  };

  private onDoubleClick = (e: MouseEvent): void => {
    if ((e.target as Element).closest('button')) return;
    e.preventDefault();
    this.target.zoomAt(2, this.localX(e), true);
  };
}
