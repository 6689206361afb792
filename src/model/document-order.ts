import { isRecord } from './is-record.js';
import type { Issue } from './types.js';

// A step of a path: `.key` or `key` at the start, `[3]`, or `["odd key"]` (see pathOf).
const STEP = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;

/**
 * Where a path is in the document, as one number per step: a list item's index, or an object
 * key's place among the keys that object lists (a key it lacks comes after those it has).
 */
function positionOf(path: string, data: unknown): number[] {
  const position: number[] = [];
  let node = data;
  for (const [, name, index, quoted] of path.matchAll(STEP)) {
    if (index !== undefined) {
      position.push(Number(index));
      node = Array.isArray(node) ? node[Number(index)] : undefined;
      continue;
    }
    const key = name ?? (JSON.parse(quoted as string) as string);
    const keys = isRecord(node) ? Object.keys(node) : [];
    const at = keys.indexOf(key);
    position.push(at < 0 ? keys.length : at);
    node = isRecord(node) ? node[key] : undefined;
  }
  return position;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  }
  return a.length - b.length;
}

/**
 * Issues in the order of the document they are about, as a reader goes through it: `events[2]`
 * before `events[10]`, an event's fields in the order the event lists them, a value before what
 * is inside it. Issues about one value keep the order they were found in.
 */
export function inDocumentOrder(issues: Issue[], data: unknown): Issue[] {
  return issues
    .map((issue) => ({ issue, position: positionOf(issue.path, data) }))
    .sort((a, b) => compare(a.position, b.position))
    .map(({ issue }) => issue);
}
