// The parse worker: the page posts a large body's bytes as they arrive; this decodes them, reads
// the JSON and parses it with every adapter, off the page's thread, and posts the result back in
// slices (parse-messages.ts). One worker serves one body; the page terminates it after.
import { parseJsonText } from './json-text.js';
import type { PageMessage, WorkerMessage } from './parse-messages.js';
import { resultMessages } from './parse-messages.js';
import { parseTimeline } from './parse-timeline.js';

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
  const read = await parseJsonText(parts.join(''), 'src', data.what);
  parts.length = 0;
  if ('issue' in read) {
    post({ type: 'failed', issue: read.issue });
    return;
  }
  for (const { message, transfer } of resultMessages(parseTimeline(read.json))) {
    post(message, transfer);
  }
};

post({ type: 'ready' });
