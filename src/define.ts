import { EventTimeline } from './element/event-timeline.js';

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

export { EventTimeline };
