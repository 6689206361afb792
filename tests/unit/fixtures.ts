import { readFileSync } from 'node:fs';
import { PRECISION_MS } from '../../src/layout/precision.js';
import { fitView, type View } from '../../src/layout/view.js';
import { dataExtent, finestPrecision } from '../../src/layout/visible.js';
import { createWarp, eventBounds, findGaps, LINEAR, type Warp } from '../../src/layout/warp.js';
import { formatIsoDate, utcMs } from '../../src/model/dates.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import {
  CERTAINTIES,
  PRECISIONS,
  type Precision,
  type TimelineModel,
} from '../../src/model/types.js';

/** Milliseconds of a UTC calendar instant; months count from 1, as people write them. */
export function utc(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  return utcMs(year, month, day, hour, minute, second);
}

/** An event of the native format, as a data author writes it. */
export interface NativeEvent {
  id?: unknown;
  title?: unknown;
  start?: unknown;
  end?: unknown;
  ongoing?: unknown;
  approximate?: unknown;
  certainty?: unknown;
  category?: unknown;
  summary?: unknown;
  description?: unknown;
  quote?: unknown;
  sources?: unknown;
  importance?: unknown;
  [field: string]: unknown;
}

export interface NativeDocument {
  title?: unknown;
  description?: unknown;
  categories?: unknown;
  events: unknown;
  eras?: unknown;
  [field: string]: unknown;
}

/** A valid native event, "Event" on 8 December 2024, with the given fields on top. */
export function event(fields: NativeEvent = {}): NativeEvent {
  return { title: 'Event', start: '2024-12-08', ...fields };
}

/** A native document holding the given events and any other top-level fields. */
export function timeline(events: unknown[], fields: Partial<NativeDocument> = {}): NativeDocument {
  return { ...fields, events };
}

/** Mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [lo, hi]. */
export function randomInt(random: () => number, lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

const WORDS = [
  'Assad',
  'Moscow',
  'lease',
  'Tartus',
  'Hmeimim',
  'offensive',
  'talks',
  'air',
  'base',
  'treaty',
  'meets',
  'agreement',
  'review',
  'strikes',
  'a',
];

/** Lengths of the data a random timeline spans: from hours to centuries. */
export const SPANS = [
  6 * 3_600_000,
  3 * 86_400_000,
  60 * 86_400_000,
  3 * 365.25 * 86_400_000,
  40 * 365.25 * 86_400_000,
  900 * 365.25 * 86_400_000,
];

export interface RandomTimeline {
  document: NativeDocument;
  /** The span the events were drawn from, in ms. */
  start: number;
  end: number;
}

/**
 * A valid native document of 1–`maxEvents` events in 1–8 categories: points, ranges, ongoing
 * ranges and clusters of events on the same day, at mixed precisions, over a span of hours to
 * centuries. Every event it writes is valid, so all of them must reach the model.
 */
export function randomTimeline(random: () => number, maxEvents = 300): RandomTimeline {
  const categories = Array.from({ length: randomInt(random, 1, 8) }, (_, i) => ({
    id: `c${i}`,
    label: `Category ${i}`,
  }));
  const span = pick(random, SPANS);
  const start = utc(
    randomInt(random, -200, 2100),
    randomInt(random, 1, 12),
    randomInt(random, 1, 28),
  );
  const fine = span < 100 * 86_400_000;
  const precisions: readonly Precision[] = fine ? PRECISIONS : ['year', 'month', 'day'];
  const count = randomInt(random, 1, maxEvents);
  const events: NativeEvent[] = [];
  const starts: number[] = [];
  for (let i = 0; i < count; i++) {
    const kind = random();
    // A cluster: another event on the day of one already written.
    const ms = kind > 0.85 && starts.length > 0 ? pick(random, starts) : start + random() * span;
    starts.push(ms);
    const precision = pick(random, precisions);
    const fields: NativeEvent = {
      title: Array.from({ length: randomInt(random, 1, 6) }, () => pick(random, WORDS)).join(' '),
      start: formatIsoDate(ms, kind > 0.85 ? 'day' : precision),
      importance: randomInt(random, 1, 3),
      certainty: pick(random, CERTAINTIES),
    };
    if (random() < 0.9) fields.category = pick(random, categories).id;
    if (kind > 0.45 && kind <= 0.75) {
      // The end's period contains an instant at or after the start, so it never ends before it.
      fields.end = formatIsoDate(ms + random() * span * 0.5, pick(random, precisions));
    } else if (kind > 0.75 && kind <= 0.85) {
      fields.ongoing = true;
    }
    events.push(fields);
  }
  return { document: { title: 'Random', categories, events }, start, end: start + span };
}

/** The Russia–Syria story of data/russia-syria.json, parsed. */
export function storyModel(): TimelineModel {
  return parseTimeline(JSON.parse(readFileSync('data/russia-syria.json', 'utf8'))).model;
}

/**
 * A warp that compresses each gap of the model whole, from the event before it to the event after.
 * The element's warp (`modelWarp` in src/layout/warp.ts) keeps a little of each end at full scale;
 * tests that name a gap by the dates around it, or measure the compressed piece alone, use this.
 */
export function wholeGapWarp(model: TimelineModel, now: number): Warp {
  const extent = dataExtent(model, now);
  return createWarp(findGaps(eventBounds(model, now)), extent.end - extent.start);
}

/**
 * A warp over [start, start + extent] whose gaps are found among 2–12 random bounds at a random
 * share: none, one covering everything, several adjacent ones, some shorter than their length.
 */
export function randomWarp(random: () => number, start: number, extent: number): Warp {
  // Clusters of close bounds with wide stretches between them, as data that needs gaps has.
  const bounds = [start, start + extent];
  const clusters = randomInt(random, 2, 6);
  for (let c = 0; c < clusters; c++) {
    const at = start + random() * extent;
    for (let i = randomInt(random, 3, 7); i > 0; i--) bounds.push(at + random() * extent * 0.005);
  }
  bounds.sort((a, b) => a - b);
  return createWarp(findGaps(bounds, 0.02 + random() * 0.3), extent);
}

/**
 * The window that shows all of a model's data, as the element's first window and "show all"
 * give it on a linear scale: a 4% margin each side, and never narrower than twenty units of the
 * data's finest precision.
 */
export function firstView(model: TimelineModel, now: number): View {
  const finest = 20 * PRECISION_MS[finestPrecision(model)];
  return fitView(LINEAR, dataExtent(model, now), finest);
}
