import { CSV_TYPES, isCsvUrl } from '../../model/csv-input.js';
import { type JsonResult, parseJsonText } from '../../model/json-text.js';
import type { Issue } from '../../model/types.js';
import type { ParseSink, WorkerResult } from './parse-client.js';

export { type JsonResult, parseJsonText };

export const MAX_BYTES = 20 * 1024 * 1024;
/** From this size on a body is parsed in a worker; below it, starting one costs more than it saves. */
export const WORKER_BYTES = 1024 * 1024;

/** JSON or CSV text for the page to parse, or a result the parse worker made of it, or the issue. */
export type FetchResult = JsonResult | { csv: string } | WorkerResult;

/** What a body is read as: JSON, or a spreadsheet's CSV or TSV. */
export type BodyFormat = 'json' | 'csv';

/** Types a server may give a .csv file: spreadsheets' own (Excel's), or none in particular. */
const CSV_FILE_TYPES = /csv|tab-separated|text\/plain|octet-stream|ms-excel/i;

/** CSV by the URL's extension or the response's type, else JSON; null for a type that is neither. */
function bodyFormat(url: string, type: string): BodyFormat | null {
  if (CSV_TYPES.test(type)) return 'csv';
  if (isCsvUrl(url)) return !type || CSV_FILE_TYPES.test(type) ? 'csv' : null;
  return !type || /json|text\/plain/i.test(type) ? 'json' : null;
}

function failure(path: string, message: string): { issue: Issue } {
  return { issue: { path, message, severity: 'error' } };
}

/**
 * Fetches a URL and reads it as JSON (or as CSV/TSV, by its extension or content type), refusing bodies over MAX_BYTES without reading them all.
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
      headers: {
        Accept: isCsvUrl(url) ? 'text/csv, text/tab-separated-values' : 'application/json',
      },
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
  const format = bodyFormat(url, type);
  if (!format) {
    response.body?.cancel().catch(() => {});
    return failure('src', `${what} is served as ${type.split(';')[0]}, not JSON or CSV`);
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
  return (await readBody(response, format, maxBytes, length, signal, what)) ?? tooLarge;
}

/**
 * Reads the body as it comes. Its bytes are held until it ends or they reach WORKER_BYTES (or the
 * declared `length` does); from then on they go to a parse worker. Null once it passes maxBytes.
 */
async function readBody(
  response: Response,
  format: BodyFormat,
  maxBytes: number,
  length: number,
  signal: AbortSignal,
  what: string,
): Promise<FetchResult | null> {
  if (!response.body) return readText(await response.text(), format, what);
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
  if (sink) return sink.close(what, format);
  const decoder = new TextDecoder();
  const text = held.map((chunk) => decoder.decode(chunk, { stream: true })).join('');
  return readText(text + decoder.decode(), format, what);
}

/** A whole body: CSV is parsed where its reader is (loaded by the caller), JSON here. */
function readText(text: string, format: BodyFormat, what: string): Promise<FetchResult> {
  return format === 'csv' ? Promise.resolve({ csv: text }) : parseJsonText(text, 'src', what);
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
