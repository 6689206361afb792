import { formatIsoYear, type ParsedDate, parseIsoDate } from './dates.js';
import { describeType, quoteValue } from './describe-value.js';
import { isRecord } from './is-record.js';
import type { IssueLog } from './issue-log.js';
import { pathOf } from './json-path.js';
import { readMedia } from './media.js';
import { readText } from './read-text.js';
import { cleanText } from './text.js';
import {
  CERTAINTIES,
  type Certainty,
  type Quote,
  type Source,
  type TimelineEvent,
} from './types.js';
import { safeUrl } from './urls.js';

/** Where an event is in the input: its own path, and its fields' (written only for an issue). */
export interface EventPlace {
  path: () => string;
  at: FieldPaths;
}

/** Where parseEvent writes the span of the event it returns, for the caller to copy. */
export interface EventTimes {
  /** Where its first period begins, in ms since 1970 UTC. */
  startMs: number;
  /** Where a range's last period ends; `startMs` again for a point, Infinity while ongoing. */
  endMs: number;
}

/** Where a native field came from in the input, for adapters whose fields have other names. */
export type FieldPaths = (field: string) => string;

// The readers of an event's fields take its FieldPaths and the field's name, not the path: a
// path is only written out when there is an issue to report, and no closure is made per field.

const FIELDS = new Set([
  'id',
  'title',
  'start',
  'end',
  'ongoing',
  'approximate',
  'certainty',
  'category',
  'summary',
  'description',
  'quote',
  'sources',
  'importance',
  'media',
  'precision',
  'endPrecision',
]);

/** An event's title: text, or a number written as text; an error when there is none. */
function readTitle(value: unknown, at: FieldPaths, log: IssueLog): string {
  const title =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? cleanText(value) : '';
  if (!title) {
    log.add(
      at('title'),
      value == null || typeof value === 'string'
        ? 'every event needs a title'
        : `a title must be text, not ${describeType(value)}`,
    );
  }
  return title;
}

/**
 * Reads one event of the native format, at `place` in the input, and writes its span to `times`.
 * Problems go to `log` with their paths; returns null when the event cannot be shown (no title,
 * no valid start, an end before its start). Its id may be one another event has: the caller
 * makes ids unique.
 */
export function parseEvent(
  raw: unknown,
  place: EventPlace,
  log: IssueLog,
  times: EventTimes,
): TimelineEvent | null {
  const { at } = place;
  if (!isRecord(raw)) {
    log.add(
      place.path(),
      `an event must be an object with at least a title and a start, not ${describeType(raw)}`,
    );
    return null;
  }
  const errorsBefore = log.errors;
  warnUnknownFields(raw, at, log);
  const title = readTitle(raw.title, at, log);
  const start = readDate(raw.start, at, 'start', log);
  const end = raw.end == null || raw.end === '' ? null : readDate(raw.end, at, 'end', log);
  if (start && end && end.endMs <= start.ms) {
    log.add(
      at('end'),
      `the end ${quoteValue(raw.end)} is before the start ${quoteValue(raw.start)}`,
    );
  }
  let ongoing = readBoolean(raw.ongoing, at, 'ongoing', log);
  if (ongoing && end) {
    log.warn(at('ongoing'), 'an event with an end is not ongoing; the end is kept');
    ongoing = false;
  }
  if (log.errors > errorsBefore || !start) return null;

  const event: TimelineEvent = {
    id: readTextField(raw.id, at, 'id', log),
    title,
    start: start.iso,
    end: end ? end.iso : null,
    precision: start.precision,
    endPrecision: end ? end.precision : null,
    ongoing,
    approximate: readBoolean(raw.approximate, at, 'approximate', log),
    certainty: readCertainty(raw.certainty, at, 'certainty', log),
    category: readTextField(raw.category, at, 'category', log),
    summary: readTextField(raw.summary, at, 'summary', log),
    description: readTextField(raw.description, at, 'description', log),
    quote: readQuote(raw.quote, at, log),
    sources: readSources(raw.sources, at, log),
    media: raw.media == null ? null : readMedia(raw.media, at('media'), log),
    importance: readImportance(raw.importance, at, log),
  };
  times.startMs = start.ms;
  times.endMs = end ? end.endMs : ongoing ? Number.POSITIVE_INFINITY : start.ms;
  return event;
}

function warnUnknownFields(raw: Record<string, unknown>, at: FieldPaths, log: IssueLog) {
  for (const key of Object.keys(raw)) {
    if (FIELDS.has(key)) continue;
    const near = [...FIELDS].find(
      (field) => editDistance(key.toLowerCase(), field.toLowerCase()) <= 2,
    );
    if (near) log.warn(at(key), `'${key}' is not a field of an event; did you mean '${near}'?`);
  }
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** readText of an event's field. */
function readTextField(value: unknown, at: FieldPaths, field: string, log: IssueLog): string {
  if (value == null) return '';
  return typeof value === 'string' ? cleanText(value) : readText(value, at(field), log);
}

function readDate(
  value: unknown,
  at: FieldPaths,
  field: 'start' | 'end',
  log: IssueLog,
): ParsedDate | null {
  if (value == null || value === '') {
    if (field === 'start') {
      log.add(at(field), 'every event needs a start date, such as "2015-09-30"');
    }
    return null;
  }
  if (typeof value === 'number' && Number.isInteger(value)) {
    const parsed = parseIsoDate(formatIsoYear(value));
    if ('error' in parsed) {
      log.add(at(field), `${value} ${parsed.reason}`);
      return null;
    }
    log.warn(
      at(field),
      `${value} is a number; it is read as the year ${parsed.iso} (write dates as text)`,
    );
    return parsed;
  }
  if (typeof value !== 'string') {
    log.add(at(field), `a date must be text such as "2015-09-30", not ${describeType(value)}`);
    return null;
  }
  const parsed = parseIsoDate(value);
  if ('error' in parsed) {
    log.add(at(field), parsed.error);
    return null;
  }
  if (parsed.warning) log.warn(at(field), parsed.warning);
  return parsed;
}

function readBoolean(value: unknown, at: FieldPaths, field: string, log: IssueLog): boolean {
  if (value == null || typeof value === 'boolean') return value === true;
  log.warn(at(field), `should be true or false, not ${quoteValue(value)}; false is used`);
  return false;
}

function readCertainty(value: unknown, at: FieldPaths, field: string, log: IssueLog): Certainty {
  if (value == null || value === '') return 'confirmed';
  if (CERTAINTIES.includes(value as Certainty)) return value as Certainty;
  log.warn(
    at(field),
    `${quoteValue(value)} is not a certainty; use ${CERTAINTIES.join(', ')} (confirmed is used)`,
  );
  return 'confirmed';
}

function readImportance(value: unknown, at: FieldPaths, log: IssueLog): 1 | 2 | 3 {
  if (value == null) return 2;
  if (value === 1 || value === 2 || value === 3) return value;
  log.warn(
    at('importance'),
    `${quoteValue(value)} is not an importance; use 1, 2 or 3 (2 is used)`,
  );
  return 2;
}

function readQuote(value: unknown, at: FieldPaths, log: IssueLog): Quote | null {
  if (value == null || value === '') return null;
  const path = at('quote');
  if (typeof value === 'string' && cleanText(value)) return { text: cleanText(value), by: '' };
  if (isRecord(value)) {
    const text = readText(value.text, pathOf(path, 'text'), log);
    const by = readText(value.by, pathOf(path, 'by'), log);
    if (text) return { text, by };
  }
  log.warn(path, 'a quote needs its text, as { "text": "…", "by": "…" }; it is left out');
  return null;
}

function readSources(value: unknown, at: FieldPaths, log: IssueLog): Source[] {
  if (value == null) return [];
  const path = at('sources');
  const list = Array.isArray(value) ? value : [value];
  const sources: Source[] = [];
  list.forEach((item, i) => {
    const itemPath = Array.isArray(value) ? pathOf(path, i) : path;
    const source = readSource(item, itemPath, log);
    if (source) sources.push(source);
  });
  return sources;
}

function readSource(item: unknown, path: string, log: IssueLog): Source | null {
  const record = typeof item === 'string' ? { url: item } : item;
  if (!isRecord(record)) {
    log.warn(
      path,
      `a source should be an object with a title and a url, not ${describeType(item)}; it is left out`,
    );
    return null;
  }
  let url: string | null = null;
  const rawUrl = readText(record.url, pathOf(path, 'url'), log);
  if (rawUrl) {
    url = safeUrl(rawUrl);
    if (!url) {
      log.warn(
        pathOf(path, 'url'),
        `${quoteValue(record.url)} is not an http, https or mailto link; the link is left out`,
      );
    }
  }
  const title = readText(record.title, pathOf(path, 'title'), log) || (url ?? '');
  if (!title) {
    log.warn(path, 'a source needs a title or a url; it is left out');
    return null;
  }
  const rawDate = readText(record.date, pathOf(path, 'date'), log);
  let date: string | null = null;
  if (rawDate) {
    const parsed = parseIsoDate(rawDate);
    if ('error' in parsed) {
      log.warn(
        pathOf(path, 'date'),
        `${quoteValue(record.date)} ${parsed.reason}; the date is left out`,
      );
    } else date = parsed.iso;
  }
  return {
    title,
    url,
    publisher: readText(record.publisher, pathOf(path, 'publisher'), log),
    date,
  };
}
