import { type Adapters, inputShape } from './adapt.js';
import { safeColor } from './colors.js';
import { parseIsoDate } from './dates.js';
import { describeType, quoteValue } from './describe-value.js';
import { inDocumentOrder } from './document-order.js';
import { deriveId, uniqueId } from './ids.js';
import { isRecord } from './is-record.js';
import { IssueLog } from './issue-log.js';
import { pathOf } from './json-path.js';
import type { NativeInput } from './native.js';
import { type ParsedEvent, parseEvent, readText } from './parse-event.js';
import type { Category, Era, ParseResult, TimelineEvent, TimelineModel } from './types.js';

/**
 * Parses timeline data (native, or a shape one of `adapters` reads; or JSON text of one of them)
 * into a model. Never throws: every problem becomes an issue with its path, and every valid event
 * is kept. parseTimeline passes every adapter; the element passes those it has loaded.
 */
export function parseInput(input: unknown, adapters: Partial<Adapters>): ParseResult {
  const log = new IssueLog();
  let data = input;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch (error) {
      log.add('', `the data is text but not JSON: ${(error as Error).message}`);
      return { model: buildModel(emptyInput(), [], log), issues: log.issues };
    }
  }
  const native = adaptInput(data, adapters, log);
  const parsed: ParsedEvent[] = [];
  for (const { raw, path, at, skip } of native.events) {
    const event = skip ? null : parseEvent(raw, path, log, at);
    if (event) parsed.push(event);
  }
  if (native.events.length === 0 && log.errors === 0) {
    log.add(Array.isArray(data) ? '' : 'events', 'there are no events to show');
  }
  const model = buildModel(native, parsed, log);
  // Ids, categories and the timeline's own fields are checked after the events, and adapters
  // check dates before the events are read: put every issue back at its place in the data.
  return { model, issues: inDocumentOrder(log.issues, data) };
}

function emptyInput(): NativeInput {
  return { title: '', description: '', categories: undefined, events: [], eras: [] };
}

function adaptInput(data: unknown, adapters: Partial<Adapters>, log: IssueLog): NativeInput {
  const shape = inputShape(data);
  if (shape !== 'native') {
    const native =
      shape === 'vis'
        ? adapters.vis?.(data as unknown[], log)
        : adapters.timelinejs?.(data as Record<string, unknown>, log);
    if (native) return native;
    log.add('', `the data is ${shape} data, and no reader for it is loaded`);
    return emptyInput();
  }
  if (!isRecord(data)) {
    log.add(
      '',
      `the data must be an object with an "events" list, or a list of vis-timeline items, not ${describeType(data)}`,
    );
    return emptyInput();
  }
  const events = data.events;
  if (!Array.isArray(events)) {
    log.add(
      'events',
      events == null
        ? 'the data has no "events" list'
        : `"events" must be a list, not ${describeType(events)}`,
    );
    return emptyInput();
  }
  const eras = Array.isArray(data.eras) ? data.eras : [];
  return {
    title: data.title,
    description: data.description,
    categories: data.categories,
    events: events.map((raw, i) => ({ raw, path: pathOf('events', i) })),
    eras: eras.map((raw, i) => ({ raw, path: pathOf('eras', i) })),
  };
}

function buildModel(native: NativeInput, parsed: ParsedEvent[], log: IssueLog): TimelineModel {
  const categories = readCategories(native.categories, log);
  const known = new Set(categories.map((c) => c.id));
  const declared = categories.length > 0;
  assignIds(parsed, log);
  for (const { event, raw, at } of parsed) {
    if (!event.category || known.has(event.category)) continue;
    if (declared) {
      log.warn(
        at('category'),
        `${quoteValue(raw.category)} is not one of the categories; it gets a lane of its own`,
      );
    }
    known.add(event.category);
    categories.push({ id: event.category, label: event.category, color: null });
  }
  const order = startOrder(parsed);
  const n = parsed.length;
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  const reachMs = new Float64Array(n);
  const events = new Array<TimelineEvent>(n);
  let reach = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const p = parsed[order ? (order[i] as number) : i] as ParsedEvent;
    startMs[i] = p.startMs;
    endMs[i] = p.endMs;
    reach = Math.max(reach, p.endMs);
    reachMs[i] = reach;
    events[i] = Object.freeze(p.event);
  }
  const text = (value: unknown, path: string) => readText(value, path, log);
  return {
    title: text(native.title, 'title'),
    description: text(native.description, 'description'),
    categories,
    events,
    eras: readEras(native.eras, log),
    startMs,
    endMs,
    reachMs,
  };
}

/**
 * The order of the events by start, then end, then place in the input; null when they are in that
 * order already, as most data is (the check is linear, the sort is not).
 */
function startOrder(parsed: ParsedEvent[]): number[] | null {
  let sorted = true;
  for (let i = 1; i < parsed.length && sorted; i++) {
    const a = parsed[i - 1] as ParsedEvent;
    const b = parsed[i] as ParsedEvent;
    sorted = a.startMs < b.startMs || (a.startMs === b.startMs && a.endMs <= b.endMs);
  }
  if (sorted) return null;
  const starts = new Float64Array(parsed.length);
  const ends = new Float64Array(parsed.length);
  parsed.forEach((p, i) => {
    starts[i] = p.startMs;
    ends[i] = p.endMs;
  });
  // Two ongoing events' ends are both Infinity: NaN || a - b keeps them in input order.
  return Array.from(parsed, (_, i) => i).sort(
    (a, b) =>
      (starts[a] as number) - (starts[b] as number) ||
      (ends[a] as number) - (ends[b] as number) ||
      a - b,
  );
}

/** Given ids are kept (a repeated one is renamed, with a warning); others are derived. */
function assignIds(parsed: ParsedEvent[], log: IssueLog) {
  // Every given id is reserved before a repeat is renamed, so a rename never takes one.
  const reserved = new Set<string>();
  let given = 0;
  for (const p of parsed) {
    if (!p.givenId) continue;
    reserved.add(p.event.id);
    given++;
  }
  if (reserved.size < given) renameRepeats(parsed, reserved, log);
  if (given === parsed.length) return;
  for (const p of parsed) {
    if (!p.givenId) p.event.id = uniqueId(deriveId(p.event.title, p.event.start), reserved);
  }
}

/** Each given id used before keeps it; a repeat gets a unique one, with a warning. */
function renameRepeats(parsed: ParsedEvent[], reserved: Set<string>, log: IssueLog) {
  const seen = new Set<string>();
  for (const p of parsed) {
    if (!p.givenId) continue;
    if (!seen.has(p.event.id)) {
      seen.add(p.event.id);
      continue;
    }
    const id = uniqueId(p.event.id, reserved);
    seen.add(id);
    log.warn(p.at('id'), `the id ${quoteValue(p.raw.id)} is used twice; this event is '${id}'`);
    p.event.id = id;
  }
}

function readCategories(value: unknown, log: IssueLog): Category[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    log.warn(
      'categories',
      `should be a list of { "id", "label", "color" }, not ${describeType(value)}`,
    );
    return [];
  }
  const categories: Category[] = [];
  value.forEach((raw, i) => {
    const path = pathOf('categories', i);
    const record = typeof raw === 'string' ? { id: raw } : raw;
    const id = isRecord(record) ? readText(record.id, pathOf(path, 'id'), log) : '';
    if (!isRecord(record) || !id) {
      log.warn(path, 'a category needs an id; it is left out');
      return;
    }
    if (categories.some((c) => c.id === id)) {
      log.warn(
        pathOf(path, 'id'),
        `the category ${quoteValue(record.id)} is declared twice; the first is kept`,
      );
      return;
    }
    const rawColor = readText(record.color, pathOf(path, 'color'), log);
    const color = rawColor ? safeColor(rawColor) : null;
    if (rawColor && !color) {
      log.warn(
        pathOf(path, 'color'),
        `${quoteValue(record.color)} is not a CSS colour this timeline accepts (hex, rgb(), hsl() or a basic name); a palette colour is used`,
      );
    }
    categories.push({ id, label: readText(record.label, pathOf(path, 'label'), log) || id, color });
  });
  return categories;
}

function readEras(list: NativeInput['eras'], log: IssueLog): Era[] {
  const eras: Era[] = [];
  for (const { raw, path } of list) {
    if (!isRecord(raw)) continue;
    const start = typeof raw.start === 'string' ? parseIsoDate(raw.start) : null;
    const end = typeof raw.end === 'string' ? parseIsoDate(raw.end) : null;
    if (!start || !end || 'error' in start || 'error' in end || end.endMs <= start.ms) {
      log.warn(path, 'an era needs a valid start and an end after it; it is left out');
      continue;
    }
    eras.push({
      title: readText(raw.title, pathOf(path, 'title'), log),
      start: start.iso,
      end: end.iso,
      startMs: start.ms,
      endMs: end.endMs,
    });
  }
  return eras;
}
