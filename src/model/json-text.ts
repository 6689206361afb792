import type { Issue } from './types.js';

export type JsonResult = { json: unknown } | { issue: Issue };

/**
 * JSON.parse, with a message that gives the line and column of the first error. The checker
 * that finds that place loads only when some JSON is bad.
 */
export async function parseJsonText(text: string, path: string, what: string): Promise<JsonResult> {
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    const { jsonErrorOffset } = await import('./json-error.js');
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
    return {
      issue: { path, message: `${what} is not valid JSON${where}: ${reason}`, severity: 'error' },
    };
  }
}
