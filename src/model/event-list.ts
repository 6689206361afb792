import { pathOf } from './json-path.js';
import type { NativeInput } from './native.js';
import type { EventPlace } from './parse-event.js';

type Adapted = NativeInput['events'];

/**
 * The events to read, and where each is in the input: the native `events` list as it is, or an
 * adapter's list with the paths it gives. A path is written out only for an issue, from the
 * event's index: reading holds no path, closure or wrapper per event.
 */
export class EventList {
  private constructor(
    private readonly raws: unknown[],
    private readonly adapted: Adapted | null,
  ) {}

  /** The events of a native document, at `events[i]`. */
  static native(events: unknown[]): EventList {
    return new EventList(events, null);
  }

  /** The events an adapter brought to the native shape, with their paths. */
  static adapted(events: Adapted): EventList {
    return new EventList(events, events);
  }

  get length(): number {
    return this.raws.length;
  }

  /** The input event at `index`, as parseEvent reads it. */
  raw(index: number): unknown {
    return this.adapted ? this.adapted[index]?.raw : this.raws[index];
  }

  /** An adapter already said why this event cannot be read. */
  skipped(index: number): boolean {
    return this.adapted?.[index]?.skip === true;
  }

  /** The event's own path: `events[3]`, `[3]`. */
  path(index: number): string {
    return this.adapted ? (this.adapted[index]?.path ?? '') : pathOf('events', index);
  }

  /** The path of one of its fields, where an adapter may have read it under another name. */
  field(index: number, name: string): string {
    const at = this.adapted?.[index]?.at;
    return at ? at(name) : pathOf(this.path(index), name);
  }

  /** One place that names the event at `place.index`: set the index before each read. */
  place(): EventPlace & { index: number } {
    const place = {
      index: 0,
      path: () => this.path(place.index),
      at: (name: string) => this.field(place.index, name),
    };
    return place;
  }
}
