import type { Issue, TimelineEvent } from '../model/types.js';

/** `timeline-load`: the data was parsed and rendered. */
export interface TimelineLoadDetail {
  /** How many events were drawn. */
  events: number;
  issues: readonly Issue[];
}

/** `timeline-error`: nothing could be shown. */
export interface TimelineErrorDetail {
  issues: readonly Issue[];
}

/** `timeline-select`: the selection changed; both are null when it was cleared. */
export interface TimelineSelectDetail {
  id: string | null;
  event: TimelineEvent | null;
}

/** `timeline-view-change`: the visible window, as ISO dates. */
export interface TimelineViewChangeDetail {
  start: string;
  end: string;
}

/** `timeline-search`: the query's matches changed. */
export interface TimelineSearchDetail {
  query: string;
  /** How many of the events shown match it (0 for an empty query). */
  count: number;
}

/** `timeline-filter-change`: the categories shown changed; empty means all. */
export interface TimelineFilterChangeDetail {
  categories: string[];
}

/**
 * The element's events by name. The element fires only these (see `emit`), and the framework
 * types in types/ and `HTMLElementEventMap` are read from this one map.
 */
export interface EventTimelineEventMap {
  'timeline-load': CustomEvent<TimelineLoadDetail>;
  'timeline-error': CustomEvent<TimelineErrorDetail>;
  'timeline-select': CustomEvent<TimelineSelectDetail>;
  'timeline-view-change': CustomEvent<TimelineViewChangeDetail>;
  'timeline-search': CustomEvent<TimelineSearchDetail>;
  'timeline-filter-change': CustomEvent<TimelineFilterChangeDetail>;
}

declare global {
  // Typed listeners on any element: the events bubble, so a parent hears them too.
  interface HTMLElementEventMap extends EventTimelineEventMap {}
}
