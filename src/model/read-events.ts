import { quoteValue } from './describe-value.js';
import type { EventList } from './event-list.js';
import { deriveId, uniqueId } from './ids.js';
import type { IssueLog } from './issue-log.js';
import { parseEvent } from './parse-event.js';
import type { TimelineEvent } from './types.js';

/**
 * The events that passed, as columns in the order they were read: no object per event but the
 * event itself, which keeps a large parse's garbage (and its collection) small.
 */
export interface ReadEvents {
  events: TimelineEvent[];
  startMs: number[];
  endMs: number[];
  /** Where each came from in the EventList, for issues found later (ids, categories). */
  from: number[];
}

/** Reads every event of `list`; then makes their ids unique (see assignIds). */
export function readEvents(list: EventList, log: IssueLog): ReadEvents {
  const read: ReadEvents = { events: [], startMs: [], endMs: [], from: [] };
  const place = list.place();
  const times = { startMs: 0, endMs: 0 };
  for (let i = 0; i < list.raws.length; i++) {
    // An adapter already said why this one cannot be read.
    if (list.adapted?.[i]?.skip) continue;
    place.index = i;
    const event = parseEvent(list.raw(i), place, log, times);
    if (!event) continue;
    read.events.push(event);
    read.startMs.push(times.startMs);
    read.endMs.push(times.endMs);
    read.from.push(i);
  }
  assignIds(read, list, log);
  return read;
}

/** Given ids are kept (a repeated one is renamed, with a warning); others are derived. */
function assignIds({ events, from }: ReadEvents, list: EventList, log: IssueLog) {
  // Every given id is reserved before a repeat is renamed, so a rename never takes one.
  const reserved = new Set<string>();
  let given = 0;
  for (const event of events) {
    if (event.id === '') continue;
    reserved.add(event.id);
    given++;
  }
  if (reserved.size < given) {
    const seen = new Set<string>();
    events.forEach((event, k) => {
      if (event.id === '') return;
      if (!seen.has(event.id)) {
        seen.add(event.id);
        return;
      }
      const id = uniqueId(event.id, reserved);
      seen.add(id);
      const index = from[k] as number;
      const raw = list.raw(index) as Record<string, unknown>;
      log.warn(
        list.field(index, 'id'),
        `the id ${quoteValue(raw.id)} is used twice; this event is '${id}'`,
      );
      event.id = id;
    });
  }
  if (given === events.length) return;
  for (const event of events) {
    if (event.id === '') event.id = uniqueId(deriveId(event.title, event.start), reserved);
  }
}

/**
 * The order of the events by start, then end, then place in the input; null when they are in that
 * order already (the check is linear, the sort is not).
 */
export function startOrder({ startMs, endMs }: ReadEvents): number[] | null {
  let sorted = true;
  for (let i = 1; i < startMs.length && sorted; i++) {
    const a = startMs[i - 1] as number;
    const b = startMs[i] as number;
    sorted = a < b || (a === b && (endMs[i - 1] as number) <= (endMs[i] as number));
  }
  if (sorted) return null;
  // Two ongoing events' ends are both Infinity: NaN || a - b keeps them in input order.
  return Array.from(startMs, (_, i) => i).sort(
    (a, b) =>
      (startMs[a] as number) - (startMs[b] as number) ||
      (endMs[a] as number) - (endMs[b] as number) ||
      a - b,
  );
}
