// The page's side of the parse worker (src/model/parse-worker.ts), loaded with the first body of
// WORKER_BYTES or more: it starts the worker, hands it the body's bytes as they come, and puts the
// result back together in slices. Where no worker can start, read-json parses on this thread.
import type { JsonResult } from '../../model/json-text.js';
import {
  type PageMessage,
  ResultAssembler,
  type WorkerMessage,
} from '../../model/parse-messages.js';
import type { ParseResult } from '../../model/types.js';
import { TrustedWorker as Worker } from './trusted-worker.js';

/** A result parsed in the worker, with the index of each event's id, made on the way. */
export interface WorkerResult {
  parsed: ParseResult;
  ids: Map<string, number>;
}

/** A started worker that takes a body's bytes; abort terminates it. */
export interface ParseSink {
  /** Hands over the next bytes of the body (they are moved to the worker, not copied). */
  write(bytes: Uint8Array): void;
  /** The body is all there: resolves with the result, or with why there is none. */
  close(what: string, format: 'json' | 'csv'): Promise<WorkerResult | JsonResult>;
  /** Stops the worker (as aborting the signal does, which also rejects close()). */
  cancel(): void;
}

function createParseWorker(): globalThis.Worker {
  return new Worker(new URL('../../model/parse-worker.js', import.meta.url), { type: 'module' });
}

/**
 * How workers are made, and whether one failed to start on this page (then none is tried again, so
 * a CSP that forbids them reports it once). Tests replace `create` to see the fallback.
 */
export const parseWorker = { create: createParseWorker, failed: false };

/**
 * Starts a parse worker and waits until it runs; then hands it the bytes in `held` (emptying it).
 * Null when no worker starts (none in this browser, a CSP or Trusted Types refusal, a missing
 * file), or when `signal` aborts first: the caller then parses on this thread as before.
 */
export async function openParseWorker(
  held: Uint8Array[],
  signal: AbortSignal,
): Promise<ParseSink | null> {
  if (parseWorker.failed || signal.aborted) return null;
  let worker: globalThis.Worker;
  try {
    worker = parseWorker.create();
  } catch {
    parseWorker.failed = true;
    return null;
  }
  const started = await new Promise<boolean>((resolve) => {
    worker.onmessage = () => resolve(true);
    worker.onerror = () => resolve(false);
    signal.addEventListener('abort', () => resolve(false), { once: true });
  });
  if (!started) {
    worker.terminate();
    if (!signal.aborted) parseWorker.failed = true;
    return null;
  }
  const sink = new WorkerSink(worker, signal);
  for (const bytes of held.splice(0)) sink.write(bytes);
  return sink;
}

class WorkerSink implements ParseSink {
  private readonly assembler = new ResultAssembler();

  constructor(
    private readonly worker: globalThis.Worker,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.cancel(), { once: true });
  }

  write(bytes: Uint8Array): void {
    // A view on part of a buffer is copied: moving the buffer would take its other views with it.
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    const own = whole ? bytes : bytes.slice();
    this.post({ type: 'chunk', bytes: own }, [own.buffer as ArrayBuffer]);
  }

  close(what: string, format: 'json' | 'csv'): Promise<WorkerResult | JsonResult> {
    const done = new Promise<WorkerResult | JsonResult>((resolve, reject) => {
      this.signal.addEventListener('abort', () => reject(this.signal.reason), { once: true });
      this.worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
        if (data.type === 'failed') return resolve({ issue: data.issue });
        const parsed = this.assembler.add(data);
        if (parsed) resolve({ parsed, ids: this.assembler.ids });
      };
      this.worker.onerror = (event) => {
        event.preventDefault();
        const reason = event.message || 'the parse worker stopped';
        resolve({
          issue: {
            path: 'src',
            message: `${what} could not be read: ${reason}`,
            severity: 'error',
          },
        });
      };
    });
    this.post({ type: 'end', what, format });
    return done.then(async (result) => {
      this.cancel();
      // The page takes the model in a task of its own: the last slice's task ends here.
      await new Promise((resolve) => setTimeout(resolve));
      return result;
    });
  }

  cancel(): void {
    this.worker.terminate();
  }

  private post(message: PageMessage, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }
}
