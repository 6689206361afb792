import type { ReactiveController } from 'lit';
import type { Host } from './host.js';

/** Where the pointer turned the wheel, in px within the plot, and the plot's size. */
export interface HintPoint {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How long the wheel hint shows, in ms. */
const HINT_MS = 2000;

/**
 * The gestures d3-zoom leaves to the page's own conventions (see view-controller.ts for the rest):
 * - one finger pans along time with Pointer Events, while `touch-action: pan-y` lets the browser
 *   take vertical swipes (it sends pointercancel) — d3-zoom would prevent every touchmove;
 * - a sideways wheel or trackpad swipe pans;
 * - a plain vertical wheel scrolls the page, and the hint says how to zoom, once, beside the
 *   pointer.
 */
export class GestureController implements ReactiveController {
  private surface: HTMLElement | null = null;
  /** Touch pointers down now; a pan is one finger's alone, and ends when a second lands. */
  private readonly touches = new Map<number, number>();
  private panning = true;
  private moved = 0;
  private suppressClick = false;
  /** Where the wheel hint shows in the plot, or null while it does not. */
  hint: HintPoint | null = null;
  private hinted = false;
  private hintTimer = 0;

  /** `panPixels` moves the content by dx screen pixels (positive: to the right). */
  constructor(
    private readonly host: Host,
    private readonly panPixels: (dx: number) => void,
  ) {
    host.addController(this);
  }

  /** Attaches to the plot Lit drew (a new plot element re-attaches). */
  hostUpdated(): void {
    this.attach(this.host.renderRoot.querySelector<HTMLElement>('.plot:not(.vertical)'));
  }

  private attach(surface: HTMLElement | null): void {
    if (surface === this.surface) return;
    this.detach();
    this.surface = surface;
    if (!surface) return;
    surface.addEventListener('wheel', this.onWheel, { passive: false });
    surface.addEventListener('pointerdown', this.onDown);
    surface.addEventListener('pointermove', this.onMove);
    surface.addEventListener('pointerup', this.onUp);
    surface.addEventListener('pointercancel', this.onUp);
    surface.addEventListener('click', this.onClickCapture, true);
  }

  hostDisconnected(): void {
    clearTimeout(this.hintTimer);
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
    s.removeEventListener('click', this.onClickCapture, true);
    this.surface = null;
    this.touches.clear();
  }

  /** Ctrl/⌘ + wheel never gets here: d3-zoom takes it and stops it. */
  private onWheel = (e: WheelEvent): void => {
    if (e.ctrlKey || e.metaKey) return;
    const scale = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      e.preventDefault();
      this.panPixels(-e.deltaX * scale);
    } else if (e.deltaY !== 0) {
      this.showHint(e.clientX, e.clientY);
    }
  };

  private showHint(clientX: number, clientY: number): void {
    const box = this.surface?.getBoundingClientRect();
    if (this.hinted || !box) return;
    this.hinted = true;
    const { left, top, width, height } = box;
    this.hint = { x: clientX - left, y: clientY - top, width, height };
    this.host.requestUpdate();
    this.hintTimer = window.setTimeout(() => {
      this.hint = null;
      this.host.requestUpdate();
    }, HINT_MS);
  }

  private onDown = (e: PointerEvent): void => {
    if (e.pointerType !== 'touch') return;
    this.touches.set(e.pointerId, e.clientX);
    if (this.touches.size === 1) {
      this.panning = true;
      this.moved = 0;
      this.suppressClick = false;
    } else {
      // Two fingers are d3-zoom's pinch; the pan does not come back until every finger lifts.
      this.panning = false;
    }
  };

  private onMove = (e: PointerEvent): void => {
    const last = this.touches.get(e.pointerId);
    if (last === undefined || !this.panning) return;
    const dx = e.clientX - last;
    this.touches.set(e.pointerId, e.clientX);
    this.moved += Math.abs(dx);
    if (this.moved > 4) this.panPixels(dx);
  };

  private onUp = (e: PointerEvent): void => {
    if (!this.touches.delete(e.pointerId)) return;
    if (this.moved > 4) this.suppressClick = true;
  };

  /** A drag ends with a click on whatever is under the finger; it must not select it. */
  private onClickCapture = (e: MouseEvent): void => {
    if (!this.suppressClick) return;
    this.suppressClick = false;
    e.stopPropagation();
    e.preventDefault();
  };
}
