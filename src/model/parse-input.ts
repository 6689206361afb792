import { type Adapters, inputShape } from './adapt.js';
import { safeColor } from './colors.js';
import { parseIsoDate } from './dates.js';
import { describeType, quoteValue } from './describe-value.js';
import { inDocumentOrder } from './document-order.js';
import { EventList } from './event-list.js';
import { isRecord } from './is-record.js';
import { IssueLog } from './issue-log.js';
import { pathOf } from './json-path.js';
import { readMedia } from './media.js';
import type { NativeInput } from './native.js';
import { type ReadEvents, readEvents, startOrder } from './read-events.js';
import { readText } from './read-text.js';
import { readStory } from './story.js';
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
      const list = new EventList([]);
      return {
        model: buildModel(emptyInput(), list, readEvents(list, log), log),
        issues: log.issues,
      };
    }
  }
  const { native, list } = adaptInput(data, adapters, log);
  const read = readEvents(list, log);
  if (list.raws.length === 0 && log.errors === 0) {
    log.add(Array.isArray(data) ? '' : 'events', 'there are no events to show');
  }
  const model = buildModel(native, list, read, log);
  // Ids, categories and the timeline's own fields are checked after the events, and adapters
  // check dates before the events are read: put every issue back at its place in the data.
  return { model, issues: inDocumentOrder(log.issues, data) };
}

function emptyInput(): NativeInput {
  return { title: '', description: '', categories: undefined, events: [], eras: [] };
}

/** The input in the native shape, and its events to read (the native list is read in place). */
function adaptInput(
  data: unknown,
  adapters: Partial<Adapters>,
  log: IssueLog,
): { native: NativeInput; list: EventList } {
  const shape = inputShape(data);
  const none = { native: emptyInput(), list: new EventList([]) };
  if (shape !== 'native') {
    const native =
      shape === 'vis'
        ? adapters.vis?.(data as unknown[], log)
        : adapters.timelinejs?.(data as Record<string, unknown>, log);
    if (native) return { native, list: new EventList(native.events, native.events) };
    log.add('', `the data is ${shape} data, and no reader for it is loaded`);
    return none;
  }
  if (!isRecord(data)) {
    log.add(
      '',
      `the data must be an object with an "events" list, or a list of vis-timeline items, not ${describeType(data)}`,
    );
    return none;
  }
  const events = data.events;
  if (!Array.isArray(events)) {
    log.add(
      'events',
      events == null
        ? 'the data has no "events" list'
        : `"events" must be a list, not ${describeType(events)}`,
    );
    return none;
  }
  const eras = Array.isArray(data.eras) ? data.eras : [];
  const native: NativeInput = {
    title: data.title,
    description: data.description,
    categories: data.categories,
    events: [],
    eras: eras.map((raw, i) => ({ raw, path: pathOf('eras', i) })),
    media: data.media,
    story: data.story,
  };
  return { native, list: new EventList(events) };
}

function buildModel(
  native: NativeInput,
  list: EventList,
  read: ReadEvents,
  log: IssueLog,
): TimelineModel {
  const categories = readCategories(native.categories, log);
  const known = new Set(categories.map((c) => c.id));
  const declared = categories.length > 0;
  read.events.forEach(({ category }, k) => {
    if (!category || known.has(category)) return;
    if (declared) {
      const index = read.from[k] as number;
      const raw = list.raw(index) as Record<string, unknown>;
      log.warn(
        list.field(index, 'category'),
        `${quoteValue(raw.category)} is not one of the categories; it gets a lane of its own`,
      );
    }
    known.add(category);
    categories.push({ id: category, label: category, color: null });
  });
  const order = startOrder(read);
  const n = read.events.length;
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  const reachMs = new Float64Array(n);
  const events = new Array<TimelineEvent>(n);
  let reach = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const k = order ? (order[i] as number) : i;
    startMs[i] = read.startMs[k] as number;
    endMs[i] = read.endMs[k] as number;
    reach = Math.max(reach, endMs[i] as number);
    reachMs[i] = reach;
    events[i] = Object.freeze(read.events[k] as TimelineEvent);
  }
  const text = (value: unknown, path: string) => readText(value, path, log);
  return {
    title: text(native.title, 'title'),
    description: text(native.description, 'description'),
    categories,
    events,
    eras: readEras(native.eras, log),
    media: readMedia(native.media, 'media', log),
    story: readStory(native.story, events, log),
    startMs,
    endMs,
    reachMs,
  };
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
