import { EventTimeline } from './element/event-timeline.js';

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

// The events' types, so that a page importing only this entry gets typed listeners too.
export type { EventTimelineEventMap } from './element/events.js';
export { EventTimeline };
