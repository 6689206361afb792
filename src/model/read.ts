import type { Issue, Severity } from './types.js';

/** The JSON path of `key` inside `path`: `events[3].start`, `[2].content`, `x["odd key"]`. */
export function pathOf(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  return name === key ? (path ? `${path}.${key}` : key) : `${path}[${name}]`;
}

/**
 * A value shown inside a message as the input gave it, on one line and shortened: text in quotes
 * ('2024-13-45'), a number or a boolean as it is (20200311), a list or an object as its JSON.
 */
export function quoteValue(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'function' || typeof value === 'symbol'
        ? describeType(value)
        : value instanceof Date
          ? String(Number.isNaN(+value) ? value : value.toISOString())
          : typeof value === 'object' && value
            ? JSON.stringify(value)
            : String(value);
  } catch {
    // Cycles and BigInts inside an object have no JSON: say what it is instead.
    text = describeType(value);
  }
  const line = text.replace(/\s+/g, ' ');
  const short = line.length > 60 ? `${line.slice(0, 57)}…` : line;
  return typeof value === 'string' ? `'${short}'` : short;
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects issues for one input and counts its errors, so a caller can tell if a part failed. */
export class IssueLog {
  readonly issues: Issue[] = [];
  errors = 0;

  add(path: string, message: string, severity: Severity = 'error'): void {
    this.issues.push({ path, message, severity });
    if (severity === 'error') this.errors++;
  }

  warn(path: string, message: string): void {
    this.add(path, message, 'warning');
  }
}
