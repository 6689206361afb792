// Search on the page's thread, for up to WORKER_EVENTS events (search-engine.ts), and where no
// worker can start: the word index is built in slices of a few ms, so that the page never has a
// long task while it builds, and searched here.
import { searchableText } from '../../model/search.js';
import type { TimelineEvent } from '../../model/types.js';
import { type WordIndex, WordIndexBuilder, wordsOf } from '../../model/word-index.js';
import type { SearchEngine } from './types.js';

/** How long a slice of work may take before the page gets its thread back, in ms. */
export const SLICE_MS = 8;

/** Lets the page's other tasks (input, rendering) run. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

const aborted = () => new DOMException('search disposed', 'AbortError');

/**
 * Calls `each(i)` for i = 0 … n - 1 in slices of about SLICE_MS and at most `most` calls, with a
 * task between slices; `after(end)` runs at the end of each. Stops, rejecting, once `stopped()`.
 */
export async function inSlices(
  n: number,
  each: (i: number) => void,
  stopped: () => boolean,
  { most = n, after = (_end: number) => {} } = {},
): Promise<void> {
  let i = 0;
  while (i < n) {
    if (stopped()) throw aborted();
    const until = performance.now() + SLICE_MS;
    const last = Math.min(n, i + most);
    do {
      each(i++);
      // Reading the clock every event would cost more than some events' work.
    } while (i < last && ((i & 63) !== 0 || performance.now() < until));
    after(i);
    if (i < n) await nextTask();
  }
}

/** Search over `events` on the page's thread. */
export function localSearch(events: readonly TimelineEvent[], locale: string): SearchEngine {
  let index: WordIndex | null = null;
  let building: Promise<void> | null = null;
  let disposed = false;
  const prepare = () => {
    building ??= (async () => {
      const builder = new WordIndexBuilder();
      const add = (i: number) => {
        const event = events[i];
        builder.add(event ? wordsOf(searchableText(event), locale) : []);
      };
      await inSlices(events.length, add, () => disposed);
      // Filing 100,000 events' words under them takes tens of ms: in slices too.
      const assembly = builder.assemble();
      await inSlices(assembly.size, assembly.fill, () => disposed);
      index = assembly.done();
    })();
    return building;
  };
  return {
    prepare,
    async find(query) {
      const words = wordsOf(query, locale);
      if (words.length === 0) return new Int32Array(0);
      await prepare();
      if (disposed || !index) throw aborted();
      return index.find(words);
    },
    findNow(query) {
      const words = wordsOf(query, locale);
      return index && !disposed && words.length > 0 ? index.find(words) : null;
    },
    dispose() {
      disposed = true;
      index = null;
    },
  };
}
