import { formatIsoDate, MAX_TIME, parseIsoDate } from './dates.js';
import { describeType, quoteValue } from './describe-value.js';
import { isRecord } from './is-record.js';
import type { IssueLog } from './issue-log.js';
import { pathOf } from './json-path.js';
import type { NativeInput } from './native.js';
import { htmlToText } from './text.js';
import { DAY_MS, MINUTE_MS } from './units.js';

const FIELD_PATHS: Record<string, string> = { title: 'content', category: 'group' };

/**
 * Brings an array of vis-timeline items to the native shape: `content` (HTML) becomes the plain
 * text title, `group` the category, background items become eras. Dates may be ISO strings,
 * milliseconds since 1970 or Date objects.
 */
export function adaptVisItems(items: unknown[], log: IssueLog): NativeInput {
  const eras: NativeInput['eras'] = [];
  const events = items.flatMap((raw, i): NativeInput['events'] => {
    const path = pathOf('', i);
    const at = (field: string) => pathOf(path, FIELD_PATHS[field] ?? field);
    if (!isRecord(raw)) return [{ raw, path, at }];
    const start = toIsoDate(raw.start, at('start'), log, true);
    let end = raw.end == null ? undefined : toIsoDate(raw.end, at('end'), log, false);
    if (start === null || end === null) return [{ raw: null, path, skip: true }];
    if (raw.type === 'range' && end === undefined) {
      log.warn(at('type'), 'a range item needs an end; it is shown as a point');
    }
    if (raw.type === 'point' || raw.type === 'box') end = undefined;
    const content = typeof raw.content === 'string' ? htmlToText(raw.content) : '';
    const title = content || (typeof raw.title === 'string' ? htmlToText(raw.title) : '');
    if (raw.type === 'background') {
      eras.push({ raw: { title, start, end }, path });
      return [];
    }
    return [
      {
        raw: {
          id: raw.id,
          title,
          start,
          end,
          category: raw.group,
        },
        path,
        at,
      },
    ];
  });
  return { title: '', description: '', categories: undefined, events, eras };
}

/** Milliseconds and Date objects carry no precision: midnight reads as a day, else to the second. */
function toIsoDate(value: unknown, path: string, log: IssueLog, required: boolean): string | null {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : null;
  if (ms !== null) {
    if (Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME) {
      return formatIsoDate(
        ms,
        ms % DAY_MS === 0 ? 'day' : ms % MINUTE_MS === 0 ? 'minute' : 'second',
      );
    }
    log.add(path, `${quoteValue(value)} is not a time in milliseconds that a date can hold`);
    return null;
  }
  if (typeof value === 'string') {
    const parsed = parseIsoDate(value);
    if (!('error' in parsed)) return value;
    log.add(path, parsed.error);
    return null;
  }
  if (required || value != null) {
    log.add(
      path,
      value == null
        ? 'every item needs a start'
        : `a date must be text, milliseconds or a Date, not ${describeType(value)}`,
    );
  }
  return null;
}
