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

/**
 * The element's events by name. The element fires only these (see `emit`), and the framework
 * types in types/ and `HTMLElementEventMap` are read from this one map.
 */
export interface EventTimelineEventMap {
  'timeline-load': CustomEvent<TimelineLoadDetail>;
  'timeline-error': CustomEvent<TimelineErrorDetail>;
  'timeline-select': CustomEvent<TimelineSelectDetail>;
  'timeline-view-change': CustomEvent<TimelineViewChangeDetail>;
}

declare global {
  // Typed listeners on any element: the events bubble, so a parent hears them too.
  interface HTMLElementEventMap extends EventTimelineEventMap {}
}
