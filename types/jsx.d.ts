import type {
  EventTimeline,
  TimelineLoadDetail,
  TimelineErrorDetail,
  TimelineSelectDetail,
  TimelineViewChangeDetail,
  TimelineSearchDetail,
  TimelineFilterChangeDetail,
} from "event-timeline";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type EventTimelineProps = {
  /** URL of the timeline's JSON, or of its CSV/TSV (by a `.csv`/`.tsv` path or a `text/csv` type). */
  src?: EventTimeline["src"];
  /** A tiled source's URL template, `…/{z}/{x}.json` (docs/tiles.md); `src` and `data` win over it. */
  tiles?: EventTimeline["tiles"];
  /** Accessible name; defaults to the data's title. */
  label?: EventTimeline["label"];
  /** Start of the visible window, as an ISO date; follows the reader. */
  "view-start"?: EventTimeline["viewStart"];
  /** End of the visible window, as an ISO date; follows the reader. */
  "view-end"?: EventTimeline["viewEnd"];
  /** Id of the selected event, or empty. */
  selected?: EventTimeline["selected"];
  /** `auto` (vertical under 600 px wide), `horizontal` or `vertical`. */
  orientation?: EventTimeline["orientation"];
  /** `auto` compresses long empty stretches; `linear` does not. */
  scale?: EventTimeline["scale"];
  /** The URL's hash carries the selected event, the window, the search and the categories shown. */
  "hash-links"?: EventTimeline["hashLinks"];
  /** `chart` (the default) or `story`: one slide at a time above a compact timeline strip. */
  mode?: EventTimeline["mode"];
  /** The search: events whose text holds every word of it are highlighted, the rest dimmed. */
  query?: EventTimeline["query"];
  /** The data itself: native, TimelineJS3 JSON, vis-timeline items or CSV/TSV text. Wins over `src`. */
  data?: EventTimeline["data"];
  /** The ids of the categories shown (events without one: ''); empty shows all. */
  categories?: EventTimeline["categories"];
  /** The data was parsed and rendered. detail: `{ events: number, issues: Issue[] }` */
  "ontimeline-load"?: (e: CustomEvent<TimelineLoadDetail>) => void;
  /** Nothing could be shown. detail: `{ issues: Issue[] }` */
  "ontimeline-error"?: (e: CustomEvent<TimelineErrorDetail>) => void;
  /** The selection changed. detail: `{ id: string | null, event: TimelineEvent | null }` */
  "ontimeline-select"?: (e: CustomEvent<TimelineSelectDetail>) => void;
  /** The visible window changed (at most once a frame). detail: `{ start: string, end: string }` */
  "ontimeline-view-change"?: (e: CustomEvent<TimelineViewChangeDetail>) => void;
  /** The query's matches changed. detail: `{ query: string, count: number }` */
  "ontimeline-search"?: (e: CustomEvent<TimelineSearchDetail>) => void;
  /** The categories shown changed. detail: `{ categories: string[] }` */
  "ontimeline-filter-change"?: (e: CustomEvent<TimelineFilterChangeDetail>) => void;
};

export type CustomElements = {
  /**
   * An interactive, accessible timeline of events described in JSON.
   * ---
   *
   *
   * ### **Events:**
   *  - **timeline-load** - The data was parsed and rendered. detail: `{ events: number, issues: Issue[] }`
   * - **timeline-error** - Nothing could be shown. detail: `{ issues: Issue[] }`
   * - **timeline-select** - The selection changed. detail: `{ id: string | null, event: TimelineEvent | null }`
   * - **timeline-view-change** - The visible window changed (at most once a frame). detail: `{ start: string, end: string }`
   * - **timeline-search** - The query's matches changed. detail: `{ query: string, count: number }`
   * - **timeline-filter-change** - The categories shown changed. detail: `{ categories: string[] }`
   *
   * ### **Methods:**
   *  - **select(id: _string | null_): _void_** - Selects an event by id (or clears the selection), opens its card and brings it into view.
   * - **search(text: _string_): _Promise<string[]>_** - Searches (the text becomes `query`): the ids of the matches shown, in time order.
   * - **zoomTo(start: _TimeInput_, end: _TimeInput_): _Promise<void>_** - Shows the window from `start` to `end`; resolves when the view has arrived.
   * - **zoomToFit(): _Promise<void>_** - Shows all the data.
   * - **zoomBy(factor: _number_): _Promise<void>_** - Zooms around the centre: a factor above 1 zooms in.
   * - **panBy(fraction: _number_): _Promise<void>_** - Moves the window by a fraction of its width; positive moves later in time.
   * - **toSVG(): _Promise<string>_** - The current view as a standalone SVG document (colours resolved, text as text, described).
   * - **toPNG({ scale = 1 }: _{ scale?: number }_): _Promise<Blob>_** - The current view as a PNG image at 1, 2 or 3 times its CSS size (via a `blob:` URL).
   *
   * ### **CSS Properties:**
   *  - **--timeline-background** - Background colour. _(default: undefined)_
   * - **--timeline-text** - Text colour. _(default: undefined)_
   * - **--timeline-muted** - Secondary text colour. _(default: undefined)_
   * - **--timeline-grid** - Grid line colour. _(default: undefined)_
   * - **--timeline-axis** - Axis colour. _(default: undefined)_
   * - **--timeline-accent** - Focus and link colour. _(default: undefined)_
   * - **--timeline-future** - Colour of today's marker and of the future. _(default: undefined)_
   * - **--timeline-font-family** - Font family (inherited by default). _(default: undefined)_
   * - **--timeline-category-1** - First palette colour for categories without one (up to --timeline-category-8). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **axis** - The time axis (SVG group).
   * - **lane** - A lane's name: a toggle that shows or hides its events (Alt: only them).
   * - **lane-more** - The button that shows the next categories, when there are more than 24.
   * - **event** - An event's button: its label, its target over the mark, or its card.
   * - **label** - An event's visible title.
   * - **range** - The bar of a range.
   * - **detail** - The card of the selected event.
   * - **story** - Story mode's slides, with the buttons to the previous and next.
   * - **slide** - The slide shown in story mode (each slide, in the sequence on a phone).
   * - **overview** - The strip with every event and the visible window.
   * - **controls** - The zoom buttons and the table toggle.
   * - **search** - The search field, with its count and the buttons to the previous and next match.
   * - **table** - The table view of every event.
   * - **status** - The status line.
   * - **error** - The panel shown when nothing can be shown.
   */
  "event-timeline": Partial<EventTimelineProps & BaseProps & BaseEvents>;
};
