// The search worker, for timelines of more than 100,000 events: it builds the word index from the
// events' text as the page sends it (search-messages.ts), then answers queries, so that neither
// the building nor a search at a million events takes the page's thread.
import type { SearchReply, SearchRequest } from './search-messages.js';
import { type WordIndex, WordIndexBuilder, wordsOf } from './word-index.js';

let locale: string | undefined;
let builder: WordIndexBuilder | null = new WordIndexBuilder();
let index: WordIndex | null = null;
let started = 0;

function post(message: SearchReply, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

self.onmessage = ({ data }: MessageEvent<SearchRequest>) => {
  if (data.type === 'start') {
    locale = data.locale || undefined;
    started = performance.now();
  } else if (data.type === 'texts') {
    let at = 0;
    for (const length of data.lengths) {
      builder?.add(wordsOf(data.text.slice(at, at + length), locale));
      at += length;
    }
  } else if (data.type === 'end') {
    index = builder?.build() ?? index;
    builder = null;
    post({ type: 'built', ms: performance.now() - started });
  } else {
    const indices = index?.find(wordsOf(data.query, locale)) ?? new Int32Array(0);
    post({ type: 'found', seq: data.seq, indices }, [indices.buffer]);
  }
};

post({ type: 'ready' });
