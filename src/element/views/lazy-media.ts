import type { TimelineModel } from '../../model/types.js';
import type { renderMedia } from './media.js';

/**
 * The media view is a chunk of its own, loaded when data with media arrives: most timelines
 * have no pictures, and the first load stays small. Its styles are in the main bundle.
 */
let render: typeof renderMedia | null = null;
let loading: Promise<void> | null = null;

/** renderMedia, once loaded; null before (or when its chunk could not be loaded). */
export function mediaRenderer(): typeof renderMedia | null {
  return render;
}

/** Loads the media view when the model has media and it is not here yet; null otherwise. */
export function loadMediaFor(model: TimelineModel): Promise<void> | null {
  if (render || !(model.media || model.events.some((event) => event.media))) return null;
  loading ??= import('./media.js').then(
    (module) => {
      render = module.renderMedia;
    },
    (error: unknown) => {
      // A chunk that failed to arrive (offline, say) is asked for again with the next data.
      loading = null;
      throw error;
    },
  );
  return loading;
}
