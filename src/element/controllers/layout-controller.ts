import type { ReactiveController } from 'lit';
import { DENSE, maxRows } from '../../layout/geometry.js';
import type { LanePlan } from '../../layout/lanes.js';
import { laneRows, layoutTimeline } from '../../layout/layout.js';
import { layoutOverview, type OverviewLayout } from '../../layout/overview.js';
import type { Crowd, LayoutInput, TimelineLayout } from '../../layout/types.js';
import type { VerticalRow } from '../../layout/vertical.js';
import { visibleEvents } from '../../layout/visible.js';
import type { TimelineModel } from '../../model/types.js';
import { ChunkRequest, lazyChunk } from '../lazy-chunk.js';
import { verticalChunk } from '../views/lazy-vertical.js';
import { positionCard } from './card-position.js';
import type { DataController } from './data-controller.js';
import type { FilterController } from './filter-controller.js';
import type { Host } from './host.js';
import type { LocaleController } from './locale-controller.js';
import { createMeasure, watchFonts } from './measure.js';
import type { RovingFocusController } from './roving-focus-controller.js';
import type { SelectionController } from './selection-controller.js';
import type { SizeController } from './size-controller.js';
import type { StoryController } from './story-controller.js';
import type { ViewController } from './view-controller.js';

export interface LayoutOptions {
  loader: DataController;
  /** The lanes, with the categories filtered out that are not shown. */
  filter: FilterController;
  language: LocaleController;
  size: SizeController;
  viewer: ViewController;
  /** The selected event, whose label is placed first, and the Tab stop, which gets a button. */
  selection: SelectionController;
  roving: RovingFocusController;
  story: StoryController;
}

/**
 * The crowded view's code: its layout (layout/dense.ts, lane-index.ts) and its canvas
 * (views/density.ts). Data of DENSE events or fewer is never crowded, and never loads it.
 */
const crowdChunk = lazyChunk(() => import('./crowd-chunk.js'));

/** Whether a dataset can crowd a view: more events than DENSE, or a tiled source's. */
function crowds(model: TimelineModel): boolean {
  return model.events.length > DENSE || model.tiled !== undefined;
}

/** Text widths in the fonts of the labels and of the axis's two rows. */
type Measures = Record<'label' | 'tick' | 'context', (text: string) => number>;

/**
 * Lays out what each update draws, with the pure layouts (layout/): the lanes of a dataset, the
 * horizontal layout or the vertical rows of the window, and the overview. It measures text in the
 * element's font, again when the page's fonts finish loading, and keeps each lane's label rows
 * from the first view, so zooming never makes the page jump. After the render it places the
 * card and paints the density canvas.
 */
export class LayoutController implements ReactiveController {
  lanes: LanePlan | null = null;
  layout: TimelineLayout | null = null;
  vertical: VerticalRow[] | null = null;
  overview: OverviewLayout | null = null;
  private readonly verticalRequest: ChunkRequest<typeof import('../views/vertical-chunk.js')>;
  private readonly crowdRequest: ChunkRequest<typeof import('./crowd-chunk.js')>;
  private measure: Measures | null = null;
  private font = '';
  /** The host's text colour, which tells the colour scheme (views/density.ts InkCache). */
  private scheme = '';
  /** Label rows per lane, as the first view uses them; kept while their inputs are the same. */
  private rows: { key: unknown[]; rows: number[] } | null = null;
  private overviewKey: unknown[] = [];
  /** What the drawing showed when the style was last read. */
  private styleKey: unknown[] = [];
  /** What the density canvases were last painted with. */
  private painted: unknown[] = [];
  /** The last horizontal layout, and what it was made from. */
  private last: { key: unknown[]; layout: TimelineLayout } | null = null;
  private unwatchFonts: (() => void) | null = null;
  private inks: InstanceType<typeof import('./crowd-chunk.js').InkCache> | null = null;
  /** Lanes whose scrolling already moves the open card. */
  private readonly scrolled = new WeakSet<Element>();

  constructor(
    private readonly host: Host,
    private readonly o: LayoutOptions,
  ) {
    this.verticalRequest = new ChunkRequest(host, verticalChunk);
    this.crowdRequest = new ChunkRequest(host, crowdChunk);
    host.addController(this);
  }

  /** The vertical layout's chunk while it loads (the element shows its status line until then). */
  get loading(): Promise<void> | null {
    return this.verticalRequest.loading ?? this.crowdRequest.loading;
  }

  hostConnected(): void {
    this.unwatchFonts = watchFonts(() => {
      this.measure = null;
      this.font = '';
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unwatchFonts?.();
  }

  hostUpdate(): void {
    const { loader, size, viewer } = this.o;
    this.lanes = this.o.filter.lanes;
    // Data that can crowd a view asks for the crowd's code at once, in either layout (an export
    // of the vertical one draws the horizontal).
    if (loader.model && crowds(loader.model)) this.crowdRequest.get();
    this.layout = null;
    this.vertical = null;
    const model = loader.model;
    if (!model || !this.lanes || size.width <= 0) return;
    const view = viewer.view;
    this.lookAtTiles();
    if (size.vertical && this.o.story.on) {
      // Story mode on a phone: the slides, under the strip of every event.
      this.layOverview(this.input());
      return;
    }
    if (size.vertical) {
      const parts = this.verticalParts();
      if (!parts) return;
      const off = this.lanes.off;
      const all = visibleEvents(model, view.start, view.end);
      const indices = off ? all.filter((i) => off[i] === 0) : all;
      this.vertical = parts.layoutVertical(
        model,
        indices,
        view,
        viewer.warp,
        this.o.language.locale,
      );
      return;
    }
    // The font and colours are read from the computed style when something the drawing shows
    // changed (an update for a search's highlight alone skips it: read before a render, the
    // style is worked out twice).
    const drawn = [this.lanes, view.start, view.end, size.width, this.o.language.locale];
    const also = [this.o.language.rtl, this.o.selection.index, this.o.roving.stop, viewer.warp];
    const styleKey = [...drawn, ...also];
    if (!this.font || styleKey.some((k, i) => k !== this.styleKey[i])) this.readStyle();
    this.styleKey = styleKey;
    const input = this.input();
    if (!input.crowd && crowds(model)) return;
    const rows = this.laneRows(input);
    const selected = this.o.selection.index;
    const focus = this.o.roving.stop;
    // An update that changes nothing the layout reads (a search's highlight, the live region,
    // a card's contents) keeps the layout it has.
    const inputs = [this.lanes, view.start, view.end, input.width, rows, selected, focus];
    const more = [this.measure, input.rtl, viewer.warp, input.crowd, input.locale, input.words];
    const drawnFor = [...inputs, ...more];
    if (this.last && drawnFor.every((k, i) => k === this.last?.key[i])) {
      this.layout = this.last.layout;
    } else {
      this.layout = layoutTimeline({ ...input, rows, selected, focus });
      this.last = { key: drawnFor, layout: this.layout };
    }
    // A tiled source's failed stretches in view are drawn hatched.
    this.o.loader.tiled?.markGaps(this.layout, view, viewer.warp, input.rtl ?? false);
    this.layOverview(input);
  }

  /**
   * Each lane has the label rows its labels use in the first view at this width and in this
   * font, and keeps them while the reader zooms, so the page does not jump; with every category
   * shown, so a lane shown again comes back as it was. A tiled source's lanes take as many rows
   * as fit from its first view on: its events come and go with the tiles, and laying out a first
   * view again for each would cost a layout.
   */
  private laneRows(input: LayoutInput): number[] {
    const all = this.o.filter.all ?? (this.lanes as LanePlan);
    const tiled = input.model.tiled?.source;
    const key = [tiled ?? all, this.measure, input.width, input.rtl];
    if (!this.rows || key.some((k, i) => k !== this.rows?.key[i])) {
      const most = maxRows(all.lanes.length);
      const rows = tiled ? all.lanes.map(() => most) : laneRows({ ...input, lanes: all });
      this.rows = { key, rows };
    }
    return this.rows.rows;
  }

  /** A tiled source is asked for this view's tiles; newer answers make the next update's model. */
  private lookAtTiles(): void {
    const shown = this.o.filter.shown();
    // The search narrows a tiled source's tiles to its matches, as the filter does to its lanes.
    const q = (this.host as Host & { query?: string }).query?.trim() ?? '';
    const filter = { q, categories: shown.length ? shown : null };
    const { view } = this.o.viewer;
    if (this.o.loader.tiled?.look(view, this.o.size.width, filter)) {
      queueMicrotask(() => this.host.requestUpdate());
    }
  }

  /**
   * The horizontal layout of this update's window: the one drawn, or, in the vertical layout,
   * one at `width` (for an export, which is always the horizontal drawing).
   */
  horizontal(width: number): TimelineLayout | null {
    if (this.layout) return this.layout;
    if (!this.o.loader.model || !this.lanes) return null;
    const input = { ...this.input(), width };
    return layoutTimeline({ ...input, rows: laneRows(input), selected: this.o.selection.index });
  }

  /**
   * The element's font and text colour, from its computed style: a new font is measured again,
   * and the colour tells the density canvas the scheme.
   */
  private readStyle(): void {
    const style = getComputedStyle(this.host);
    this.scheme = style.color;
    if (style.fontFamily !== this.font) this.measure = null;
    this.font = style.fontFamily;
  }

  hostUpdated(): void {
    const root = this.host.renderRoot as ShadowRoot;
    const rtl = this.o.language.rtl;
    positionCard(root, rtl);
    // The card follows its event when the lanes scroll inside a capped element, too.
    const lanes = root.querySelector('.lanes');
    if (lanes && !this.scrolled.has(lanes)) {
      this.scrolled.add(lanes);
      const follow = () => positionCard(root, this.o.language.rtl);
      lanes.addEventListener('scroll', follow, { passive: true });
    }
    const crowd = crowdChunk.get();
    if (this.layout?.density && crowd) {
      const canvases = [...root.querySelectorAll<HTMLCanvasElement>('canvas.density')];
      // The same layout on the same canvases in the same colours (an update for a search's
      // highlight, say) is drawn already.
      const painted = [this.layout, this.scheme, ...canvases];
      if (painted.length === this.painted.length && painted.every((p, i) => p === this.painted[i]))
        return;
      this.painted = painted;
      this.inks ??= new crowd.InkCache();
      // The colours are the lanes' whichever are shown: read again for new data, not a filter.
      const colours = this.inks.get(this.scheme, root, this.o.filter.all ?? this.lanes);
      crowd.drawDensity(canvases, this.layout, colours);
    }
  }

  /**
   * The vertical layout's code and styles, or null while its chunk loads (the element shows its
   * loading line until then, and renders when it arrives).
   */
  private verticalParts(): ReturnType<typeof verticalChunk.get> {
    const parts = this.verticalRequest.get();
    if (!parts) return null;
    // Its styles go where they stood among the element's own: after the base, before the panels.
    const root = this.host.renderRoot as ShadowRoot;
    const sheet = parts.verticalStyles.styleSheet;
    const sheets = root.adoptedStyleSheets;
    if (sheet && !sheets.includes(sheet)) {
      root.adoptedStyleSheets = [...sheets.slice(0, 1), sheet, ...sheets.slice(1)];
    }
    return parts;
  }

  /** What every horizontal layout of this update shares. */
  private input(): LayoutInput {
    const { loader, language, size, viewer } = this.o;
    const { locale, words, rtl } = language;
    const measure = this.measures();
    return {
      model: loader.model as NonNullable<typeof loader.model>,
      lanes: this.lanes as LanePlan,
      view: viewer.view,
      width: size.width,
      now: Date.now(),
      locale,
      measure: measure.label,
      measureAxis: measure,
      rtl,
      words,
      warp: viewer.warp,
      // Asked for once there is more data than one view can draw mark by mark.
      ...(loader.model && crowds(loader.model) ? { crowd: this.crowd() } : {}),
    };
  }

  /** The crowd's code, drawing a tiled source's density from its tiles; undefined while it loads. */
  private crowd(): Crowd | undefined {
    const crowd = this.crowdRequest.get() ?? undefined;
    const tiled = this.o.loader.tiled;
    return crowd && tiled ? tiled.crowd(crowd) : crowd;
  }

  /** Measured in the font the labels are drawn in: again when it changes or finishes loading. */
  private measures(): Measures {
    if (!this.font) this.readStyle();
    const family = this.font;
    this.measure ??= {
      label: createMeasure(`600 13px ${family}`),
      tick: createMeasure(`12px ${family}`),
      context: createMeasure(`600 12px ${family}`),
    };
    return this.measure;
  }

  /** The overview is laid out once per dataset, warp, width and direction. */
  private layOverview(input: LayoutInput): void {
    const { viewer } = this.o;
    // Of every lane: the overview shows the categories filtered out too, dimmed.
    const lanes = this.o.filter.all ?? input.lanes;
    const tiled = this.o.loader.tiled;
    const key = [lanes, viewer.warp, viewer.fit, input.width, input.rtl, tiled?.whole];
    if (this.overview && key.every((k, i) => k === this.overviewKey[i])) return;
    this.overviewKey = key;
    const full = viewer.fit ?? viewer.view;
    const { model, width, now, rtl = false } = input;
    // A tiled source's strip is drawn from its tiles of the whole extent, not the events at hand.
    this.overview = tiled
      ? tiled.overview(lanes, full, width, rtl)
      : layoutOverview(model, lanes, viewer.warp, full, width, now, rtl);
  }
}
