import type { Issue } from '../../model/types.js';

export const MAX_BYTES = 20 * 1024 * 1024;

export type JsonResult = { json: unknown } | { issue: Issue };

function failure(path: string, message: string): { issue: Issue } {
  return { issue: { path, message, severity: 'error' } };
}

/**
 * JSON.parse, with a message that gives the line and column of the first error. The checker
 * that finds that place loads only when some JSON is bad.
 */
export async function parseJsonText(text: string, path: string, what: string): Promise<JsonResult> {
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    const { jsonErrorOffset } = await import('../../model/json-error.js');
    const offset = jsonErrorOffset(text);
    let where = '';
    if (offset >= 0) {
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      where = ` at line ${line}, column ${offset - before.lastIndexOf('\n')}`;
    }
    const found =
      offset >= text.length
        ? 'the text ends too soon'
        : `unexpected ${JSON.stringify(text.slice(offset, offset + 12))}`;
    const reason = offset >= 0 ? found : (error as Error).message;
    return failure(path, `${what} is not valid JSON${where}: ${reason}`);
  }
}

/**
 * Fetches a URL and reads it as JSON, refusing bodies over MAX_BYTES without reading them all.
 * Every failure becomes an issue naming the URL and the cause; an abort rejects with AbortError.
 */
export async function fetchJson(
  url: string,
  signal: AbortSignal,
  maxBytes = MAX_BYTES,
): Promise<JsonResult> {
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
  if (Number(response.headers.get('content-length')) > maxBytes) {
    response.body?.cancel().catch(() => {});
    return tooLarge;
  }
  const text = await readText(response, maxBytes);
  return text === null ? tooLarge : parseJsonText(text, 'src', what);
}

async function readText(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}
