import { formatIsoYear, parseIsoDate } from './dates.js';
import { describeType, quoteValue } from './describe-value.js';
import { isRecord } from './is-record.js';
import type { IssueLog } from './issue-log.js';
import { pathOf } from './json-path.js';
import type { NativeInput } from './native.js';
import { htmlField } from './text.js';

const FIELD_PATHS: Record<string, string> = {
  id: 'unique_id',
  title: 'text.headline',
  description: 'text.text',
  start: 'start_date',
  end: 'end_date',
  category: 'group',
};

/**
 * Brings TimelineJS3 JSON to the native shape. Its HTML becomes plain text, groups become
 * categories and eras background ranges. TimelineJS writes 44 BCE as year -44; ISO 8601 counts a
 * year 0, so that is year -0043 here.
 */
export function adaptTimelineJs(data: Record<string, unknown>, log: IssueLog): NativeInput {
  const events = data.events as unknown[];
  const title = isRecord(data.title) && isRecord(data.title.text) ? data.title.text : {};
  const groups: string[] = [];
  return {
    title: htmlField(title.headline ?? ''),
    description: htmlField(title.text ?? ''),
    categories: undefined,
    events: events.map((raw, i) => {
      const path = pathOf('events', i);
      const at = (field: string) => (FIELD_PATHS[field] ?? field).split('.').reduce(pathOf, path);
      if (!isRecord(raw)) return { raw, path, at };
      const start = toIsoDate(raw.start_date, at('start'), log, true);
      const end = raw.end_date == null ? undefined : toIsoDate(raw.end_date, at('end'), log, false);
      if (start === null || end === null) return { raw: null, path, skip: true as const };
      const text = isRecord(raw.text) ? raw.text : {};
      const group = typeof raw.group === 'string' ? raw.group.trim() : '';
      if (group && !groups.includes(group)) groups.push(group);
      return {
        raw: {
          id: raw.unique_id,
          title: htmlField(text.headline ?? ''),
          description: htmlField(text.text ?? ''),
          start,
          end,
          category: group || undefined,
          media: adaptMedia(raw.media),
        },
        path,
        at,
      };
    }),
    media: isRecord(data.title) ? adaptMedia(data.title.media) : undefined,
    eras: (Array.isArray(data.eras) ? data.eras : []).map((era, i) => {
      const path = pathOf('eras', i);
      if (!isRecord(era)) return { raw: null, path };
      const text = isRecord(era.text) ? era.text : {};
      return {
        raw: {
          title: htmlField(text.headline ?? ''),
          start: toIsoDate(era.start_date, pathOf(path, 'start_date'), log, false, 'warning'),
          end: toIsoDate(era.end_date, pathOf(path, 'end_date'), log, false, 'warning'),
        },
        path,
      };
    }),
  };
}

/**
 * TimelineJS media as native media: its caption and credit are HTML, made plain text. Its
 * templates leave `{ "url": "" }` on slides without a picture: that is no media, not a problem.
 */
function adaptMedia(media: unknown): unknown {
  if (!isRecord(media)) return media;
  if (media.url == null || media.url === '') return undefined;
  const { url, alt, caption, credit, link } = media;
  return { url, alt, caption: htmlField(caption), credit: htmlField(credit), link };
}

const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;

/** A TimelineJS date object as an ISO string at the precision of its finest given part. */
function toIsoDate(
  value: unknown,
  path: string,
  log: IssueLog,
  required: boolean,
  severity: 'error' | 'warning' = 'error',
): string | null {
  if (!isRecord(value)) {
    if (required || value != null) {
      log.add(
        path,
        value == null
          ? 'every event needs a start_date with at least a year'
          : `a date must be an object such as { "year": 2015 }, not ${describeType(value)}`,
        severity,
      );
    }
    return null;
  }
  const numbers: number[] = [];
  for (const part of PARTS) {
    const raw = value[part];
    if (raw == null || raw === '') break;
    const n =
      typeof raw === 'number'
        ? raw
        : typeof raw === 'string' && /^\s*[+-]?\d+\s*$/.test(raw)
          ? Number(raw)
          : Number.NaN;
    if (!Number.isInteger(n)) {
      log.add(pathOf(path, part), `${quoteValue(raw)} is not a whole number`, severity);
      return null;
    }
    numbers.push(n);
  }
  const [year, ...rest] = numbers;
  if (year === undefined) {
    log.add(pathOf(path, 'year'), 'a date needs at least a year', severity);
    return null;
  }
  const astronomical = year < 0 ? year + 1 : year;
  const pad = (n: number) => String(n).padStart(2, '0');
  let iso = formatIsoYear(astronomical);
  rest.forEach((n, i) => {
    iso += (i === 0 || i === 1 ? '-' : i === 2 ? 'T' : ':') + pad(n);
  });
  if (rest.length >= 3) iso += 'Z';
  const parsed = parseIsoDate(iso);
  if ('error' in parsed) {
    log.add(path, `${quoteValue(value)} ${parsed.reason}`, severity);
    return null;
  }
  return iso;
}
