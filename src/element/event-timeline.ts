import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Messages } from '../i18n/en.js';
import { messagesFor } from '../i18n/messages.js';
import { hitTest } from '../layout/hit-test.js';
import { type LanePlan, planLanes } from '../layout/lanes.js';
import { GEOMETRY, layoutTimeline, type TimelineLayout } from '../layout/layout.js';
import { nextEvent, viewKey } from '../layout/navigation.js';
import { layoutOverview, type OverviewLayout } from '../layout/overview.js';
import { layoutVertical, type VerticalRow } from '../layout/vertical.js';
import { revealView, separateView, type View, viewScale, viewToIso } from '../layout/view.js';
import { visibleEvents } from '../layout/visible.js';
import { parseIsoDate } from '../model/dates.js';
import { eventFromHash, eventHash } from '../model/deep-link.js';
import type { Issue, TimelineEvent } from '../model/types.js';
import { positionCard } from './controllers/card-position.js';
import { DataController } from './controllers/data-controller.js';
import { GestureController } from './controllers/gesture-controller.js';
import { LocaleController } from './controllers/locale-controller.js';
import { createMeasure, watchFonts } from './controllers/measure.js';
import { SizeController } from './controllers/size-controller.js';
import { ViewController } from './controllers/view-controller.js';
import { styles } from './styles/event-timeline.styles.js';
import type { HintPoint } from './views/controls.js';
import { drawDensity, InkCache } from './views/density.js';
import { loadTable } from './views/lazy-table.js';
import { OverviewBrush } from './views/overview.js';
import { renderIssueList } from './views/status.js';
import { renderFrame } from './views/timeline-view.js';

/** Lanes whose scrolling already moves the open card. */
const scrolled = new WeakSet<Element>();

/** A time for the view methods: an ISO string, a Date or milliseconds since 1970 UTC. */
export type TimeInput = string | number | Date;

/**
 * An interactive, accessible timeline of events described in JSON.
 *
 * @fires timeline-load - The data was parsed and rendered. detail: `{ events: number, issues: Issue[] }`
 * @fires timeline-error - Nothing could be shown. detail: `{ issues: Issue[] }`
 * @fires timeline-select - The selection changed. detail: `{ id: string | null, event: TimelineEvent | null }`
 * @fires timeline-view-change - The visible window changed (at most once a frame). detail: `{ start: string, end: string }`
 *
 * @csspart axis - The time axis (SVG group).
 * @csspart lane - A lane's name.
 * @csspart event - An event's button: its label, its target over the mark, or its card.
 * @csspart label - An event's visible title.
 * @csspart range - The bar of a range.
 * @csspart detail - The card of the selected event.
 * @csspart overview - The strip with every event and the visible window.
 * @csspart controls - The zoom buttons and the table toggle.
 * @csspart table - The table view of every event.
 * @csspart status - The status line.
 * @csspart error - The panel shown when nothing can be shown.
 *
 * @cssprop --timeline-background - Background colour.
 * @cssprop --timeline-text - Text colour.
 * @cssprop --timeline-muted - Secondary text colour.
 * @cssprop --timeline-grid - Grid line colour.
 * @cssprop --timeline-axis - Axis colour.
 * @cssprop --timeline-accent - Focus and link colour.
 * @cssprop --timeline-future - Colour of today's marker and of the future.
 * @cssprop --timeline-font-family - Font family (inherited by default).
 * @cssprop --timeline-category-1 - First palette colour for categories without one (up to --timeline-category-8).
 */
export class EventTimeline extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    label: { type: String, reflect: true },
    viewStart: { type: String, attribute: 'view-start', reflect: true },
    viewEnd: { type: String, attribute: 'view-end', reflect: true },
    selected: { type: String, reflect: true },
    orientation: { type: String, reflect: true },
    scale: { type: String, reflect: true },
    hashLinks: { type: Boolean, attribute: 'hash-links', reflect: true },
    problemsOpen: { state: true },
    tablePage: { state: true },
    announce: { state: true },
    cluster: { state: true },
    hint: { state: true },
  };

  /** URL of the timeline's JSON. */
  declare src: string;
  /** The data itself: native, TimelineJS3 JSON or vis-timeline items. Wins over `src`. */
  declare data: unknown;
  /** Accessible name; defaults to the data's title. */
  declare label: string;
  /** Start of the visible window, as an ISO date; follows the reader. */
  declare viewStart: string;
  /** End of the visible window, as an ISO date; follows the reader. */
  declare viewEnd: string;
  /** Id of the selected event, or empty. */
  declare selected: string;
  /** `auto` (vertical under 600 px wide), `horizontal` or `vertical`. */
  declare orientation: 'auto' | 'horizontal' | 'vertical';
  /** `auto` compresses long empty stretches; `linear` does not. */
  declare scale: 'auto' | 'linear';
  /** Selecting an event writes `#<id>/<event id>` to the URL, and such a URL selects it. */
  declare hashLinks: boolean;
  declare private problemsOpen: boolean;
  /** Members of the cluster whose list is open, or null. */
  declare private cluster: number[] | null;
  /** Where the wheel hint shows in the plot, or null. */
  declare private hint: HintPoint | null;
  /** The page of the table view, or null while the drawing is shown. */
  declare private tablePage: number | null;
  /** The live region's words: the title of the event the reader just opened. */
  declare private announce: string;

  /** How long a `src` fetch may take before it is given up, in ms (all timelines on the page). */
  static loadTimeout = 30_000;

  private readonly loader = new DataController(this, () => EventTimeline.loadTimeout);
  private readonly size = new SizeController(this);
  private readonly viewer = new ViewController(
    this,
    (view) => this.reflectView(view),
    () => this.emit('timeline-view-change', { ...this.reflected }),
  );
  private readonly gestures = new GestureController(this, {
    panPixels: (dx) => this.viewer.translatePixels(dx),
    wheelHint: (x, y) => this.showHint(x, y),
  });
  private readonly overviewBrush = new OverviewBrush(
    () =>
      this.overview
        ? { o: this.overview, warp: this.viewer.warp, view: this.viewer.view, rtl: this.rtl }
        : null,
    (view, animate) => this.move(view, animate),
  );
  private readonly internals = this.attachInternals();
  /** The event the reader moved keyboard focus to, and the event that is the Tab stop now. */
  private rover = -1;
  private stop = -1;
  private hadFocus = false;
  /** The last input inside was a key, not a pointer: only keys may send focus to another event. */
  private keyed = false;
  private overviewRtl = false;
  private readonly inks = new InkCache();
  private readonly language = new LocaleController(this);
  private lanes: LanePlan | null = null;
  private indexById = new Map<string, number>();
  private layout: TimelineLayout | null = null;
  private vertical: VerticalRow[] | null = null;
  private overview: OverviewLayout | null = null;
  /** Text widths in the fonts of the labels and of the axis's two rows. */
  private measure: Record<'label' | 'tick' | 'context', (text: string) => number> | null = null;
  private measureFont = '';
  /** Label rows per lane, as the first view uses them; kept while its inputs are the same. */
  private rows: { key: unknown[]; rows: number[] } | null = null;
  private unwatchFonts: (() => void) | null = null;
  private loadedVersion = -1;
  /** With hash-links, each dataset selects the event the URL names, once it has been measured. */
  private hashPending = false;
  /** What that selection still owes the page after timeline-load: an event, a scroll. */
  private hashOnLoad: 'select' | 'scroll' | null = null;
  /** Set while the table view's chunk loads after a press (lazy-table.ts). */
  private tableLoading: Promise<void> | null = null;
  private notify: 'load' | 'error' | null = null;
  private reflected = { start: '', end: '' };
  private hintTimer = 0;
  private words: Messages = messagesFor('en');
  private locale = 'en-GB';
  private rtl = false;

  constructor() {
    super();
    this.src = '';
    this.data = undefined;
    this.label = '';
    this.viewStart = '';
    this.viewEnd = '';
    this.selected = '';
    this.orientation = 'auto';
    this.scale = 'auto';
    this.hashLinks = false;
    this.problemsOpen = false;
    this.cluster = null;
    this.hint = null;
    this.tablePage = null;
    this.announce = '';
  }

  /** The events after parsing, sorted by start. */
  get events(): readonly TimelineEvent[] {
    return this.model?.events ?? [];
  }

  /** The warnings and errors of the last load. */
  get issues(): readonly Issue[] {
    return this.loader.issues;
  }

  private get model() {
    return this.loader.model;
  }

  /** Selects an event by id (or clears the selection), opens its card and brings it into view. */
  select(id: string | null): void {
    this.choose(id ?? '');
    this.reveal(id ?? '');
  }

  /** Shows the window from `start` to `end`; resolves when the view has arrived. */
  zoomTo(start: TimeInput, end: TimeInput): Promise<void> {
    const a = toMs(start, false);
    const b = toMs(end, true);
    if (!(a < b))
      return Promise.reject(new RangeError(`zoomTo: '${start}' to '${end}' is not a window`));
    return this.move({ start: a, end: b }, true);
  }

  /** Shows all the data. */
  zoomToFit(): Promise<void> {
    return this.viewer.fit ? this.move(this.viewer.fit, true) : Promise.resolve();
  }

  /** Zooms around the centre: a factor above 1 zooms in. */
  zoomBy(factor: number): Promise<void> {
    const { start, end } = this.viewer.view;
    const centre = this.viewer.warp.fromU(
      (this.viewer.warp.toU(start) + this.viewer.warp.toU(end)) / 2,
    );
    return factor > 0 ? this.viewer.zoomBy(factor, centre, true) : Promise.resolve();
  }

  /** Moves the window by a fraction of its width; positive moves later in time. */
  panBy(fraction: number): Promise<void> {
    return this.viewer.panBy(fraction, true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    for (const type of POINTER_INPUT) this.addEventListener(type, this.onPointerInput, LISTEN);
    this.unwatchFonts = watchFonts(() => {
      this.measure = null;
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    for (const type of POINTER_INPUT) this.removeEventListener(type, this.onPointerInput, LISTEN);
    this.unwatchFonts?.();
    clearTimeout(this.hintTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src')) this.loader.setSource(this.data, this.src);
    this.language.read();
    ({ locale: this.locale, words: this.words, rtl: this.rtl } = this.language);
    const model = this.model;
    const width = this.size.width;
    const fresh = this.loader.version !== this.loadedVersion;
    if (fresh) {
      this.loadedVersion = this.loader.version;
      this.lanes = model ? planLanes(model) : null;
      this.indexById = new Map(model?.events.map((e, i) => [e.id, i]));
      this.problemsOpen = false;
      this.cluster = null;
      this.notify =
        this.loader.state === 'ready' ? 'load' : this.loader.state === 'failed' ? 'error' : null;
      this.hashPending = this.hashLinks;
      this.hashOnLoad = null;
    }
    if (
      model &&
      this.viewer.prepare(
        model,
        this.scale === 'linear',
        { width, ...plotEdges(width) },
        this.rtl,
        fresh ? this.requestedView() : null,
      )
    ) {
      this.overview = null;
      // The attributes name the window from the start; the event is for moves, not for loading.
      this.reflectView(this.viewer.view);
    } else if (model && (changed.has('viewStart') || changed.has('viewEnd'))) {
      const requested = this.requestedView();
      const own = this.viewStart === this.reflected.start && this.viewEnd === this.reflected.end;
      if (requested && !own) this.viewer.go(requested, false);
    }
    const vertical =
      this.orientation === 'vertical' ||
      (this.orientation !== 'horizontal' && width > 0 && width < 600);
    this.internals.states?.delete(vertical ? 'horizontal' : 'vertical');
    this.internals.states?.add(vertical ? 'vertical' : 'horizontal');
    if (model && this.hashPending && this.size.measured) {
      this.hashPending = false;
      this.selectFromHash(vertical);
    }
    this.layout = null;
    this.vertical = null;
    if (!model || !this.lanes || width <= 0) return;
    const view = this.viewer.view;
    const indices = visibleEvents(model, view.start, view.end);
    // One Tab stop into the events: the one the reader moved to, else the selected one, else the
    // first in view.
    const inView = (i: number) =>
      i >= 0 &&
      (model.startMs[i] as number) <= view.end &&
      (model.endMs[i] as number) >= view.start;
    const chosen = this.indexById.get(this.selected) ?? -1;
    this.stop = inView(this.rover) ? this.rover : inView(chosen) ? chosen : (indices[0] ?? -1);
    this.hadFocus = !!(this.renderRoot as ShadowRoot).activeElement?.closest?.('[part~="event"]');
    if (vertical) {
      this.vertical = layoutVertical(model, indices, view, this.viewer.warp, this.locale);
      return;
    }
    // Measured in the font the labels are drawn in: again when it changes or finishes loading.
    const family = getComputedStyle(this).fontFamily;
    if (family !== this.measureFont) this.measure = null;
    this.measureFont = family;
    this.measure ??= {
      label: createMeasure(`600 13px ${family}`),
      tick: createMeasure(`12px ${family}`),
      context: createMeasure(`600 12px ${family}`),
    };
    const { left, right } = plotEdges(width);
    const base = {
      model,
      lanes: this.lanes,
      width,
      now: Date.now(),
      locale: this.locale,
      measure: this.measure.label,
      measureAxis: this.measure,
      rtl: this.rtl,
      words: this.words,
      gaps: this.viewer.warp.gaps,
    };
    const scaleOf = (v: View) =>
      viewScale(this.viewer.warp, v, this.rtl ? right : left, this.rtl ? left : right);
    // Each lane has the label rows its labels use in the first view at this width and in this
    // font, and keeps them while the reader zooms, so the page does not jump.
    const key = [this.lanes, this.measure, width, this.rtl];
    if (!this.rows || key.some((k, i) => k !== this.rows?.key[i])) {
      const first = layoutTimeline({ ...base, view, scale: scaleOf(view) });
      // A lane with points keeps a row for them even if none was in the first view.
      const rows = first.lanes.map((l, i) =>
        Math.max(l.rows, model && this.lanes?.lanes[i]?.points ? 1 : 0),
      );
      this.rows = { key, rows };
    }
    this.layout = layoutTimeline({
      ...base,
      view,
      rows: this.rows.rows,
      selected: this.indexById.get(this.selected) ?? -1,
      focus: this.stop,
      scale: scaleOf(view),
    });
    // The overview is drawn once per dataset, width and direction.
    if (this.overview && this.overviewRtl !== this.rtl) this.overview = null;
    this.overviewRtl = this.rtl;
    this.overview ??= layoutOverview(
      model,
      this.lanes,
      this.viewer.warp,
      this.viewer.fit ?? this.viewer.view,
      width,
      Date.now(),
      this.rtl,
    );
  }

  /** The window named by view-start and view-end, when both are valid dates in order. */
  private requestedView(): View | null {
    const start = this.viewStart ? parseIsoDate(this.viewStart) : null;
    const end = this.viewEnd ? parseIsoDate(this.viewEnd) : null;
    if (!start || !end || 'error' in start || 'error' in end || end.endMs <= start.ms) return null;
    return { start: start.ms, end: end.endMs };
  }

  protected override updated(): void {
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot:not(.vertical)');
    this.gestures.attach(plot);
    this.viewer.attach(plot);
    this.overviewBrush.attach(this.renderRoot.querySelector<SVGGElement>('g.brush'));
    positionCard(this.renderRoot as ShadowRoot, this.rtl);
    // The card follows its event when the lanes scroll inside a capped element, too.
    const lanes = this.renderRoot.querySelector('.lanes');
    if (lanes && !scrolled.has(lanes)) {
      scrolled.add(lanes);
      lanes.addEventListener(
        'scroll',
        () => positionCard(this.renderRoot as ShadowRoot, this.rtl),
        {
          passive: true,
        },
      );
    }
    // A render that removed the focused button (its label no longer fits, say) must not lose
    // focus: it goes to the same event's new button, which this render has drawn. Only after a
    // key may it go to another event (PageDown took the focused one out of view): a pointer
    // gesture never moves focus.
    const lost = this.hadFocus && !(this.renderRoot as ShadowRoot).activeElement;
    if (lost && (this.stop === this.rover || this.keyed)) this.eventButton(this.stop)?.focus();
    const canvas = this.renderRoot.querySelector('canvas');
    if (canvas && this.layout?.density)
      drawDensity(canvas, this.layout, this.inks.get(this, this.renderRoot, this.lanes));
    // "Rendered" means drawn at the element's real width, which is known after the first resize
    // observation; a hidden element (width 0) is done then too.
    if (!this.size.measured) return;
    const notice = this.notify;
    this.notify = null;
    const fromHash = this.hashOnLoad;
    this.hashOnLoad = null;
    if (notice === 'load') {
      this.emit('timeline-load', { events: this.events.length, issues: this.issues.slice() });
      if (fromHash === 'select') this.emitSelect();
      if (fromHash) this.scrollIntoView({ block: 'nearest' });
    } else if (notice === 'error') {
      this.emit('timeline-error', { issues: this.issues.slice() });
    }
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  protected override render() {
    const { model, state, issues } = this.loader;
    if (state === 'failed') {
      return html`<div part="error" role="alert">
        <strong>${this.words.errorTitle}</strong>
        ${renderIssueList(issues.filter((i) => i.severity === 'error'))}
      </div>`;
    }
    if (!model || !this.lanes) {
      return html`<div class="loading" role="status" aria-busy=${state === 'loading' ? 'true' : 'false'}>
        ${state === 'loading' ? this.words.loading : nothing}
      </div>`;
    }
    return renderFrame({
      model,
      lanes: this.lanes,
      issues,
      label: this.label || model.title || this.words.timeline,
      words: this.words,
      locale: this.locale,
      rtl: this.rtl,
      selected: this.indexById.get(this.selected) ?? -1,
      stop: this.stop,
      layout: this.layout,
      vertical: this.vertical,
      overview: this.overview,
      warp: this.viewer.warp,
      view: this.viewer.view,
      hint: this.hint,
      cluster: this.cluster,
      problemsOpen: this.problemsOpen,
      table: this.tablePage,
      announce: this.announce,
      category: (e) => this.category(e),
      on: {
        keydown: this.onKeyDown,
        focusin: this.onFocusIn,
        zoomIn: () => this.zoomBy(2),
        zoomOut: () => this.zoomBy(0.5),
        fit: () => this.zoomToFit(),
        plotClick: this.onPlotClick,
        verticalClick: this.onVerticalClick,
        closeDetail: () => this.choose('', true),
        chooseFromList: (id) => this.chooseFromList(id),
        closeCluster: () => this.closeCluster(),
        toggleProblems: () => {
          this.problemsOpen = !this.problemsOpen;
        },
        table: () => this.toggleTable(),
        tablePage: (page) => {
          this.tablePage = page;
        },
        openFromTable: (id) => {
          this.tablePage = null;
          this.select(id);
          this.focusEvent(this.indexById.get(id) ?? -1);
        },
      },
    });
  }

  /** The press shows at once (aria-pressed); the table itself follows when its chunk is here. */
  private toggleTable(): void {
    this.tablePage = this.tablePage === null ? 0 : null;
    const loading = this.tablePage === null ? null : loadTable();
    if (!loading) return;
    const done = loading
      .then(() => this.requestUpdate())
      .catch(() => {
        // Offline: the drawing stays; the next press asks for the table again.
      })
      .finally(() => {
        if (this.tableLoading === done) this.tableLoading = null;
      });
    this.tableLoading = done;
  }

  /**
   * A chunk loaded on first use (an adapter for the data, the table view) belongs to the update
   * that asked for it: updateComplete waits for it and for the render it brings.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let chunk = this.chunkLoading(); chunk; chunk = this.chunkLoading()) {
      await chunk;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private chunkLoading(): Promise<void> | null {
    return this.loader.adapting ?? this.tableLoading;
  }

  private category(event: TimelineEvent) {
    return this.model?.categories.find((c) => c.id === event.category);
  }

  private move(view: View, animate: boolean): Promise<void> {
    return this.viewer.go(view, animate);
  }

  /** Says how to zoom, once, beside the pointer where the plain wheel was turned. */
  private showHint(clientX: number, clientY: number): void {
    const box = this.renderRoot.querySelector('.plot')?.getBoundingClientRect();
    if (this.hintShown || !box) return;
    this.hintShown = true;
    const { left, top, width, height } = box;
    this.hint = { x: clientX - left, y: clientY - top, width, height };
    this.hintTimer = window.setTimeout(() => {
      this.hint = null;
    }, 2000);
  }

  private hintShown = false;

  /** The window moved: the attributes follow at once, so an awaited method can read them. */
  private reflectView(view: View): void {
    this.reflected = viewToIso(view);
    this.viewStart = this.reflected.start;
    this.viewEnd = this.reflected.end;
  }

  private onPlotClick = (e: MouseEvent): void => {
    const item = (e.target as Element).closest?.('[data-index], [data-cluster]');
    let index = item?.hasAttribute('data-index') ? Number(item.getAttribute('data-index')) : -1;
    let cluster = item?.getAttribute('data-cluster')?.split(' ').map(Number) ?? null;
    if (!item && this.layout) {
      // A click on a mark, which is drawing, not a control: find what is under the pointer.
      // The lanes may be scrolled inside the plot: measure from their content's corner.
      const lanes = (e.currentTarget as HTMLElement).querySelector('.lanes') ?? e.currentTarget;
      const box = (lanes as HTMLElement).getBoundingClientRect();
      const scrolled = (lanes as HTMLElement).scrollTop;
      ({ index, cluster } = hitTest(
        this.layout,
        e.clientX - box.left,
        e.clientY - box.top + scrolled,
      ));
    }
    if (cluster && cluster.length > 1) {
      this.activateCluster(cluster);
      return;
    }
    const event = this.model?.events[index];
    // A click on the plot's background closes the card.
    this.cluster = null;
    this.choose(event && event.id !== this.selected ? event.id : '', event?.id === this.selected);
  };

  private onVerticalClick = (e: MouseEvent): void => {
    const item = (e.target as Element).closest?.('.card');
    const index = Number(item?.closest('[data-index]')?.getAttribute('data-index') ?? -1);
    const event = this.model?.events[index];
    if (event) this.choose(event.id === this.selected ? '' : event.id);
  };

  /** A cluster zooms in until its members stand apart, or lists them when zooming cannot. */
  private activateCluster(members: number[]): void {
    const { model, layout } = this;
    const { warp, view, limits } = this.viewer;
    if (!model || !layout || !limits) return;
    const times = members.map((i) => model.startMs[i] as number);
    const next = separateView(warp, view, limits, times, layout.right - layout.left);
    if (next) {
      this.move(next, true);
      return;
    }
    this.cluster = members;
    if (this.selected) this.choose('');
  }

  private onPointerInput = (): void => {
    this.keyed = false;
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    this.keyed = true;
    const item = (e.composedPath()[0] as Element)
      .closest?.('[part~="event"]')
      ?.closest('[data-index]');
    const model = this.model;
    if (item && model && this.lanes) {
      const key = this.vertical
        ? (({ ArrowDown: 'ArrowRight', ArrowUp: 'ArrowLeft' } as Record<string, string>)[e.key] ??
          e.key)
        : e.key;
      const next = nextEvent(
        key,
        Number(item.getAttribute('data-index')),
        model.startMs,
        this.lanes.laneOf,
        this.rtl && !this.vertical,
      );
      if (next >= 0) {
        e.preventDefault();
        this.rover = next;
        const event = model.events[next];
        if (event) this.reveal(event.id, false);
        this.focusEvent(next);
        return;
      }
    }
    const action = viewKey(e.key, { onEvent: !!item, vertical: !!this.vertical, rtl: this.rtl });
    if (!action || (action.kind === 'close' && !this.selected && !this.cluster)) return;
    // The table hides the chart: keys do not move a view the reader cannot see.
    if (action.kind !== 'close' && this.tablePage !== null) return;
    e.preventDefault();
    if (action.kind === 'close') {
      if (this.selected) this.choose('', true);
      else this.closeCluster();
    } else if (action.kind === 'zoom') this.zoomBy(action.factor);
    else if (action.kind === 'fit') this.zoomToFit();
    else this.panBy(action.fraction);
  };

  /** Focus an event's button after the render that brings it (its own, or the focus proxy). */
  private async focusEvent(index: number): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    this.eventButton(index)?.focus();
  }

  private eventButton(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`li[data-index="${index}"] [part~="event"]`);
  }

  private onFocusIn = (e: FocusEvent): void => {
    const item = (e.composedPath()[0] as Element)
      .closest?.('[part~="event"]')
      ?.closest('[data-index]');
    const index = item ? Number(item.getAttribute('data-index')) : -1;
    if (index < 0 || index === this.rover) return;
    this.rover = index;
    // The Tab stop moves with focus; focus on the stop (as after a render) changes nothing.
    if (index !== this.stop) this.requestUpdate();
  };

  private onHashChange = (): void => {
    if (!this.hashLinks || !this.model) return;
    const id = eventFromHash(location.hash, this.id);
    if (id === null || !this.indexById.has(id)) return;
    this.select(id);
    this.updateComplete.then(() => this.scrollIntoView({ block: 'nearest' }));
  };

  /**
   * The event the URL's hash names, selected and in view in the first render of its data; the
   * page hears of it after timeline-load.
   */
  private selectFromHash(vertical: boolean): void {
    const id = eventFromHash(location.hash, this.id);
    if (id === null || !this.indexById.has(id)) return;
    this.hashOnLoad = this.setSelection(id) ? 'select' : 'scroll';
    this.reveal(id, false, vertical);
  }

  /** Brings an event into view if it is outside the window, keeping the window's width. */
  private reveal(id: string, animate = true, vertical = !!this.vertical): void {
    const index = this.indexById.get(id);
    const model = this.model;
    if (index === undefined || !model) return;
    const start = model.startMs[index] as number;
    const end = vertical
      ? start
      : Math.min(model.endMs[index] as number, Math.max(start, Date.now()));
    const next = revealView(this.viewer.warp, this.viewer.view, start, end);
    if (next) this.move(next, animate);
  }

  /** After a choice from a cluster's list, focus goes to the card that replaces the list. */
  private async chooseFromList(id: string): Promise<void> {
    await this.choose(id);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail')?.focus();
  }

  private async closeCluster(): Promise<void> {
    const first = this.cluster?.[0];
    this.cluster = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-cluster^="${first} "] button`)?.focus();
  }

  /** Changes the selection from the reader or a method, fires timeline-select, keeps focus on the event. */
  private async choose(id: string, refocus = false): Promise<void> {
    const previous = this.selected;
    if (!this.setSelection(id)) return;
    const next = this.selected;
    this.emitSelect();
    if (this.hashLinks) {
      const url = next ? eventHash(this.id, next) : location.pathname + location.search;
      history.replaceState(history.state, '', url);
    }
    if (refocus && previous) {
      await this.updateComplete;
      const i = this.indexById.get(previous);
      this.renderRoot.querySelector<HTMLElement>(`li[data-index="${i}"] button`)?.focus();
    }
  }

  /** Selects an event (or none) with its card and the live region's words; false if unchanged. */
  private setSelection(id: string): boolean {
    const index = this.indexById.get(id);
    const next = index === undefined ? '' : id;
    if (next === this.selected) return false;
    this.selected = next;
    this.cluster = null;
    // Opening an event says its title once, politely; the card itself is there to read on.
    this.announce = index === undefined ? '' : (this.events[index]?.title ?? '');
    return true;
  }

  private emitSelect(): void {
    const index = this.indexById.get(this.selected);
    this.emit('timeline-select', {
      id: this.selected || null,
      event: index === undefined ? null : this.events[index],
    });
  }
}

/** Input that tells a pointer from keys, heard before anything inside can stop it. */
const POINTER_INPUT = ['pointerdown', 'wheel'] as const;
const LISTEN = { capture: true, passive: true };

/** Milliseconds from a time given to a method; a date's end when it names the end of a window. */
function toMs(value: TimeInput, end: boolean): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  const parsed = parseIsoDate(String(value));
  return 'error' in parsed ? Number.NaN : end ? parsed.endMs : parsed.ms;
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}

/** The plot's edges within the element's width: a gutter each side. */
function plotEdges(width: number): { left: number; right: number } {
  return { left: GEOMETRY.gutter, right: Math.max(GEOMETRY.gutter + 1, width - GEOMETRY.gutter) };
}
