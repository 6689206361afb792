import { fixture, html, nextFrame } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import { render, type TemplateResult } from 'lit';
import '../../src/define.js';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import type { Issue, TimelineEvent } from '../../src/model/types.js';
import { chord } from './engine.js';

/** The parts of axe-core these tests use, loaded as a script onto window. */
interface Axe {
  run(context: Node, options: object): Promise<AxeResults>;
  setup(node?: Element | Document): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: { text: { accessibleTextVirtual(node: unknown): string } };
}

const axe = (): Axe => (window as unknown as { axe: Axe }).axe;

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type LoadDetail = { events: number; issues: Issue[] };
export type ErrorDetail = { issues: Issue[] };
export type SelectDetail = { id: string | null; event: TimelineEvent | null };
export type ResultEvent = CustomEvent<LoadDetail | ErrorDetail>;
export type ViewDetail = { start: string; end: string };

/** A window of time in ms since 1970 UTC. */
export interface Window {
  start: number;
  end: number;
}

/** One timeline-view-change, and the frame it came in (the document timeline's time then). */
export interface ViewChange {
  event: CustomEvent<ViewDetail>;
  detail: ViewDetail;
  frame: number | null;
}

/** The names of the three zoom buttons, in order. */
export type ControlName = 'Zoom in' | 'Zoom out' | 'Show all';

export interface PointerInit {
  pointerId?: number;
  pointerType?: 'mouse' | 'touch' | 'pen';
  clientX: number;
  clientY: number;
  /** The element to dispatch on (default: the plot). */
  target?: Element;
}

export interface WheelInit {
  deltaX?: number;
  deltaY?: number;
  deltaMode?: number;
  ctrlKey?: boolean;
  metaKey?: boolean;
  clientX: number;
  clientY: number;
}

export interface TimelineOptions {
  /** The `data` property, set before the element is connected. */
  data?: unknown;
  /** The `src` attribute. */
  src?: string;
  /** Text of a child `<script type="application/json">`. */
  script?: string;
  label?: string;
  /** The `orientation` attribute. */
  orientation?: 'auto' | 'horizontal' | 'vertical';
  /** The `scale` attribute. */
  scale?: 'auto' | 'linear';
  /** The element's id. */
  id?: string;
  /** The `hash-links` attribute. */
  hashLinks?: boolean;
  /** The `view-start` and `view-end` attributes. */
  viewStart?: string;
  viewEnd?: string;
  /** Width of the element's container in CSS pixels (default 1280). */
  width?: number;
  /** Wait for the first result (default true). */
  wait?: boolean;
}

export interface LabelRect {
  title: string;
  rect: DOMRect;
}

/** A node of Chromium's accessibility tree, as a11ySnapshot and the a11y-tree command return it. */
export interface AXNode {
  role: string;
  name?: string;
  description?: string;
  pressed?: boolean | 'mixed';
  expanded?: boolean;
  live?: string;
  level?: number;
  children?: AXNode[];
}

/** Every node of an accessibility tree, in document order (the root first). */
export function axNodes(node: AXNode | null): AXNode[] {
  return node ? [node, ...(node.children ?? []).flatMap(axNodes)] : [];
}

/** The result events fire and are read synchronously, so a pending one cannot be missed. */
const RESULT_TYPES = ['timeline-load', 'timeline-error'] as const;

/**
 * Mounts one `<event-timeline>` in a container of known width and owns every query into its shadow
 * root, and the simulated input the tests send to it. It records every event the element fires.
 */
export class TimelineHarness {
  /** Every timeline-load and timeline-error, in order, including any fired while still loading. */
  readonly results: ResultEvent[] = [];
  /** Every timeline-select, in order. */
  readonly selections: CustomEvent<SelectDetail>[] = [];
  /** Every timeline-view-change, in order. */
  readonly viewChanges: ViewChange[] = [];
  private readonly settled: ResultEvent[] = [];
  private waiting: ((event: ResultEvent) => void) | null = null;
  private element: EventTimeline | null = null;
  private static mounted = 0;

  private constructor(readonly container: HTMLElement) {
    // A selector the test runner can find the element by, for the accessibility tree.
    container.dataset.harness = String(++TimelineHarness.mounted);
    for (const type of RESULT_TYPES) {
      container.addEventListener(type, (e) => this.onResult(e as ResultEvent));
    }
    container.addEventListener('timeline-select', (e) => {
      this.selections.push(e as CustomEvent<SelectDetail>);
    });
    container.addEventListener('timeline-view-change', (e) => {
      const event = e as CustomEvent<ViewDetail>;
      // The document timeline's time is the same for everything that happens in one frame.
      const frame = document.timeline.currentTime;
      this.viewChanges.push({
        event,
        detail: { ...event.detail },
        frame: typeof frame === 'number' ? frame : null,
      });
    });
  }

  /**
   * Mounts an element from a template (whose first `<event-timeline>` is the one under test) or
   * from options, inside a container `width` pixels wide, and by default waits for its first result.
   */
  static async create(
    source: TemplateResult | TimelineOptions = {},
    options: { width?: number; wait?: boolean } = {},
  ): Promise<TimelineHarness> {
    await pageShown();
    const settings = isTemplate(source) ? options : { ...source, ...options };
    const container = await fixture<HTMLDivElement>(
      html`<div class="harness" style="width: ${settings.width ?? 1280}px"></div>`,
    );
    const harness = new TimelineHarness(container);
    if (isTemplate(source)) {
      render(source, container);
    } else {
      const el = document.createElement('event-timeline');
      if (source.data !== undefined) el.data = source.data;
      if (source.src !== undefined) el.src = source.src;
      if (source.label !== undefined) el.label = source.label;
      if (source.orientation !== undefined) el.setAttribute('orientation', source.orientation);
      if (source.scale !== undefined) el.setAttribute('scale', source.scale);
      if (source.id !== undefined) el.id = source.id;
      if (source.hashLinks) el.setAttribute('hash-links', '');
      if (source.viewStart !== undefined) el.setAttribute('view-start', source.viewStart);
      if (source.viewEnd !== undefined) el.setAttribute('view-end', source.viewEnd);
      if (source.script !== undefined) el.append(jsonScript(source.script));
      container.append(el);
    }
    if (settings.wait !== false) await harness.loaded();
    return harness;
  }

  get el(): EventTimeline {
    this.element ??= this.container.querySelector('event-timeline');
    if (!this.element) throw new Error('the harness holds no <event-timeline>');
    return this.element;
  }

  get root(): ShadowRoot {
    const root = this.el.shadowRoot;
    if (!root) throw new Error('<event-timeline> has no shadow root');
    return root;
  }

  /**
   * The next result: a timeline-load, or a timeline-error that came with the error panel. A
   * timeline-error fired while the element still shows no error panel is not a result (it is kept
   * in `results`, where tests check that none fires).
   */
  loaded(): Promise<ResultEvent> {
    const pending = this.settled.shift();
    if (pending) return Promise.resolve(pending);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('neither timeline-load nor timeline-error came within 5 s')),
        5000,
      );
      this.waiting = (event) => {
        clearTimeout(timer);
        resolve(event);
      };
    });
  }

  private onResult(event: ResultEvent): void {
    this.results.push(event);
    // The element fires its result from updated(), so the DOM it rendered is there to check.
    const shown = event.type === 'timeline-load' || this.errorPanel !== null;
    if (!shown) return;
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) waiting(event);
    else this.settled.push(event);
  }

  /** The types of `results`, for asserting exactly what fired. */
  get resultTypes(): string[] {
    return this.results.map((e) => e.type);
  }

  get buttons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="event"]')];
  }

  get buttonNames(): string[] {
    return this.buttons.map((b) => b.getAttribute('aria-label') ?? '');
  }

  /** The event of a list item, from its data-index into `el.events`. */
  eventOf(node: Element): TimelineEvent {
    const item = node.closest('li[data-index]');
    const event = item ? this.el.events[Number(item.getAttribute('data-index'))] : undefined;
    if (!event) throw new Error('node is not inside an event of the list');
    return event;
  }

  buttonByTitle(title: string): HTMLButtonElement {
    const button = this.buttons.find((b) => this.eventOf(b).title === title);
    if (!button) throw new Error(`no event button for '${title}'`);
    return button;
  }

  get labels(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="label"]')];
  }

  labelByTitle(title: string): HTMLElement | undefined {
    return this.labels.find((l) => this.eventOf(l).title === title);
  }

  /** Titles of the labels that take up room on screen. */
  get visibleLabelTitles(): string[] {
    return this.labelRects().map((l) => l.title);
  }

  get plot(): HTMLElement | null {
    return this.root.querySelector('.plot');
  }

  get chart(): SVGSVGElement | null {
    return this.root.querySelector('svg.chart');
  }

  get region(): HTMLElement | null {
    return this.root.querySelector('[role="region"]');
  }

  get detail(): HTMLElement | null {
    return this.root.querySelector('[part~="detail"]');
  }

  get status(): HTMLElement | null {
    return this.root.querySelector('[part~="status"]');
  }

  get statusText(): string {
    return normalize(this.status?.querySelector('.counts')?.textContent);
  }

  /** The "Show problems" / "Hide problems" button of the status line. */
  get problemsToggle(): HTMLButtonElement | null {
    return this.status?.querySelector('button') ?? null;
  }

  /** The lines of the expanded problem list. */
  get problems(): string[] {
    return [...this.root.querySelectorAll('#problems li')].map((li) => normalize(li.textContent));
  }

  get errorPanel(): HTMLElement | null {
    return this.root.querySelector('[part~="error"]');
  }

  get errorLines(): string[] {
    return [...(this.errorPanel?.querySelectorAll('li') ?? [])].map((li) =>
      normalize(li.textContent),
    );
  }

  get laneNames(): string[] {
    return [...this.root.querySelectorAll('[part~="lane"]')].map((n) => normalize(n.textContent));
  }

  /** The year (or other unit) labels under the axis; labels left blank for lack of room are skipped. */
  get tickLabels(): string[] {
    return [...this.root.querySelectorAll('svg .tick-label')]
      .map((t) => normalize(t.textContent))
      .filter(Boolean);
  }

  get focused(): Element | null {
    return this.root.activeElement;
  }

  /** Clicks an event's button (its mark) and waits for the element to render. */
  async click(title: string): Promise<void> {
    this.buttonByTitle(title).click();
    await this.el.updateComplete;
  }

  /** Clicks the middle of an event's visible label with the mouse, as a reader would. */
  async clickLabel(title: string): Promise<void> {
    const label = this.labelByTitle(title);
    if (!label) throw new Error(`no visible label for '${title}'`);
    label.scrollIntoView({ block: 'center', inline: 'center' });
    const box = drawnBox(label);
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
    });
    await this.el.updateComplete;
  }

  /** Presses a key with the keyboard, after focusing `target` if one is given. */
  async press(key: string, target?: HTMLElement): Promise<void> {
    target?.focus();
    await sendKeys({ press: key });
    await this.el.updateComplete;
  }

  /**
   * Rectangles of the labels as drawn: the text, cut where its button ends it with an ellipsis (a
   * label with no size takes no room).
   */
  labelRects(): LabelRect[] {
    return this.labels
      .map((label) => ({ title: this.eventOf(label).title, rect: drawnBox(label) }))
      .filter(({ rect }) => rect.width > 0 && rect.height > 0);
  }

  /** Every pair of drawn labels whose rectangles share area, as "A / B". */
  overlappingLabels(): string[] {
    const rects = this.labelRects();
    const pairs: string[] = [];
    rects.forEach((a, i) => {
      for (const b of rects.slice(i + 1)) {
        const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (x > 0.5 && y > 0.5) pairs.push(`${a.title} / ${b.title}`);
      }
    });
    return pairs;
  }

  // ---- The view window ----

  /** The visible window as viewStart and viewEnd name it, in ms (each at the start of its period). */
  view(): Window {
    const { viewStart, viewEnd } = this.el;
    if (!viewStart || !viewEnd) {
      throw new Error(`viewStart/viewEnd name no window: '${viewStart}' / '${viewEnd}'`);
    }
    return { start: isoMs(viewStart), end: isoMs(viewEnd) };
  }

  /** The length of the visible window in ms. */
  span(): number {
    const { start, end } = this.view();
    return end - start;
  }

  /**
   * The time under a client x, read from viewStart/viewEnd and the drawing's 12 px gutters. Only
   * right where the window holds no compressed stretch (the scale is linear across it).
   */
  timeAt(clientX: number): number {
    const { start, end } = this.view();
    const box = this.plotBox();
    return start + ((clientX - box.left - 12) / (box.width - 24)) * (end - start);
  }

  /** The client x of a fraction of the drawing's width (0 is its left edge, 1 its right). */
  xAt(fraction: number): number {
    const box = this.plotBox();
    return box.left + 12 + fraction * (box.width - 24);
  }

  /** A client y on the plot where no event is: just under the axis line. */
  get emptyY(): number {
    const axis = this.root.querySelector('svg.axis-svg');
    if (!axis) throw new Error('no axis: the timeline is not laid out horizontally');
    return axis.getBoundingClientRect().top + 12;
  }

  private plotBox(): DOMRect {
    const plot = this.plot;
    if (!plot) throw new Error('the timeline has no plot');
    return plot.getBoundingClientRect();
  }

  /** Waits `n` animation frames. */
  async waitFrames(n = 3): Promise<void> {
    for (let i = 0; i < n; i++) await nextFrame();
    await this.el.updateComplete;
  }

  /**
   * Waits until the view has stopped moving: no timeline-view-change for `quiet` frames in a row
   * (an animation sends one every frame, and the last comes the frame after it ends).
   */
  async settle(quiet = 4, timeout = 3000): Promise<void> {
    const started = performance.now();
    let count = -1;
    while (count !== this.viewChanges.length) {
      if (performance.now() - started > timeout) {
        throw new Error(`the view was still changing after ${timeout} ms`);
      }
      count = this.viewChanges.length;
      await this.waitFrames(quiet);
    }
  }

  // ---- Controls, hint, overview, axis ----

  get controls(): HTMLElement | null {
    return this.root.querySelector('[part~="controls"]');
  }

  get controlButtons(): HTMLButtonElement[] {
    return [...(this.controls?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  }

  control(name: ControlName): HTMLButtonElement {
    const button = this.controlButtons.find((b) => b.getAttribute('aria-label') === name);
    if (!button) throw new Error(`no control button named '${name}'`);
    return button;
  }

  /** The text of the wheel hint, empty when none shows. */
  get hintText(): string {
    return normalize(this.root.querySelector('.hint')?.textContent);
  }

  get overview(): HTMLElement | null {
    return this.root.querySelector('[part~="overview"]');
  }

  /** The visible window's box in the overview, in client pixels. */
  overviewWindow(): DOMRect {
    const rect = this.overview?.querySelector<SVGRectElement>('.brush .selection');
    if (!rect) throw new Error('the overview draws no window');
    return shapeBox(rect);
  }

  /** The labels of the axis's second, coarser row. */
  get contextLabels(): string[] {
    return [...this.root.querySelectorAll('svg .context-label')].map((t) =>
      normalize(t.textContent),
    );
  }

  /** What each compressed stretch in view says it hides. */
  get breakLabels(): string[] {
    return [...this.root.querySelectorAll('svg .break-label')].map((t) => normalize(t.textContent));
  }

  /**
   * Labelled ticks of the axis with their client x (where the tick is drawn): the middle of the
   * line's box, which Firefox widens by the stroke on both sides and the others leave 0 wide.
   */
  tickPositions(): { label: string; x: number }[] {
    return [...this.root.querySelectorAll<SVGLineElement>('svg line.tick')]
      .map((line) => {
        const label = line.nextElementSibling;
        const box = line.getBoundingClientRect();
        return {
          label: label?.classList.contains('tick-label') ? normalize(label.textContent) : '',
          x: (box.left + box.right) / 2,
        };
      })
      .filter((t) => t.label !== '');
  }

  // ---- Clusters ----

  /** The list items of clusters, each with its members' indices into `el.events`. */
  get clusters(): { item: HTMLElement; button: HTMLButtonElement; members: number[] }[] {
    return [...this.root.querySelectorAll<HTMLElement>('li[data-cluster]')].map((item) => ({
      item,
      button: item.querySelector('button') as HTMLButtonElement,
      members: (item.getAttribute('data-cluster') ?? '').split(' ').map(Number),
    }));
  }

  /** The list of a cluster's events, opened in the detail area. */
  get clusterList(): HTMLElement | null {
    return this.root.querySelector('[part~="detail"] .cluster-list');
  }

  // ---- Vertical layout ----

  get cards(): HTMLButtonElement[] {
    return [
      ...this.root.querySelectorAll<HTMLButtonElement>('ol.cards > li.card-item > button.card'),
    ];
  }

  // ---- Accessibility: the tree, the live region, focus, the table ----

  /** The element's accessibility tree as a screen reader meets it (a11ySnapshot, interesting nodes). */
  async accessibilityTree(): Promise<AXNode> {
    const tree = (await a11ySnapshot({ selector: this.selector })) as unknown as AXNode | null;
    if (!tree) throw new Error('a11ySnapshot returned no tree for the element');
    return tree;
  }

  /** The element's whole accessibility tree, lists, list items and tables included. */
  async fullAccessibilityTree(): Promise<AXNode> {
    const tree = await executeServerCommand<AXNode | null, { selector: string }>('a11y-tree', {
      selector: this.selector,
    });
    if (!tree) throw new Error('a11y-tree returned no tree for the element');
    return tree;
  }

  private get selector(): string {
    return `[data-harness="${this.container.dataset.harness}"] event-timeline`;
  }

  /** The polite live region that says the title of the event just opened. */
  get liveRegion(): HTMLElement | null {
    return this.root.querySelector('.sr-only[role="status"]');
  }

  get announcement(): string {
    return normalize(this.liveRegion?.textContent);
  }

  /** The focused element, in the element's shadow root or else in the page. */
  get activeElement(): Element | null {
    return document.activeElement === this.el ? this.root.activeElement : document.activeElement;
  }

  /** The event whose button (label, target or card) has focus, or null. */
  get focusedEvent(): TimelineEvent | null {
    const focused = this.focused;
    if (!focused?.matches('[part~="event"]') || !focused.closest('li[data-index]')) return null;
    return this.eventOf(focused);
  }

  buttonById(id: string): HTMLButtonElement {
    const button = this.buttons.find(
      (b) => b.closest('li[data-index]') && this.eventOf(b).id === id,
    );
    if (!button) throw new Error(`no event button for id '${id}'`);
    return button;
  }

  /** Presses Tab, or Shift+Tab, and returns what has focus then. */
  async tab(backwards = false): Promise<Element | null> {
    if (backwards) await chord('Shift', 'Tab');
    else await sendKeys({ press: 'Tab' });
    await this.el.updateComplete;
    return this.activeElement;
  }

  /** Whether a node of the shadow root lies within the plot's visible box, left to right. */
  inPlot(node: Element): boolean {
    const box = this.plotBox();
    const rect = node.getBoundingClientRect();
    return rect.width > 0 && rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5;
  }

  /** The "Table" toggle of the controls, in any language. */
  get tableToggle(): HTMLButtonElement {
    const button = this.controls?.querySelector<HTMLButtonElement>('button[aria-pressed]');
    if (!button) throw new Error('no table toggle among the controls');
    return button;
  }

  get table(): HTMLTableElement | null {
    return this.root.querySelector('table[part~="table"]');
  }

  get tableCaption(): string {
    return normalize(this.table?.caption?.textContent);
  }

  get tableHeaders(): string[] {
    return [...(this.table?.querySelectorAll('thead th') ?? [])].map((th) =>
      normalize(th.textContent),
    );
  }

  /** The body rows of the table, each as the text of its cells. */
  get tableRows(): string[][] {
    return [...(this.table?.tBodies[0]?.rows ?? [])].map((row) =>
      [...row.cells].map((cell) => normalize(cell.textContent)),
    );
  }

  /** The title buttons of the table's rows, which open their events. */
  get tableTitleButtons(): HTMLButtonElement[] {
    return [...(this.table?.querySelectorAll<HTMLButtonElement>('tbody th button') ?? [])];
  }

  /** The pager's Previous and Next buttons, in that order. */
  get pager(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('.pager button')];
  }

  /** Elements that draw text of their own, as they are shown now (no hidden or screen-reader-only text). */
  get textElements(): Element[] {
    const found = new Set<Element>();
    const walker = document.createTreeWalker(this.root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.textContent?.trim() || !parent || parent.closest('.sr-only, style')) continue;
      const rect = parent.getBoundingClientRect();
      if (rect.width > 0 && rect.height > 0 && getComputedStyle(parent).visibility !== 'hidden') {
        found.add(parent);
      }
    }
    return [...found];
  }

  /** The marks drawn for events: points and range bars. */
  get marks(): SVGGraphicsElement[] {
    return [...this.root.querySelectorAll<SVGGraphicsElement>('svg.chart .mark')];
  }

  /** The fills of the striped lane backgrounds, each once, leaving out transparent ones. */
  get laneStripes(): string[] {
    const fills = [...this.root.querySelectorAll('.lane-bg')].map((r) => getComputedStyle(r).fill);
    return [...new Set(fills)].filter((f) => !/^rgba\(0, 0, 0, 0\)$|^transparent$|^none$/.test(f));
  }

  // ---- Simulated input ----

  /** Dispatches a wheel event on the plot and returns it, to read `defaultPrevented`. */
  wheel(init: WheelInit): WheelEvent {
    const plot = this.plot;
    if (!plot) throw new Error('the timeline has no plot');
    const event = new WheelEvent('wheel', {
      deltaX: 0,
      deltaY: 0,
      ...init,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    plot.dispatchEvent(event);
    return event;
  }

  /** Dispatches one pointer event (pointerdown, pointermove, pointerup) on the plot or `target`. */
  /**
   * Dispatches a TouchEvent on the plot, as a touch screen sends them: `down` are the fingers on
   * the glass after the event, `changed` the ones this event is about (by default all of `down`).
   * Points are [identifier, clientX, clientY].
   */
  touch(
    type: 'touchstart' | 'touchmove' | 'touchend',
    down: [number, number, number][],
    changed: [number, number, number][] = down,
  ): TouchEvent {
    const plot = this.plot;
    if (!plot) throw new Error('the timeline has no plot');
    const lists = {
      touches: down.map((p) => touchPoint(plot, p)),
      targetTouches: down.map((p) => touchPoint(plot, p)),
      changedTouches: changed.map((p) => touchPoint(plot, p)),
    };
    const init = { bubbles: true, cancelable: true, composed: true };
    let event: TouchEvent;
    if (typeof Touch === 'function' && canConstructTouch()) {
      event = new TouchEvent(type, { ...lists, ...init } as TouchEventInit);
    } else {
      // WebKit will not construct a Touch: an event of the type with the same lists, which is all
      // that d3-zoom reads of it.
      event = Object.assign(new Event(type, init), lists) as unknown as TouchEvent;
    }
    plot.dispatchEvent(event);
    return event;
  }

  pointer(type: 'pointerdown' | 'pointermove' | 'pointerup', init: PointerInit): PointerEvent {
    const target = init.target ?? this.plot;
    if (!target) throw new Error('the timeline has no plot');
    const pointerType = init.pointerType ?? 'mouse';
    const event = new PointerEvent(type, {
      pointerId: init.pointerId ?? 1,
      pointerType,
      isPrimary: (init.pointerId ?? 1) === 1,
      clientX: init.clientX,
      clientY: init.clientY,
      button: type === 'pointermove' ? -1 : 0,
      buttons: type === 'pointerup' ? 0 : 1,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    target.dispatchEvent(event);
    return event;
  }

  /**
   * Lets synthetic touch pointers be captured. Chromium only captures pointers it knows to be
   * down, and a dispatched PointerEvent is not one; a real finger is. Returns the undo.
   */
  allowSyntheticCapture(target: Element | null = this.plot): () => void {
    if (!target) throw new Error('nothing to capture pointers on');
    const captured = new Set<number>();
    Object.defineProperties(target, {
      setPointerCapture: { configurable: true, value: (id: number) => captured.add(id) },
      releasePointerCapture: { configurable: true, value: (id: number) => captured.delete(id) },
      hasPointerCapture: { configurable: true, value: (id: number) => captured.has(id) },
    });
    return () => {
      for (const name of ['setPointerCapture', 'releasePointerCapture', 'hasPointerCapture']) {
        delete (target as unknown as Record<string, unknown>)[name];
      }
    };
  }

  /** Drags one pointer over the plot from one client point to another in `steps` moves. */
  drag(
    from: [number, number],
    to: [number, number],
    options: { pointerType?: 'mouse' | 'touch'; pointerId?: number; steps?: number } = {},
  ): void {
    const { pointerType = 'mouse', pointerId = 1, steps = 4 } = options;
    this.pointer('pointerdown', { pointerId, pointerType, clientX: from[0], clientY: from[1] });
    for (let i = 1; i <= steps; i++) {
      const f = i / steps;
      this.pointer('pointermove', {
        pointerId,
        pointerType,
        clientX: from[0] + (to[0] - from[0]) * f,
        clientY: from[1] + (to[1] - from[1]) * f,
      });
    }
    this.pointer('pointerup', { pointerId, pointerType, clientX: to[0], clientY: to[1] });
  }

  /**
   * axe-core's WCAG 2.x A and AA violations in the element (or in `scope`, a node of its shadow
   * tree), as "rule: element, why" entries.
   */
  async axeViolations(scope: Element = this.el): Promise<string[]> {
    const results = await axe().run(scope, {
      runOnly: { type: 'tag', values: WCAG_TAGS },
    });
    return results.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.html.slice(0, 160)}\n${n.failureSummary ?? ''}`),
    );
  }

  /** The accessible name of a node as axe-core computes it (accname), across the shadow root. */
  accessibleName(node: Element): string {
    const a = axe();
    a.setup(document.documentElement);
    try {
      return a.commons.text.accessibleTextVirtual(a.utils.getNodeFromTree(node));
    } finally {
      a.teardown();
    }
  }
}

/**
 * A hidden page runs no animation frames and delivers no resize observations, so the element can
 * never render there. web-test-runner's Chrome launcher with `concurrency: 2` leaves its first page
 * hidden behind the second in headless Chromium; say so at once rather than time out in every test.
 */
async function pageShown(): Promise<void> {
  if (document.visibilityState === 'visible') return;
  const shown = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 2000);
    document.addEventListener(
      'visibilitychange',
      () => {
        clearTimeout(timer);
        resolve(document.visibilityState === 'visible');
      },
      { once: true },
    );
  });
  if (!(await shown)) {
    throw new Error(
      'The test page is hidden (document.visibilityState is "hidden"), so no frame is rendered: ' +
        'run the browser tests with --concurrency 1, or make Chromium keep every page visible.',
    );
  }
}

/**
 * Where an SVG shape's own geometry lies on screen, in client pixels. Firefox's
 * getBoundingClientRect() takes the stroke in (a 1.5 px outline moves each edge 0.75 px out);
 * Chromium and WebKit leave it out. The shape's box in its own units, mapped through its screen
 * matrix, is the same in every engine.
 */
export function shapeBox(shape: SVGGraphicsElement): DOMRect {
  const box = shape.getBBox();
  const matrix = shape.getScreenCTM();
  if (!matrix) throw new Error(`<${shape.localName}> is not rendered`);
  const corners = [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x, box.y + box.height],
    [box.x + box.width, box.y + box.height],
  ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  return new DOMRect(left, top, Math.max(...xs) - left, Math.max(...ys) - top);
}

/**
 * The part of a node that is drawn, within the box of the button it is text of. A label too
 * long for its button is cut there with an ellipsis, but Firefox and WebKit give its text the
 * box of the whole line, past the button's end.
 */
function drawnBox(node: Element): DOMRect {
  const rect = node.getBoundingClientRect();
  const button = node.parentElement?.closest('button');
  if (!button) return rect;
  // The button's overflow is cut at its padding box, inside its border.
  const outer = button.getBoundingClientRect();
  const left = Math.max(rect.left, outer.left + button.clientLeft);
  const top = Math.max(rect.top, outer.top + button.clientTop);
  const right = Math.min(rect.right, outer.left + button.clientLeft + button.clientWidth);
  const bottom = Math.min(rect.bottom, outer.top + button.clientTop + button.clientHeight);
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

/** A `<script type="application/json">` holding `text`. */
export function jsonScript(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

function isTemplate(value: unknown): value is TemplateResult {
  return typeof value === 'object' && value !== null && '_$litType$' in value;
}

/** Milliseconds of an ISO date as viewStart and viewEnd write it ("2024-12-08", "2024-12-08T10:15Z"). */
export function isoMs(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`'${iso}' is not an ISO date`);
  return ms;
}

function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function canConstructTouch(): boolean {
  try {
    new Touch({ identifier: 0, target: document.body });
    return true;
  } catch {
    return false;
  }
}

/** A finger at [identifier, clientX, clientY]: a Touch where the engine makes one. */
function touchPoint(target: Element, [identifier, clientX, clientY]: [number, number, number]) {
  const init = { identifier, target, clientX, clientY };
  return canConstructTouch() ? new Touch(init) : { ...init, pageX: clientX, pageY: clientY };
}
