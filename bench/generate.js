// Seeded, pure generator of benchmark datasets: the same seed, size and options always give the
// same data. `generate(n, seed, options)` returns the native format of <event-timeline>; the
// peers' formats are made from it in formats.js. Runs in Node and, imported from the bench's
// server, in the benchmark pages.

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CATEGORIES = [
  { id: 'politics', label: 'Politics' },
  { id: 'economy', label: 'Economy' },
  { id: 'military', label: 'Military' },
  { id: 'diplomacy', label: 'Diplomacy' },
  { id: 'science', label: 'Science' },
  { id: 'culture', label: 'Culture' },
  { id: 'sport', label: 'Sport' },
  { id: 'health', label: 'Health' },
];

const WORDS = (
  'minister parliament election vote coalition budget reform protest strike union court ruling ' +
  'treaty summit talks ceasefire border troops army navy base missile drone attack offensive ' +
  'withdrawal sanctions embargo trade tariff deal bank inflation rates market shares oil gas ' +
  'pipeline grain harvest drought flood storm earthquake wildfire outbreak vaccine hospital ' +
  'doctors nurses study launch satellite rocket telescope discovery prize festival film ' +
  'album exhibition museum opera final championship league cup record transfer coach olympic ' +
  'president premier mayor governor senate cabinet party leader opposition rebels refugees aid ' +
  'agreement accord lease port airport railway bridge dam reactor plant factory ' +
  'envoy embassy visit meeting crisis scandal inquiry report resignation appointment amnesty ' +
  'capital city province region north south east west new first final historic emergency'
).split(' ');

const YEARS = 50;
const START_MS = Date.UTC(1976, 0, 1);
const DAY_MS = 864e5;
const SPAN_DAYS = Math.round(YEARS * 365.2425);
/** Bursts: this many dates, a quarter of the events within this many days either side of one. */
export const BURSTS = 12;
export const BURST_DAYS = 60;

/** A date at day precision, as ISO 8601 (years 1976–2025, all four digits). */
function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

/** Between `min` and `max` words of the vocabulary, the first capitalized. */
function words(random, min, max) {
  const count = min + Math.floor(random() * (max - min + 1));
  const out = [];
  for (let i = 0; i < count; i++) out.push(pick(random, WORDS));
  const first = out[0] ?? '';
  out[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return out.join(' ');
}

/** The eight named categories, or `count` numbered ones (for the lane-scaling check). */
export function categoriesOf(count) {
  if (count <= CATEGORIES.length) return CATEGORIES.slice(0, count).map((c) => ({ ...c }));
  const digits = String(count).length;
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(digits, '0');
    return { id: `c${n}`, label: `Category ${n}` };
  });
}

/**
 * The start days of `n` events, sorted: every fourth crowds within BURST_DAYS of one of BURSTS
 * dates (a triangular spread, densest at the date), the rest spread evenly over fifty years.
 */
function startDays(random, n) {
  const centres = Array.from({ length: BURSTS }, () => Math.floor(random() * SPAN_DAYS));
  const days = new Array(n);
  for (let i = 0; i < n; i++) {
    if (i % 4 === 0) {
      const centre = centres[Math.floor(random() * BURSTS)] ?? 0;
      const offset = Math.round((random() + random() - 1) * BURST_DAYS);
      days[i] = Math.min(SPAN_DAYS - 1, Math.max(0, centre + offset));
    } else {
      days[i] = Math.floor(random() * SPAN_DAYS);
    }
  }
  return days.sort((a, b) => a - b);
}

/** One or two sentences of 8–18 words. */
function summary(random) {
  const first = `${words(random, 8, 18)}.`;
  return random() < 0.5 ? first : `${first} ${words(random, 8, 18)}.`;
}

/**
 * `n` events over fifty years (1976–2025), in time order, as rich as a newsroom's: 30% ranges
 * (a day to about three years, log-uniform), the rest points; `categories` categories (8 named
 * ones by default, numbered ones past 8); importance 1–3 (60/30/10%); titles of 3–9 words; a one-
 * or two-sentence summary on every event; and bursts: a quarter of the events crowd within two
 * months of a dozen dates.
 */
export function generate(n, seed = 1, { categories = CATEGORIES.length } = {}) {
  const random = mulberry32(seed * 2654435761 + n + categories * 7919);
  const cats = categoriesOf(categories);
  const days = startDays(random, n);
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const startMs = START_MS + days[i] * DAY_MS;
    const event = {
      id: `e${String(i).padStart(7, '0')}`,
      title: words(random, 3, 9),
      start: isoDay(startMs),
    };
    if (random() < 0.3) {
      const length = Math.max(1, Math.round(Math.exp(random() * Math.log(1100))));
      event.end = isoDay(startMs + length * DAY_MS);
    }
    event.category = pick(random, cats).id;
    const r = random();
    event.importance = r < 0.6 ? 1 : r < 0.9 ? 2 : 3;
    event.summary = summary(random);
    events[i] = event;
  }
  const named = categories === CATEGORIES.length ? '' : ` in ${categories} categories`;
  return {
    title: `Benchmark: ${n.toLocaleString('en-US')} generated events${named}`,
    categories: cats,
    events,
  };
}
