/** How finely a date is known: the length of its ISO string. */
export const PRECISIONS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const CERTAINTIES = ['confirmed', 'reported', 'disputed'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export type Severity = 'error' | 'warning';

/** One problem found in the input, with the JSON path of the value at fault. */
export interface Issue {
  path: string;
  message: string;
  severity: Severity;
}

export interface Source {
  title: string;
  url: string | null;
  publisher: string;
  date: string | null;
}

export interface Quote {
  text: string;
  by: string;
}

export interface Category {
  id: string;
  label: string;
  /** A colour from the data that passed the colour grammar, or null for the palette. */
  color: string | null;
}

/** Known pages a link card names as what they are; any other http(s) page is `page`. */
export const MEDIA_SITES = ['youtube', 'vimeo', 'twitter', 'wikipedia', 'page'] as const;
export type MediaSite = (typeof MEDIA_SITES)[number];

/**
 * A picture or a link card, from `media` on an event or the timeline. `url` passed the link
 * allow-list (http: or https:, or relative). An `image` is a jpg, jpeg, png, webp, avif or gif by
 * its path, and has `site: null`; anything else is a `link` card, which names its site.
 */
export interface Media {
  kind: 'image' | 'link';
  url: string;
  site: MediaSite | null;
  /** The host name to show, without `www.`: `youtube.com`, `en.wikipedia.org`; '' when relative. */
  host: string;
  /** What the picture shows; '' when it is decorative (the data gave none). */
  alt: string;
  caption: string;
  credit: string;
  /** Where the picture links to (http: or https:), or null. */
  link: string | null;
}

/** An event after parsing: every field filled in, dates as canonical ISO strings. */
export interface TimelineEvent {
  id: string;
  title: string;
  start: string;
  end: string | null;
  precision: Precision;
  endPrecision: Precision | null;
  ongoing: boolean;
  approximate: boolean;
  certainty: Certainty;
  category: string;
  summary: string;
  description: string;
  quote: Quote | null;
  sources: Source[];
  media: Media | null;
  importance: 1 | 2 | 3;
}

/** A background span (TimelineJS eras, vis-timeline background items). */
export interface Era {
  title: string;
  start: string;
  end: string;
  startMs: number;
  endMs: number;
}

/**
 * Parsed data ready for layout. `events` are sorted by start; the typed arrays are parallel to
 * them, in milliseconds since 1970 UTC: `startMs` is where an event's first period begins; `endMs`
 * is where a range's last period ends, `startMs` again for a point, and Infinity while ongoing.
 */
export interface TimelineModel {
  title: string;
  description: string;
  categories: Category[];
  events: TimelineEvent[];
  eras: Era[];
  /** The timeline's own picture, for the story's title slide. */
  media: Media | null;
  /** Event ids in slide order (each names an event, once), or null to show all in time order. */
  story: string[] | null;
  startMs: Float64Array;
  endMs: Float64Array;
  /** Largest `endMs` over events 0…i, so the first event reaching a window is a binary search. */
  reachMs: Float64Array;
  /**
   * From a tiled source (docs/tiles.md): the events are those its tiles for the view carry, and
   * this says what the whole source holds. Every model of one source shares `source`.
   */
  tiled?: TiledExtent;
}

/** What a tiled source holds, beyond the events at hand. */
export interface TiledExtent {
  /** Events in the source. */
  count: number;
  /** Its first start and last stop, in ms. */
  start: number;
  end: number;
  /** The same object for every model of one source: a view is kept while it stays. */
  source: object;
}

export interface ParseResult {
  model: TimelineModel;
  issues: Issue[];
}
