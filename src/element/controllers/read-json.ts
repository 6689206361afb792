import { type JsonResult, parseJsonText } from '../../model/json-text.js';
import type { Issue } from '../../model/types.js';
import type { ParseSink, WorkerResult } from './parse-client.js';

export { type JsonResult, parseJsonText };

export const MAX_BYTES = 20 * 1024 * 1024;
/** From this size on a body is parsed in a worker; below it, starting one costs more than it saves. */
export const WORKER_BYTES = 1024 * 1024;

/** JSON for the page to parse, or a result the parse worker made of it, or the issue. */
export type FetchResult = JsonResult | WorkerResult;

function failure(path: string, message: string): { issue: Issue } {
  return { issue: { path, message, severity: 'error' } };
}

/**
 * Fetches a URL and reads it as JSON, refusing bodies over MAX_BYTES without reading them all.
 * A body of WORKER_BYTES or more is parsed in a worker where one can start. Every failure becomes
 * an issue naming the URL and the cause; an abort rejects with AbortError.
 */
export async function fetchJson(
  url: string,
  signal: AbortSignal,
  maxBytes = MAX_BYTES,
): Promise<FetchResult> {
  const what = `'${url}'`;
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    if (signal.aborted) throw error;
    return failure(
      'src',
      `${what} could not be loaded: ${(error as Error).message || 'the network request failed'}`,
    );
  }
  if (!response.ok) {
    response.body?.cancel().catch(() => {});
    return failure(
      'src',
      `${what} could not be loaded: the server answered ${response.status} ${response.statusText}`.trim(),
    );
  }
  const type = response.headers.get('content-type') ?? '';
  if (type && !/json|text\/plain/i.test(type)) {
    response.body?.cancel().catch(() => {});
    return failure('src', `${what} is served as ${type.split(';')[0]}, not JSON`);
  }
  const tooLarge = failure(
    'src',
    `${what} is larger than ${maxBytes / 1024 / 1024} MB, the most a timeline reads`,
  );
  const length = Number(response.headers.get('content-length'));
  if (length > maxBytes) {
    response.body?.cancel().catch(() => {});
    return tooLarge;
  }
  return (await readBody(response, maxBytes, length, signal, what)) ?? tooLarge;
}

/**
 * Reads the body as it comes. Its bytes are held until it ends or they reach WORKER_BYTES (or the
 * declared `length` does); from then on they go to a parse worker. Null once it passes maxBytes.
 */
async function readBody(
  response: Response,
  maxBytes: number,
  length: number,
  signal: AbortSignal,
  what: string,
): Promise<FetchResult | null> {
  if (!response.body) return parseJsonText(await response.text(), 'src', what);
  const reader = response.body.getReader();
  const held: Uint8Array[] = [];
  let bytes = 0;
  let sink: ParseSink | null | undefined;
  for (;;) {
    if (sink === undefined && Math.max(bytes, length) >= WORKER_BYTES) {
      sink = await openWorker(held, signal);
    }
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      sink?.cancel();
      await reader.cancel();
      return null;
    }
    if (sink) sink.write(value);
    else held.push(value);
  }
  if (sink) return sink.close(what);
  const decoder = new TextDecoder();
  const text = held.map((chunk) => decoder.decode(chunk, { stream: true })).join('');
  return parseJsonText(text + decoder.decode(), 'src', what);
}

/** A parse worker, from a chunk loaded on first use; null where none starts. */
async function openWorker(held: Uint8Array[], signal: AbortSignal): Promise<ParseSink | null> {
  try {
    const { openParseWorker } = await import('./parse-client.js');
    return await openParseWorker(held, signal);
  } catch {
    return null;
  }
}
