// Vue 3: `<event-timeline>` in templates, checked by vue-tsc and completed by Vue's language tools.
//   import type {} from 'event-timeline/vue';   (or "types": ["event-timeline/vue"])
// Vue sets `data` as a property because the element has one; tell the compiler that the tag is a
// custom element (`compilerOptions.isCustomElement`) so it does not look for a Vue component.
import type { DefineComponent } from 'vue';
import type { EventTimelineProps } from './jsx.js';

type Camelize<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<Camelize<T>>}`
  : S;
/** `ontimeline-select` as Vue names the listener of `@timeline-select`: `onTimelineSelect`. */
type Handlers<P> = {
  [K in keyof P as K extends `on${infer E}` ? `on${Capitalize<Camelize<E>>}` : never]: P[K];
};

declare module 'vue' {
  interface GlobalComponents {
    /** An interactive, accessible timeline of events described in JSON. */
    'event-timeline': DefineComponent<
      Omit<EventTimelineProps, `on${string}`> & Handlers<EventTimelineProps>
    >;
  }
}
