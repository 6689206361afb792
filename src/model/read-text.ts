import { describeType } from './describe-value.js';
import type { IssueLog } from './issue-log.js';
import { cleanText } from './text.js';

/** Text fields: strings as they are, numbers written out, anything else refused with a warning. */
export function readText(value: unknown, path: string, log: IssueLog): string {
  if (value == null) return '';
  if (typeof value === 'string') return cleanText(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  log.warn(path, `should be text, not ${describeType(value)}; it is left out`);
  return '';
}
