import type { EventTimeline } from '../../../src/element/event-timeline.js';
import type { TimelineEvent } from '../../../src/model/types.js';
import { ElementHarness } from './base.js';
import { drawnBox, normalize, shapeBox } from './dom.js';

/** The names of the three zoom buttons, in order. */
export type ControlName = 'Zoom in' | 'Zoom out' | 'Show all';

export interface LabelRect {
  title: string;
  rect: DOMRect;
}

/**
 * Every query into `<event-timeline>`'s shadow root, by what a reader sees: event buttons and
 * labels, marks, lanes, the axis, the controls and overview, clusters, cards, the table. What
 * changes the element (mounting, clicks, the view window) is in TimelineHarness.
 */
export abstract class TimelineQueries extends ElementHarness<EventTimeline> {
  protected get inputTarget(): Element | null {
    return this.plot;
  }

  /**
   * The polite live region that says the title of the event just opened: the frame's own, not
   * the search field's (which says the count of matches, and comes first in the tree).
   */
  protected get liveRegionSelector(): string {
    return '.root > .sr-only[role="status"]';
  }

  // ---- Events: buttons, labels, marks ----

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

  /** The marks drawn for events: points and range bars. */
  get marks(): SVGGraphicsElement[] {
    return [...this.root.querySelectorAll<SVGGraphicsElement>('svg.chart .mark')];
  }

  // ---- The frame: plot, chart, detail, status, errors ----

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

  // ---- Lanes and axis ----

  get laneNames(): string[] {
    return [...this.root.querySelectorAll('[part~="lane"]')].map((n) => normalize(n.textContent));
  }

  /** The year (or other unit) labels under the axis; labels left blank for lack of room are skipped. */
  get tickLabels(): string[] {
    return [...this.root.querySelectorAll('svg .tick-label')]
      .map((t) => normalize(t.textContent))
      .filter(Boolean);
  }
  /** The fills of the striped lane backgrounds, each once, leaving out transparent ones. */
  get laneStripes(): string[] {
    const fills = [...this.root.querySelectorAll('.lane-bg')].map((r) => getComputedStyle(r).fill);
    return [...new Set(fills)].filter((f) => !/^rgba\(0, 0, 0, 0\)$|^transparent$|^none$/.test(f));
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

  // ---- The plot's geometry ----

  /** A client y on the plot where no event is: just under the axis line. */
  get emptyY(): number {
    const axis = this.root.querySelector('svg.axis-svg');
    if (!axis) throw new Error('no axis: the timeline is not laid out horizontally');
    return axis.getBoundingClientRect().top + 12;
  }

  protected plotBox(): DOMRect {
    const plot = this.plot;
    if (!plot) throw new Error('the timeline has no plot');
    return plot.getBoundingClientRect();
  }

  /** Whether a node of the shadow root lies within the plot's visible box, left to right. */
  inPlot(node: Element): boolean {
    const box = this.plotBox();
    const rect = node.getBoundingClientRect();
    return rect.width > 0 && rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5;
  }

  // ---- Controls, hint, overview ----

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

  // ---- The table ----

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
}
