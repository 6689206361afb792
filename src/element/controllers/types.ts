// Types shared by several controllers.
import type { TimelineEvent } from '../../model/types.js';

/** Search over one dataset's events: its index is built once, when first asked for. */
export interface SearchEngine {
  /**
   * Indices of the matching events, in time order (empty for an empty query): those whose text
   * holds every word of the query. Each call resolves with its own query's answer, however many
   * came after it; after dispose() it rejects with an AbortError.
   */
  find(query: string): Promise<Int32Array>;
  /**
   * The answer at once, when it can be had without waiting (the index is on the page and built);
   * null otherwise (find it then). A key typed is drawn in the same update this way.
   */
  findNow?(query: string): Int32Array | null;
  /** Builds the index now (the field's first focus); resolves when ready. */
  prepare(): Promise<void>;
  /** Lets the index go (and the worker, if any); the dataset has changed or the element has gone. */
  dispose(): void;
}

/** A page of a tiled source's table, as its server gave it. */
export interface ServedTable {
  page: number;
  events: TimelineEvent[];
  /** Every event the table lists (the search's or the filter's count); null until known. */
  count: number | null;
  more: boolean;
  failed: string | null;
}
