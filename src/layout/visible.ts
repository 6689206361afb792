import { bisectLeft, bisectRight } from 'd3-array';
import { PRECISIONS, type Precision, type TimelineModel } from '../model/types.js';
import { YEAR_MS } from '../model/units.js';

/**
 * Indices of the events that touch [start, end], in time order. Events are sorted by start and
 * `reachMs` is the running maximum of their ends, so both bounds are binary searches and only
 * events inside the bounds are looked at.
 */
export function visibleEvents(model: TimelineModel, start: number, end: number): number[] {
  const lo = bisectLeft(model.reachMs, start);
  const hi = bisectRight(model.startMs, end);
  const result: number[] = [];
  for (let i = lo; i < hi; i++) {
    if ((model.endMs[i] as number) >= start) result.push(i);
  }
  return result;
}

/** The first event, in time order, that touches [start, end]; -1 when none does. */
export function firstVisible(model: TimelineModel, start: number, end: number): number {
  const hi = bisectRight(model.startMs, end);
  for (let i = bisectLeft(model.reachMs, start); i < hi; i++) {
    if ((model.endMs[i] as number) >= start) return i;
  }
  return -1;
}

/** The whole extent of the data, with ongoing ranges reaching `now`. */
export function dataExtent(model: TimelineModel, now: number): { start: number; end: number } {
  // A tiled source's events at hand are a few of its own: its metadata gives the extent.
  if (model.tiled) return { start: model.tiled.start, end: model.tiled.end };
  const n = model.startMs.length;
  if (n === 0) return { start: now - YEAR_MS, end: now };
  let end = model.reachMs[n - 1] as number;
  if (!Number.isFinite(end)) {
    // A loop, not Math.max(...ends): a million arguments overflow the stack.
    end = now;
    for (const e of model.endMs) if (Number.isFinite(e) && e > end) end = e;
  }
  for (const era of model.eras) end = Math.max(end, era.endMs);
  const start = Math.min(model.startMs[0] as number, ...model.eras.map((e) => e.startMs));
  return { start, end: Math.max(end, start + 1) };
}

const finests = new WeakMap<TimelineModel, Precision>();

/** The finest precision any event's date is written with (worked out once per dataset). */
export function finestPrecision(model: TimelineModel): Precision {
  // A tiled source's dates may be as fine as minutes: the reader zooms to one day and past it.
  if (model.tiled) return 'minute';
  let known = finests.get(model);
  if (!known) {
    const rank = new Map(PRECISIONS.map((p, i) => [p, i]));
    let finest = 0;
    for (const e of model.events) {
      const r = rank.get(e.precision) ?? 0;
      if (r > finest) finest = r;
    }
    known = PRECISIONS[finest] ?? 'year';
    finests.set(model, known);
  }
  return known;
}
