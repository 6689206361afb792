export { EventTimeline } from './element/event-timeline.js';
export { dateLocale, formatDate } from './format/dates.js';
export { eventDateText, eventName } from './format/event-text.js';
export { addMessages, messagesFor } from './i18n/messages.js';
export { planLanes } from './layout/lanes.js';
export { layoutTimeline } from './layout/layout.js';
export { formatIsoDate, parseIsoDate } from './model/dates.js';
export { parseTimeline } from './model/parse-timeline.js';
export type * from './model/types.js';
