// React 19: `<event-timeline>` in JSX, checked and completed. React 19 sets `data` as a property
// and adds a listener for each `on<event-name>` prop, so the element needs no wrapper.
//   import type {} from 'event-timeline/react';   (or "types": ["event-timeline/react"])

import type { EventTimeline } from 'event-timeline';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { EventTimelineProps } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'event-timeline': DetailedHTMLProps<HTMLAttributes<EventTimeline>, EventTimeline> &
        EventTimelineProps;
    }
  }
}
