// Svelte 5: `<event-timeline>` in markup, checked by svelte-check. Svelte 5 sets `data` as a
// property and turns each `on<event-name>` attribute into a listener, as React 19 does.
//   import type {} from 'event-timeline/svelte';   (or "types": ["event-timeline/svelte"])

import type { EventTimeline } from 'event-timeline';
import type { HTMLAttributes } from 'svelte/elements';
import type { EventTimelineProps } from './jsx.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'event-timeline': Omit<HTMLAttributes<EventTimeline>, keyof EventTimelineProps> &
      EventTimelineProps;
  }
}
