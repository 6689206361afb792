import { pathOf } from './json-path.js';
import type { NativeInput } from './native.js';
import type { EventPlace } from './parse-event.js';

/**
 * The events to read, and where each is in the input: the native `events` list as it is (`raws`,
 * at `events[i]`), or an adapter's list with the paths it gives (`adapted`, whose raws they are).
 * A path is written out only for an issue, from the event's index: reading holds no path, closure
 * or wrapper per event.
 */
export class EventList {
  constructor(
    readonly raws: unknown[],
    readonly adapted: NativeInput['events'] | null = null,
  ) {}

  /** The input event at `index`, as parseEvent reads it. */
  raw(index: number): unknown {
    return this.adapted ? this.adapted[index]?.raw : this.raws[index];
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
