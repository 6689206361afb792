import { easeCubicOut } from 'd3-ease';
import { type Selection, select } from 'd3-selection';
import { PRECISION_MS } from '../../layout/precision.js';
import 'd3-transition';
import { type D3ZoomEvent, type ZoomBehavior, type ZoomTransform, zoom } from 'd3-zoom';
import type { ReactiveController } from 'lit';
import { plotEdges } from '../../layout/geometry.js';
import {
  fitView,
  requestedWindow,
  timeOf,
  type View,
  type ViewLimits,
  viewLimits,
  viewToIso,
} from '../../layout/view.js';
import { dataExtent, finestPrecision } from '../../layout/visible.js';
import { LINEAR, modelWarp, type Warp } from '../../layout/warp.js';
import {
  transformOf,
  viewOf,
  type ZoomFrame,
  type ZoomState,
  zoomFrame,
} from '../../layout/zoom.js';
import type { TimelineModel } from '../../model/types.js';
import type { DataController } from './data-controller.js';
import { emit, type Host } from './host.js';
import type { LocaleController } from './locale-controller.js';
import type { SizeController } from './size-controller.js';
import {
  constrain,
  limitZoom,
  panWindow,
  takes,
  toTransform,
  wheelDelta,
  zoomWindow,
} from './zoom-behavior.js';

/** A time for the view methods: an ISO string, a Date or milliseconds since 1970 UTC. */
export type TimeInput = string | number | Date;

/** The host's view inputs: the scale, and the window the attributes name. */
type ViewHost = Host & { scale: string; viewStart: string; viewEnd: string };

/** What the window depends on besides the host: the data, the width, the direction. */
export interface ViewOptions {
  loader: DataController;
  size: SizeController;
  language: LocaleController;
}
type Surface = Selection<HTMLElement, unknown, null, undefined>;

const DURATION = 250;
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
/**
 * Owns the visible window and moves it with d3-zoom. A window and a d3 zoom transform are two
 * names for one view (layout/zoom.ts); every move goes through `zoom.transform`, animated with a
 * d3 transition unless the reader prefers reduced motion. Gestures come from d3-zoom too. Every
 * change asks the host to render.
 */
export class ViewController implements ReactiveController {
  view: View = { start: 0, end: 1 };
  warp: Warp = LINEAR;
  limits: ViewLimits | null = null;
  /** The window that shows all the data. */
  fit: View | null = null;
  private frame: ZoomFrame | null = null;
  private surface: Surface | null = null;
  /** Where an animation is headed, so moves made during it add up. */
  private target: View | null = null;
  /** A transform being applied for a window asked for exactly, which it then names exactly. */
  private exact: { t: ZoomState; view: View } | null = null;
  private syncing = false;
  private generation = 0;
  private waiting: (() => void)[] = [];
  private notifyFrame = 0;
  private prepared: { model: object; linear: boolean; width: number; rtl: boolean } | null = null;
  readonly zoom: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .filter(takes)
    .wheelDelta(wheelDelta)
    .clickDistance(4)
    // Listen for touches whatever the device says of itself (d3 asks maxTouchPoints): touch
    // screens that report none still pinch, and every engine's tests can send touches.
    .touchable(() => true)
    .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => this.zoomed(e.transform));

  /** The window as the attributes name it, to tell the page's own requests from our echoes. */
  private reflected = { start: '', end: '' };
  private asked = { start: '', end: '' };

  /**
   * The window follows the data, the scale, the width and the direction, and goes where the page
   * asks with view-start and view-end. Every move sets those attributes at once, so an awaited
   * method can read them, and fires timeline-view-change at most once per frame.
   */
  constructor(
    private readonly host: ViewHost,
    private readonly o: ViewOptions,
  ) {
    host.addController(this);
  }

  /**
   * A new dataset, width, direction or scale sets the window up again (starting at the window the
   * attributes ask for, with new data); else a window the page asks for is gone to.
   */
  hostUpdate(): void {
    const { viewStart: start, viewEnd: end } = this.host;
    const asked = start !== this.asked.start || end !== this.asked.end;
    this.asked = { start, end };
    const model = this.o.loader.model;
    if (!model) return;
    const requested = requestedWindow(start, end);
    const fresh = this.prepared?.model !== datasetOf(model);
    const linear = this.host.scale === 'linear';
    const { width } = this.o.size;
    if (this.prepare(model, linear, width, this.o.language.rtl, fresh ? requested : null)) {
      // The attributes name the window from the start; the event is for moves, not for loading.
      this.reflect(this.view);
    } else if (asked && requested) {
      const own = start === this.reflected.start && end === this.reflected.end;
      if (!own) this.go(requested, false);
    }
  }

  /** Zooms around the window's centre, as the scale draws it: a factor above 1 zooms in. */
  zoomCentre(factor: number): Promise<void> {
    const { warp, view } = this;
    const centre = warp.fromU((warp.toU(view.start) + warp.toU(view.end)) / 2);
    return factor > 0 ? this.zoomBy(factor, centre, true) : Promise.resolve();
  }

  /** Shows all the data. */
  showAll(): Promise<void> {
    return this.fit ? this.go(this.fit, true) : Promise.resolve();
  }

  /** Attaches d3-zoom to the plot Lit drew (a new plot element re-attaches). */
  hostUpdated(): void {
    this.attach(this.host.renderRoot.querySelector<HTMLElement>('.plot:not(.vertical)'));
  }

  hostDisconnected(): void {
    this.surface?.interrupt();
    this.settle();
    cancelAnimationFrame(this.notifyFrame);
    this.notifyFrame = 0;
  }

  /**
   * Sets up the warp (compressed gaps unless `linear`), the limits and the fitting window for a
   * dataset on a plot from `left` to `right`; a new dataset starts at `requested` or the fit.
   * Returns false when nothing changed.
   */
  private prepare(
    model: TimelineModel,
    linear: boolean,
    width: number,
    rtl: boolean,
    requested: View | null,
  ): boolean {
    const p = this.prepared;
    const size = plotEdges(width);
    // A tiled source's models come and go with its tiles: the dataset is the source.
    const dataset = datasetOf(model);
    if (p && p.model === dataset && p.linear === linear && p.width === width && p.rtl === rtl)
      return false;
    const now = Date.now();
    const extent = dataExtent(model, now);
    const warp = modelWarp(model, now, linear);
    const limits = viewLimits(warp, extent, finestPrecision(model), Math.max(width, 320));
    const finest = 20 * PRECISION_MS[finestPrecision(model)];
    const fit = fitView(warp, extent, finest, size.right - size.left);
    // The same data keeps its window, unless that is still the fit of another width: a first
    // layout often comes before the element's width is known.
    const kept = p?.model === dataset && this.view !== this.fit;
    const view = kept ? this.view : p?.model === dataset ? fit : (requested ?? fit);
    this.surface?.interrupt();
    this.settle();
    this.warp = warp;
    this.limits = limits;
    this.fit = fit;
    this.frame = zoomFrame(warp, fit, size.left, size.right, rtl);
    limitZoom(this.zoom, this.frame, limits, size);
    this.view = this.clamp(view);
    this.prepared = { model: dataset, linear, width, rtl };
    this.sync();
    return true;
  }

  /** Binds d3-zoom to the plot (after each render; a new plot element is bound anew). */
  attach(element: HTMLElement | null): void {
    if (element === (this.surface?.node() ?? null)) return;
    this.surface?.interrupt().on('.zoom', null);
    this.settle();
    // d3-zoom keeps its transform on the element and listens there; Lit never binds the plot's
    // own style or children that d3 would touch.
    this.surface = element ? select(element).call(this.zoom) : null;
    this.sync();
  }

  /** The window clamped to the limits, as d3-zoom's extents clamp it. */
  clamp(view: View): View {
    if (!this.frame) return view;
    const t = this.transform(transformOf(this.frame, view));
    return this.constrained(t) === t ? view : viewOf(this.frame, this.constrained(t));
  }

  /** Moves to a window through `zoom.transform`; resolves when it has arrived. */
  /** zoomTo(start, end): the window between two times the page gives; rejects one that is not a window. */
  zoomTo(start: TimeInput, end: TimeInput): Promise<void> {
    const a = timeOf(start, false);
    const b = timeOf(end, true);
    if (!(a < b))
      return Promise.reject(new RangeError(`zoomTo: '${start}' to '${end}' is not a window`));
    return this.go({ start: a, end: b }, true);
  }

  go(view: View, animate: boolean): Promise<void> {
    const frame = this.frame;
    if (!frame) {
      this.set(view);
      return Promise.resolve();
    }
    const asked = this.transform(transformOf(frame, view));
    const t = this.constrained(asked);
    const now = transformOf(frame, this.view);
    // A move the limits undo entirely (zooming in at the narrowest) leaves the window as it is,
    // not one that differs from it by rounding.
    const still = Math.abs(t.k / now.k - 1) < 1e-12 && Math.abs(t.x - now.x) < 1e-6;
    const exact = t === asked ? view : still ? this.view : viewOf(frame, t);
    const generation = ++this.generation;
    const surface = this.surface;
    if (!surface || !animate || reducedMotion() || !this.host.isConnected) {
      this.exact = { t, view: exact };
      if (surface) this.zoom.transform(surface, t);
      else this.set(exact);
      this.exact = null;
      this.settle();
      return Promise.resolve();
    }
    this.target = exact;
    const promise = new Promise<void>((resolve) => this.waiting.push(resolve));
    surface
      .transition()
      .duration(DURATION)
      .ease(easeCubicOut)
      .call(this.zoom.transform, t)
      .on('end', () => {
        if (generation !== this.generation) return;
        this.set(exact);
        this.settle();
      })
      .on('interrupt', () => {
        // Another move of ours takes over and settles later; a gesture settles now.
        if (generation === this.generation) this.settle();
      });
    return promise;
  }

  /** Zooms by `factor` (> 1 in) around the instant `at`, from where any animation is headed. */
  zoomBy(factor: number, at: number, animate: boolean): Promise<void> {
    const frame = this.frame;
    if (!frame) return Promise.resolve();
    return this.go(zoomWindow(frame, this.target ?? this.view, factor, at), animate);
  }

  /** Moves by a fraction of the window (positive: later), from where any animation is headed. */
  panBy(fraction: number, animate: boolean): Promise<void> {
    const frame = this.frame;
    if (!frame) return Promise.resolve();
    return this.go(panWindow(frame, this.target ?? this.view, fraction), animate);
  }

  /** Moves the content by dx screen pixels (one-finger touch, sideways wheel). */
  translatePixels(dx: number): void {
    const surface = this.surface;
    if (!surface) return;
    const k = (surface.node() as HTMLElement & { __zoom?: ZoomTransform }).__zoom?.k ?? 1;
    this.zoom.translateBy(surface, dx / k, 0);
  }

  private zoomed(t: ZoomTransform): void {
    if (this.syncing || !this.frame) return;
    const exact = this.exact;
    this.set(exact && exact.t.k === t.k && exact.t.x === t.x ? exact.view : viewOf(this.frame, t));
  }

  /** Gives d3-zoom the transform of the current window, without moving anything. */
  private sync(): void {
    if (!this.surface || !this.frame) return;
    this.syncing = true;
    this.zoom.transform(this.surface, this.transform(transformOf(this.frame, this.view)));
    this.syncing = false;
  }

  private transform(t: ZoomState): ZoomTransform {
    return toTransform(t);
  }

  private constrained(t: ZoomTransform): ZoomTransform {
    return constrain(this.zoom, t);
  }

  private set(view: View): void {
    if (view.start === this.view.start && view.end === this.view.end) return;
    this.view = view;
    this.reflect(view);
    this.host.requestUpdate();
    if (!this.notifyFrame) {
      this.notifyFrame = requestAnimationFrame(() => {
        this.notifyFrame = 0;
        emit(this.host, 'timeline-view-change', { ...this.reflected });
      });
    }
  }

  /** The window moved: the attributes follow at once, so an awaited method can read them. */
  private reflect(view: View): void {
    this.reflected = viewToIso(view);
    this.host.viewStart = this.reflected.start;
    this.host.viewEnd = this.reflected.end;
  }

  /** Settles every promise waiting on a move. */
  private settle(): void {
    this.target = null;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}

/** What a window belongs to: the data, or for a tiled source the source, whichever tiles are in. */
function datasetOf(model: TimelineModel): object {
  return model.tiled?.source ?? model;
}
