import type { TimelineModel } from '../../model/types.js';
import { lazyChunk } from '../lazy-chunk.js';
import type { renderMedia } from './media.js';

/**
 * The media view is a chunk of its own, loaded when data with media arrives: most timelines
 * have no pictures, and the first load stays small. Its styles are in the main bundle.
 */
const mediaChunk = lazyChunk(() => import('./media.js'));

/** renderMedia, once loaded; null before (or when its chunk could not be loaded). */
export function mediaRenderer(): typeof renderMedia | null {
  return mediaChunk.get()?.renderMedia ?? null;
}

/** Loads the media view when the model has media and it is not here yet; null otherwise. */
export function loadMediaFor(model: TimelineModel): Promise<void> | null {
  if (mediaChunk.get() || !(model.media || model.events.some((event) => event.media))) return null;
  // A chunk that failed to arrive (offline, say) is asked for again with the next data.
  return mediaChunk.load().then(() => {});
}
