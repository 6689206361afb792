import type { renderStory, storyStyles } from './story-view.js';

/**
 * Story mode's view is a chunk of its own, loaded the first time a timeline is in story mode:
 * most pages show the chart only. Until it arrives the chart shows alone.
 */
let view: { render: typeof renderStory; styles: typeof storyStyles } | null = null;
let loading: Promise<void> | null = null;

/** The story view, once loaded. */
export function storyView(): typeof view {
  return view;
}

/** Loads the story view; null when it is already here. */
export function loadStory(): Promise<void> | null {
  if (view) return null;
  loading ??= import('./story-view.js').then(
    (module) => {
      view = { render: module.renderStory, styles: module.storyStyles };
    },
    (error: unknown) => {
      // A chunk that failed to arrive (offline, say) is asked for again at the next update.
      loading = null;
      throw error;
    },
  );
  return loading;
}
