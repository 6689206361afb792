import { LitElement } from 'lit';
import type { Issue, TimelineEvent } from '../model/types.js';
import { DataController } from './controllers/data-controller.js';
import { FilterController } from './controllers/filter-controller.js';
import { GestureController } from './controllers/gesture-controller.js';
import { LayoutController } from './controllers/layout-controller.js';
import { LocaleController } from './controllers/locale-controller.js';
import { OverviewBrush } from './controllers/overview-brush.js';
import { PanelsController } from './controllers/panels-controller.js';
import { PrintController } from './controllers/print-controller.js';
import { RovingFocusController } from './controllers/roving-focus-controller.js';
import { SearchController } from './controllers/search-controller.js';
import { SelectionController } from './controllers/selection-controller.js';
import { SizeController } from './controllers/size-controller.js';
import { StoryController } from './controllers/story-controller.js';
import { UrlStateController } from './controllers/url-state-controller.js';
import { type TimeInput, ViewController } from './controllers/view-controller.js';
import { type ElementViews, exportScene, renderElement } from './element-views.js';
import { styles } from './styles/event-timeline.styles.js';

export type { TimeInput } from './controllers/view-controller.js';

/**
 * An interactive, accessible timeline of events described in JSON.
 *
 * @fires {CustomEvent<TimelineLoadDetail>} timeline-load - The data was parsed and rendered. detail: `{ events: number, issues: Issue[] }`
 * @fires {CustomEvent<TimelineErrorDetail>} timeline-error - Nothing could be shown. detail: `{ issues: Issue[] }`
 * @fires {CustomEvent<TimelineSelectDetail>} timeline-select - The selection changed. detail: `{ id: string | null, event: TimelineEvent | null }`
 * @fires {CustomEvent<TimelineViewChangeDetail>} timeline-view-change - The visible window changed (at most once a frame). detail: `{ start: string, end: string }`
 * @fires {CustomEvent<TimelineSearchDetail>} timeline-search - The query's matches changed. detail: `{ query: string, count: number }`
 * @fires {CustomEvent<TimelineFilterChangeDetail>} timeline-filter-change - The categories shown changed. detail: `{ categories: string[] }`
 *
 * @csspart axis - The time axis (SVG group).
 * @csspart lane - A lane's name: a toggle that shows or hides its events (Alt: only them).
 * @csspart lane-more - The button that shows the next categories, when there are more than 24.
 * @csspart event - An event's button: its label, its target over the mark, or its card.
 * @csspart label - An event's visible title.
 * @csspart range - The bar of a range.
 * @csspart detail - The card of the selected event.
 * @csspart story - Story mode's slides, with the buttons to the previous and next.
 * @csspart slide - The slide shown in story mode (each slide, in the sequence on a phone).
 * @csspart overview - The strip with every event and the visible window.
 * @csspart controls - The zoom buttons and the table toggle.
 * @csspart search - The search field, with its count and the buttons to the previous and next match.
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
    tiles: { type: String, reflect: true },
    data: { attribute: false },
    label: { type: String, reflect: true },
    viewStart: { type: String, attribute: 'view-start', reflect: true },
    viewEnd: { type: String, attribute: 'view-end', reflect: true },
    selected: { type: String, reflect: true },
    orientation: { type: String, reflect: true },
    scale: { type: String, reflect: true },
    hashLinks: { type: Boolean, attribute: 'hash-links', reflect: true },
    mode: { type: String, reflect: true },
    query: { type: String },
    categories: { attribute: false },
  };

  /** URL of the timeline's JSON, or of its CSV/TSV (by a `.csv`/`.tsv` path or a `text/csv` type). */
  declare src: string;
  /** A tiled source's URL template, `…/{z}/{x}.json` (docs/tiles.md); `src` and `data` win over it. */
  declare tiles: string;
  /** The data itself: native, TimelineJS3 JSON, vis-timeline items or CSV/TSV text. Wins over `src`. */
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
  /** The URL's hash carries the selected event, the window, the search and the categories shown. */
  declare hashLinks: boolean;
  /** `chart` (the default) or `story`: one slide at a time above a compact timeline strip. */
  declare mode: 'chart' | 'story';
  /** The search: events whose text holds every word of it are highlighted, the rest dimmed. */
  declare query: string;
  /** The ids of the categories shown (events without one: ''); empty shows all. */
  declare categories: string[];

  /** How long a `src` fetch may take before it is given up, in ms (all timelines on the page). */
  static loadTimeout = 30_000;

  // Controllers update in this order: each reads what those before it worked out.
  private readonly language = new LocaleController(this);
  private readonly loader: DataController = new DataController(this, {
    timeout: () => EventTimeline.loadTimeout,
    // Drawn: at its real width, with the code its layout needs (a chunk may still be on its way).
    drawn: () =>
      this.size.measured && !this.drawing.loading && !this.story.loading && !this.link.loading,
    loaded: () => this.selection.loaded(),
  });
  private readonly size = new SizeController(this, this.attachInternals().states);
  private readonly printer = new PrintController(this, this.size);
  private readonly gestures = new GestureController(this, (dx) => this.viewer.translatePixels(dx));
  private readonly viewer: ViewController = new ViewController(this, this.parts());
  private readonly filter: FilterController = new FilterController(this, this.parts());
  private readonly searching: SearchController = new SearchController(this, this.parts());
  private readonly selection: SelectionController = new SelectionController(this, {
    ...this.parts(),
    layout: () => this.drawing.layout,
  });
  private readonly link: UrlStateController = new UrlStateController(this, this.parts());
  private readonly story: StoryController = new StoryController(this, this.parts());
  private readonly roving: RovingFocusController = new RovingFocusController(this, {
    ...this.parts(),
    panels: () => this.panels,
  });
  private readonly drawing: LayoutController = new LayoutController(this, this.parts());
  private readonly panels = new PanelsController(this, this.loader);
  private readonly brush = new OverviewBrush(this, this.parts());

  constructor() {
    super();
    this.src = '';
    this.tiles = '';
    this.data = undefined;
    this.label = '';
    this.viewStart = '';
    this.viewEnd = '';
    this.selected = '';
    this.orientation = 'auto';
    this.scale = 'auto';
    this.hashLinks = false;
    this.mode = 'chart';
    this.query = '';
    this.categories = [];
  }

  /** The controllers made so far, for those that follow to read. */
  private parts() {
    const { language, loader, size, viewer, filter, searching: search } = this;
    const { selection, story, roving, drawing } = this;
    return { language, loader, size, viewer, filter, search, selection, story, roving, drawing };
  }

  /** The events after parsing, sorted by start. */
  get events(): readonly TimelineEvent[] {
    return this.loader.model?.events ?? [];
  }

  /** The warnings and errors of the last load. */
  get issues(): readonly Issue[] {
    return this.loader.issues;
  }

  /** Selects an event by id (or clears the selection), opens its card and brings it into view. */
  select(id: string | null): void {
    this.selection.select(id ?? '');
  }

  /** Searches (the text becomes `query`): the ids of the matches shown, in time order. */
  search(text: string): Promise<string[]> {
    return this.searching.search(text);
  }

  /** Shows the window from `start` to `end`; resolves when the view has arrived. */
  zoomTo(start: TimeInput, end: TimeInput): Promise<void> {
    return this.viewer.zoomTo(start, end);
  }

  /** Shows all the data. */
  zoomToFit(): Promise<void> {
    return this.viewer.showAll();
  }

  /** Zooms around the centre: a factor above 1 zooms in. */
  zoomBy(factor: number): Promise<void> {
    return this.viewer.zoomCentre(factor);
  }

  /** Moves the window by a fraction of its width; positive moves later in time. */
  panBy(fraction: number): Promise<void> {
    return this.viewer.panBy(fraction, true);
  }

  /** The current view as a standalone SVG document (colours resolved, text as text, described). */
  async toSVG(): Promise<string> {
    await this.updateComplete;
    const { exportSvg } = await import('./export/export.js');
    return exportSvg(exportScene(this.views(), 'toSVG'));
  }

  /** The current view as a PNG image at 1, 2 or 3 times its CSS size (via a `blob:` URL). */
  async toPNG({ scale = 1 }: { scale?: number } = {}): Promise<Blob> {
    if (![1, 2, 3].includes(scale)) throw new RangeError(`toPNG: scale ${scale} is not 1, 2 or 3`);
    await this.updateComplete;
    const { exportPng } = await import('./export/export.js');
    return exportPng(exportScene(this.views(), 'toPNG'), scale);
  }

  protected override render() {
    return renderElement(this.views());
  }

  /** What the render and the export read: the element and its controllers. */
  private views(): ElementViews {
    return {
      host: this,
      ...this.parts(),
      ...{ printer: this.printer, gestures: this.gestures, panels: this.panels },
    };
  }

  /**
   * A chunk loaded on first use (an adapter for the data, the table view) belongs to the update
   * that asked for it: updateComplete waits for it and for the render it brings.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    const waits = [this.panels, this.story, this.brush, this.drawing, this.link, this.searching];
    const chunk = () => this.loader.adapting ?? waits.find((c) => c.loading)?.loading;
    for (let loading = chunk(); loading; loading = chunk()) {
      await loading;
      done = await super.getUpdateComplete();
    }
    return done;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
