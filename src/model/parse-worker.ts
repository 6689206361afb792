// The parse worker: the page posts a large body's bytes as they arrive; this decodes them, reads
// the JSON (or CSV/TSV) and parses it with every adapter, off the page's thread, and posts the result back in
// slices (parse-messages.ts). One worker serves one body; the page terminates it after.
import { parseCsv } from './adapt-csv.js';
import { parseJsonText } from './json-text.js';
import type { PageMessage, WorkerMessage } from './parse-messages.js';
import { resultMessages } from './parse-messages.js';
import { parseTimeline } from './parse-timeline.js';
import type { ParseResult } from './types.js';

const decoder = new TextDecoder();
const parts: string[] = [];

function post(message: WorkerMessage, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

self.onmessage = async ({ data }: MessageEvent<PageMessage>) => {
  if (data.type === 'chunk') {
    parts.push(decoder.decode(data.bytes, { stream: true }));
    return;
  }
  parts.push(decoder.decode());
  const text = parts.join('');
  parts.length = 0;
  if (data.format === 'csv') {
    postResult(parseCsv(text));
    return;
  }
  const read = await parseJsonText(text, 'src', data.what);
  if ('issue' in read) {
    post({ type: 'failed', issue: read.issue });
    return;
  }
  postResult(parseTimeline(read.json));
};

function postResult(result: ParseResult): void {
  for (const { message, transfer } of resultMessages(result)) post(message, transfer);
}

post({ type: 'ready' });
