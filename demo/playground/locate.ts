import { ensureSyntaxTree, syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';
import type { SyntaxNode } from '@lezer/common';

/** A stretch of the editor's text. */
export interface TextRange {
  from: number;
  to: number;
}

const VALUES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);
const STEP = /^(?:\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** The keys of an issue's JSON path, as the element writes them: `events[3].start`, `x["odd key"]`. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  let rest = path;
  while (rest) {
    const step = STEP.exec(rest);
    if (!step) break;
    if (step[1] !== undefined) keys.push(step[1]);
    else if (step[2] !== undefined) keys.push(Number(step[2]));
    else keys.push(JSON.parse(step[3] as string) as string);
    rest = rest.slice(step[0].length);
  }
  return keys;
}

function childValues(node: SyntaxNode): SyntaxNode[] {
  const values: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (VALUES.has(child.name)) values.push(child);
  }
  return values;
}

/** The value of `key` in an Object node: the last child of its Property (name, colon, value). */
function propertyValue(state: EditorState, node: SyntaxNode, key: string): SyntaxNode | null {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const name = child.name === 'Property' ? child.getChild('PropertyName') : null;
    if (!name) continue;
    let text: unknown;
    try {
      text = JSON.parse(state.sliceDoc(name.from, name.to));
    } catch {
      continue;
    }
    const value = child.lastChild;
    if (text === key && value && VALUES.has(value.name)) return value;
  }
  return null;
}

/**
 * Where the value at a JSON path is in the editor's text, found in CodeMirror's JSON syntax tree.
 * A path that goes further than the text (a missing field) gives the deepest value it reaches, so
 * `events[2].id` of an event without an id selects that event. Null when the text has no value.
 */
export function locateJsonPath(state: EditorState, path: string): TextRange | null {
  const tree = ensureSyntaxTree(state, state.doc.length, 1000) ?? syntaxTree(state);
  const top = childValues(tree.topNode)[0];
  if (!top) return null;
  let node: SyntaxNode = top;
  for (const key of pathKeys(path)) {
    const next: SyntaxNode | null =
      typeof key === 'number'
        ? node.name === 'Array'
          ? (childValues(node)[key] ?? null)
          : null
        : node.name === 'Object'
          ? propertyValue(state, node, key)
          : null;
    if (!next) break;
    node = next;
  }
  return { from: node.from, to: node.to };
}

/** Where the first syntax error in the text is, as CodeMirror's JSON parser sees it, or -1. */
export function firstSyntaxError(state: EditorState): number {
  const tree = ensureSyntaxTree(state, state.doc.length, 1000) ?? syntaxTree(state);
  let offset = -1;
  tree.iterate({
    enter(node) {
      if (offset >= 0) return false;
      if (node.type.isError) offset = node.from;
      return undefined;
    },
  });
  return offset;
}

/** The offset where each record of CSV text starts: newlines inside quoted fields do not count. */
export function csvRecordStarts(text: string): number[] {
  const starts = [0];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted && i + 1 < text.length) starts.push(i + 1);
  }
  return starts;
}

/**
 * Where a CSV issue's row is in the text: `row 14, start` is the 14th record, the header being
 * row 1, as the element numbers them. The line break is left out. Null for a path of no row.
 */
export function locateCsvRow(text: string, path: string): TextRange | null {
  const row = /^row (\d+)\b/.exec(path);
  if (!row) return null;
  const starts = csvRecordStarts(text);
  const from = starts[Number(row[1]) - 1];
  if (from === undefined) return null;
  const next = starts[Number(row[1])] ?? text.length;
  const to = text.slice(from, next).replace(/\r?\n$/, '').length + from;
  return { from, to };
}
