// What the page and the search worker (search-worker.ts) say to each other.

/**
 * The page sends the language the text is compared in, the events' text in order, in slices
 * (what searchableText reads of each event, one after another, and the length of each), then `end`; then queries, each with its number,
 * which the answer carries back.
 */
export type SearchRequest =
  | { type: 'start'; locale: string }
  | { type: 'texts'; text: string; lengths: Int32Array }
  | { type: 'end' }
  | { type: 'find'; seq: number; query: string };

/**
 * The worker says it runs (`ready`), that the index is built (`built`, with the time it took),
 * and answers each query: the matching events' indices, ascending, moved rather than copied.
 */
export type SearchReply =
  | { type: 'ready' }
  | { type: 'built'; ms: number }
  | { type: 'found'; seq: number; indices: Int32Array };
