import { isRecord } from './is-record.js';
import type { IssueLog } from './issue-log.js';
import type { NativeInput } from './native.js';

/** The shapes of data the timeline reads: its own, TimelineJS3 JSON, vis-timeline items. */
export type InputShape = 'native' | 'timelinejs' | 'vis';

/** What brings each shape other than the native one to the native shape. */
export interface Adapters {
  timelinejs: (data: Record<string, unknown>, log: IssueLog) => NativeInput;
  vis: (items: unknown[], log: IssueLog) => NativeInput;
}

/** A list is vis-timeline items; an object is TimelineJS3 JSON if it looks like it (isTimelineJs). */
export function inputShape(data: unknown): InputShape {
  if (Array.isArray(data)) return 'vis';
  return isRecord(data) && isTimelineJs(data) ? 'timelinejs' : 'native';
}

/** TimelineJS3 JSON: `events` whose dates are objects, or a title slide with a `text` object. */
export function isTimelineJs(data: Record<string, unknown>): boolean {
  const events = Array.isArray(data.events) ? data.events : [];
  return (
    events.some((e) => isRecord(e) && ('start_date' in e || isRecord(e.text))) ||
    (isRecord(data.title) && isRecord(data.title.text))
  );
}

/**
 * The adapters load when a timeline first gets data of their shape, as translations do: most
 * pages give native data and never carry them.
 */
const loaders: { [S in keyof Adapters]: () => Promise<Adapters[S]> } = {
  timelinejs: () => import('./adapt-timelinejs.js').then((m) => m.adaptTimelineJs),
  vis: () => import('./adapt-vis.js').then((m) => m.adaptVisItems),
};

const loaded: Partial<Adapters> = {};
const loading = new Map<keyof Adapters, Promise<void>>();

/** The adapters loaded so far, for parseInput. */
export function loadedAdapters(): Partial<Adapters> {
  return loaded;
}

/** Loads the adapter data of this shape needs; null when there is nothing to load. */
export function loadAdapter(shape: InputShape): Promise<void> | null {
  if (shape === 'native' || loaded[shape]) return null;
  let pending = loading.get(shape);
  if (!pending) {
    pending = loaders[shape]().then(
      (adapt: Adapters[typeof shape]) => {
        Object.assign(loaded, { [shape]: adapt });
      },
      (error: unknown) => {
        // A chunk that failed to arrive (offline, say) is asked for again next time.
        loading.delete(shape);
        throw error;
      },
    );
    loading.set(shape, pending);
  }
  return pending;
}
