// The page's side of the search worker (src/model/search-worker.ts), loaded with the first search
// of a timeline of more than WORKER_EVENTS events: it starts the worker, hands it the events' text
// in slices that never make a long task, and matches each answer to its query by number. Where no
// worker starts, the search runs on this thread instead (search-local.ts).

import { searchableText } from '../../model/search.js';
import type { SearchReply, SearchRequest } from '../../model/search-messages.js';
import type { TimelineEvent } from '../../model/types.js';
import { wordsOf } from '../../model/word-index.js';
import { inSlices, localSearch } from './search-local.js';
import { TrustedWorker as Worker } from './trusted-worker.js';
import type { SearchEngine } from './types.js';

function createSearchWorker(): globalThis.Worker {
  return new Worker(new URL('../../model/search-worker.js', import.meta.url), { type: 'module' });
}

/**
 * How search workers are made, and whether one failed to start on this page (then none is tried
 * again). Tests replace `create` to watch them, or to see the fallback.
 */
export const searchWorker = { create: createSearchWorker, failed: false };

/**
 * Events' text per message to the worker, about 400 KB: a slice of all that 8 ms can gather (up
 * to 50,000 texts) took 100–500 ms to join and post on a busy machine, measured in Chromium.
 */
const SLICE_EVENTS = 2048;

const aborted = () => new DOMException('search disposed', 'AbortError');

/** A started worker, once it has said it runs; null where none starts. */
async function startWorker(): Promise<globalThis.Worker | null> {
  if (searchWorker.failed) return null;
  try {
    const worker = searchWorker.create();
    const started = await new Promise<boolean>((resolve) => {
      worker.onmessage = () => resolve(true);
      worker.onerror = (event) => {
        event.preventDefault();
        resolve(false);
      };
    });
    if (started) return worker;
    worker.terminate();
  } catch {}
  searchWorker.failed = true;
  return null;
}

/** Search over `events` in a worker, or on this thread where none starts. */
export async function workerSearch(
  events: readonly TimelineEvent[],
  locale: string,
): Promise<SearchEngine> {
  const worker = await startWorker();
  return worker ? new WorkerSearch(worker, events, locale) : localSearch(events, locale);
}

/** How a query's promise is settled. */
interface Answer {
  resolve(indices: Int32Array): void;
  reject(reason: unknown): void;
}

class WorkerSearch implements SearchEngine {
  private building: Promise<void> | null = null;
  private disposed = false;
  private seq = 0;
  /** The queries asked and not yet answered, by number. */
  private readonly waiting = new Map<number, Answer>();
  private built: () => void = () => {};

  constructor(
    private readonly worker: globalThis.Worker,
    private readonly events: readonly TimelineEvent[],
    private readonly locale: string,
  ) {
    worker.onmessage = ({ data }: MessageEvent<SearchReply>) => this.receive(data);
  }

  prepare(): Promise<void> {
    this.building ??= this.send();
    return this.building;
  }

  async find(query: string): Promise<Int32Array> {
    if (wordsOf(query, this.locale).length === 0) return new Int32Array(0);
    await this.prepare();
    if (this.disposed) throw aborted();
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      this.post({ type: 'find', seq, query });
    });
  }

  dispose(): void {
    this.disposed = true;
    this.worker.terminate();
    for (const answer of this.waiting.values()) answer.reject(aborted());
    this.waiting.clear();
  }

  /** Gathers the text of the events a slice at a time, each slice posted as it is done. */
  private async send(): Promise<void> {
    const built = new Promise<void>((resolve) => {
      this.built = resolve;
    });
    this.post({ type: 'start', locale: this.locale });
    let texts: string[] = [];
    const gather = (i: number) => {
      const event = this.events[i];
      texts.push(event ? searchableText(event) : '');
    };
    // A slice as one string and its parts' lengths: the worker gets one copy, not 2048 strings
    // cloned one by one (slower on the page's thread, measured in Chromium).
    const flush = () => {
      const lengths = Int32Array.from(texts, (text) => text.length);
      this.post({ type: 'texts', text: texts.join(''), lengths }, [lengths.buffer]);
      texts = [];
    };
    const slices = { most: SLICE_EVENTS, after: flush };
    await inSlices(this.events.length, gather, () => this.disposed, slices);
    this.post({ type: 'end' });
    await built;
  }

  private receive(reply: SearchReply): void {
    if (reply.type === 'built') this.built();
    if (reply.type !== 'found') return;
    // An answer goes to the query of its number, and to no other, however late it comes.
    this.waiting.get(reply.seq)?.resolve(reply.indices);
    this.waiting.delete(reply.seq);
  }

  private post(message: SearchRequest, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }
}
