import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  clampView,
  fitView,
  interpolateView,
  panView,
  UNIT_MS,
  type View,
  type ViewLimits,
  viewLimits,
  viewScale,
  zoomView,
} from '../layout/view.js';
import { dataExtent, finestPrecision } from '../layout/visible.js';
import { createWarp, eventBounds, findGaps, keepEnds, LINEAR, type Warp } from '../layout/warp.js';
import type { TimelineModel } from '../model/types.js';

type Host = ReactiveControllerHost & HTMLElement;

const DURATION = 250;

/**
 * Owns the visible window: where it is, where it may go (limits), and how it gets there (at once
 * for gestures, animated for buttons, keys and methods unless the reader prefers reduced motion).
 * Every change asks the host to render, and `onChange` runs at most once per frame.
 */
export class ViewController implements ReactiveController {
  view: View = { start: 0, end: 1 };
  warp: Warp = LINEAR;
  limits: ViewLimits | null = null;
  private target: View | null = null;
  private frame = 0;
  private notifyFrame = 0;
  private waiting: (() => void)[] = [];

  /**
   * `onMove` runs on every change, so the window can be read at once (attributes); `onChange` at
   * most once per frame (the event).
   */
  constructor(
    private readonly host: Host,
    private readonly onMove: (view: View) => void,
    private readonly onChange: (view: View) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.finish();
    cancelAnimationFrame(this.notifyFrame);
    this.notifyFrame = 0;
  }

  /** The window that shows all the data. */
  fit: View | null = null;
  private prepared: { model: TimelineModel; linear: boolean; width: number } | null = null;

  /**
   * Sets up the warp (compressed gaps unless `linear`), the limits and the fitting window for a
   * dataset at a width; a new dataset starts at `requested` or the fit. Does nothing if unchanged.
   */
  prepare(model: TimelineModel, linear: boolean, width: number, requested: View | null): boolean {
    const p = this.prepared;
    if (p && p.model === model && p.linear === linear && p.width === width) return false;
    const now = Date.now();
    const extent = dataExtent(model, now);
    const warp = linear
      ? LINEAR
      : createWarp(keepEnds(findGaps(eventBounds(model, now))), extent.end - extent.start);
    const limits = viewLimits(warp, extent, finestPrecision(model), Math.max(width, 320));
    this.fit = fitView(warp, extent, 20 * UNIT_MS[finestPrecision(model)]);
    this.reset(p?.model === model ? this.view : (requested ?? this.fit), warp, limits);
    this.prepared = { model, linear, width };
    return true;
  }

  /** Zooms around a pixel of a plot running from `from` to `to` (reversed right to left). */
  zoomAtPixel(factor: number, px: number, from: number, to: number, animate: boolean): void {
    this.zoomBy(factor, viewScale(this.warp, this.view, from, to).invert(px), animate);
  }

  /** Moves the content by dx pixels of a plot `width` wide (positive: to the right). */
  panPixels(dx: number, width: number, rtl: boolean): void {
    this.panBy((rtl ? dx : -dx) / width, false);
  }

  /** Replaces the window without animation or notice (a new dataset, a new width). */
  reset(view: View, warp: Warp, limits: ViewLimits | null): void {
    this.finish();
    this.warp = warp;
    this.limits = limits;
    this.view = this.clamp(view);
  }

  clamp(view: View): View {
    return this.limits ? clampView(this.warp, view, this.limits) : view;
  }

  /** Moves to a window; resolves when it has arrived. */
  go(view: View, animate: boolean): Promise<void> {
    const to = this.clamp(view);
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!animate || reduced || !this.host.isConnected) {
      this.finish();
      this.set(to);
      return Promise.resolve();
    }
    const from = this.view;
    this.target = to;
    cancelAnimationFrame(this.frame);
    const started = performance.now();
    const step = (now: number) => {
      // A frame may be stamped before the move began (a busy page): never run backwards.
      const t = Math.min(1, Math.max(0, (now - started) / DURATION));
      const eased = 1 - (1 - t) ** 3;
      this.set(t === 1 ? to : interpolateView(this.warp, from, to, eased));
      if (t < 1) this.frame = requestAnimationFrame(step);
      else this.finish();
    };
    this.frame = requestAnimationFrame(step);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  zoomBy(factor: number, at: number, animate: boolean): Promise<void> {
    return this.go(zoomView(this.warp, this.target ?? this.view, factor, at), animate);
  }

  panBy(fraction: number, animate: boolean): Promise<void> {
    return this.go(panView(this.warp, this.target ?? this.view, fraction), animate);
  }

  private set(view: View): void {
    if (view.start === this.view.start && view.end === this.view.end) return;
    this.view = view;
    this.onMove(view);
    this.host.requestUpdate();
    if (!this.notifyFrame) {
      this.notifyFrame = requestAnimationFrame(() => {
        this.notifyFrame = 0;
        this.onChange(this.view);
      });
    }
  }

  /** Ends any animation where it was headed and settles every promise waiting on it. */
  private finish(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.target) this.set(this.target);
    this.target = null;

    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
