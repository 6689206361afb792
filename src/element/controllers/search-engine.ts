import type { TimelineEvent } from '../../model/types.js';
import { lazyChunk } from '../lazy-chunk.js';
import type { SearchEngine } from './types.js';

export type { SearchEngine };

/**
 * Above this many events the index is built and searched in a worker: its building would
 * otherwise take the page's thread for seconds, and each search at a million events tens of ms.
 */
export const WORKER_EVENTS = 100_000;

// Most pages never search: both ways live in chunks loaded on first use.
const localChunk = lazyChunk(() => import('./search-local.js'));
const workerChunk = lazyChunk(() => import('./search-client.js'));

/**
 * Search over `events` (in time order), compared in `locale`'s lower case: on the page's thread
 * up to WORKER_EVENTS events, in a worker above, or on the page where no worker can start. Nothing
 * is loaded or built until prepare() or find().
 */
export function searchEngine(events: readonly TimelineEvent[], locale: string): SearchEngine {
  let engine: Promise<SearchEngine> | null = null;
  let opened: SearchEngine | null = null;
  let disposed = false;
  const open = (): Promise<SearchEngine> => {
    if (disposed) return Promise.reject(new DOMException('search disposed', 'AbortError'));
    engine ??= (
      events.length > WORKER_EVENTS
        ? workerChunk.load().then((m) => m.workerSearch(events, locale))
        : localChunk.load().then((m) => m.localSearch(events, locale))
    ).then((e) => {
      opened = e;
      if (disposed) e.dispose();
      return e;
    });
    return engine;
  };
  return {
    find: (query) => open().then((e) => e.find(query)),
    findNow: (query) => (disposed ? null : (opened?.findNow?.(query) ?? null)),
    prepare: () => open().then((e) => e.prepare()),
    dispose() {
      disposed = true;
      opened?.dispose();
    },
  };
}
