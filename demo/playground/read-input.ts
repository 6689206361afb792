/** What the editor's text gives the timeline. */
export type EditorInput =
  | { kind: 'json'; data: unknown }
  /** Text that is JSON to the eye ({ or [ first) but does not parse: the last good data stays. */
  | { kind: 'broken-json'; error: string }
  /** Anything else (CSV, TSV) goes to the element as a string, which reads it. */
  | { kind: 'text'; data: string }
  | { kind: 'empty' };

/** Reads the editor's text: JSON becomes the object it holds, other text stays a string. */
export function readInput(text: string): EditorInput {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty' };
  if (!/^[[{]/.test(trimmed)) return { kind: 'text', data: text };
  try {
    return { kind: 'json', data: JSON.parse(text) };
  } catch (error) {
    return { kind: 'broken-json', error: (error as Error).message };
  }
}
