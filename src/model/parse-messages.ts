import { type PackedEvents, packEvents, unpackEvents } from './event-columns.js';
import type { Issue, ParseResult, TimelineEvent, TimelineModel } from './types.js';

/**
 * Events or issues per message from the parse worker. The page's thread reads each message in a
 * task of its own: 250 events take it a millisecond or two, far from a 50 ms long task even on a
 * busy machine.
 */
export const SLICE = 250;

/** The model without its events, which come apart in slices. */
export type ModelFrame = Omit<TimelineModel, 'events'>;

/**
 * What the page sends the parse worker: the body's bytes as they come, then its end, with the
 * source as issues name it (`'data/big.json'`) and whether it is JSON or CSV/TSV.
 */
export type PageMessage =
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'end'; what: string; format: 'json' | 'csv' };

/** What the parse worker sends: that it runs, then the result in order, or why there is none. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'events'; events: PackedEvents }
  | { type: 'issues'; issues: Issue[] }
  | { type: 'model'; model: ModelFrame }
  | { type: 'failed'; issue: Issue };

/** A message and the buffers it hands over (moved, not copied). */
export interface Posting {
  message: WorkerMessage;
  transfer: ArrayBuffer[];
}

/**
 * A parse result as messages: its events (packed) and issues in slices of `slice`, then the rest
 * of the model. Typed arrays are transferred.
 */
export function resultMessages({ model, issues }: ParseResult, slice = SLICE): Posting[] {
  const postings: Posting[] = [];
  const { events, ...frame } = model;
  for (let i = 0; i < events.length; i += slice) {
    const packed = packEvents(events.slice(i, i + slice));
    const transfer = [packed.ends.buffer, packed.codes.buffer] as ArrayBuffer[];
    postings.push({ message: { type: 'events', events: packed }, transfer });
  }
  for (let i = 0; i < issues.length; i += slice) {
    postings.push({
      message: { type: 'issues', issues: issues.slice(i, i + slice) },
      transfer: [],
    });
  }
  const transfer = [frame.startMs, frame.endMs, frame.reachMs].map((a) => a.buffer as ArrayBuffer);
  postings.push({ message: { type: 'model', model: frame }, transfer });
  return postings;
}

/**
 * Puts a parse result back together from resultMessages, as they come: events are frozen, as
 * parseInput leaves them, and indexed by id on the way, so no step goes over all of them at once.
 */
export class ResultAssembler {
  private readonly events: TimelineEvent[] = [];
  private readonly issues: Issue[] = [];
  /** The index of each event's id. */
  readonly ids = new Map<string, number>();

  /** Takes the next message; gives the whole result once its last message is in. */
  add(message: WorkerMessage): ParseResult | null {
    if (message.type === 'events') {
      for (const event of unpackEvents(message.events)) {
        this.ids.set(event.id, this.events.length);
        this.events.push(Object.freeze(event));
      }
    } else if (message.type === 'issues') {
      for (const issue of message.issues) this.issues.push(issue);
    } else if (message.type === 'model') {
      return { model: { ...message.model, events: this.events }, issues: this.issues };
    }
    return null;
  }
}
