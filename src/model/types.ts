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
  startMs: Float64Array;
  endMs: Float64Array;
  /** Largest `endMs` over events 0…i, so the first event reaching a window is a binary search. */
  reachMs: Float64Array;
}

export interface ParseResult {
  model: TimelineModel;
  issues: Issue[];
}
