import type { ReactiveControllerHost } from 'lit';
import type { EventTimelineEventMap } from '../events.js';

/** What a controller sees of the timeline: an element that renders into its shadow root. */
export type Host = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Fires a timeline event at the host: it bubbles and leaves the shadow root. */
export function emit<K extends keyof EventTimelineEventMap>(
  host: HTMLElement,
  type: K,
  detail: EventTimelineEventMap[K]['detail'],
): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
