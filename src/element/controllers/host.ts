import type { ReactiveControllerHost } from 'lit';

/** What a controller sees of the timeline: an element that renders into its shadow root. */
export type Host = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Fires a timeline event at the host: it bubbles and leaves the shadow root. */
export function emit(host: HTMLElement, type: string, detail: unknown): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
