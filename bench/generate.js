// Seeded, pure generator of benchmark datasets: the same seed and size always give the same data.
// `generate(n, seed)` returns the native format of <event-timeline>; `toVis(data)` the equivalent
// vis-timeline items and groups.

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
const SPAN_DAYS = Math.round((YEARS * 365.2425 * DAY_MS) / DAY_MS);

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

/**
 * `n` events over fifty years (1976–2025): about 70% points and 30% ranges (a day to about three
 * years, log-uniform), 8 categories, importance 1–3 (60/30/10%), titles of 3–9 words, and a one-
 * or two-sentence summary on about 40% of them. Events come in time order.
 */
export function generate(n, seed = 1) {
  const random = mulberry32(seed * 2654435761 + n);
  const days = new Array(n);
  for (let i = 0; i < n; i++) days[i] = Math.floor(random() * SPAN_DAYS);
  days.sort((a, b) => a - b);
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const startMs = START_MS + days[i] * DAY_MS;
    const event = {
      id: `e${String(i).padStart(6, '0')}`,
      title: words(random, 3, 9),
      start: isoDay(startMs),
    };
    if (random() < 0.3) {
      const length = Math.max(1, Math.round(Math.exp(random() * Math.log(1100))));
      event.end = isoDay(startMs + length * DAY_MS);
    }
    event.category = pick(random, CATEGORIES).id;
    const r = random();
    event.importance = r < 0.6 ? 1 : r < 0.9 ? 2 : 3;
    if (random() < 0.4) {
      const sentences = random() < 0.5 ? 1 : 2;
      const parts = [];
      for (let s = 0; s < sentences; s++) parts.push(`${words(random, 8, 18)}.`);
      event.summary = parts.join(' ');
    }
    events[i] = event;
  }
  return {
    title: `Benchmark: ${n.toLocaleString('en-US')} generated events`,
    categories: CATEGORIES.map((c) => ({ ...c })),
    events,
  };
}

/**
 * The same data as vis-timeline items and groups: `content` is the title, `group` the category,
 * `title` (vis's tooltip) the summary; ranges get `type: 'range'`, points vis's default `box`.
 */
export function toVis(data) {
  const groups = data.categories.map((c) => ({ id: c.id, content: c.label }));
  const items = data.events.map((e) => {
    const item = { id: e.id, content: e.title, start: e.start, group: e.category };
    if (e.end) {
      item.end = e.end;
      item.type = 'range';
    }
    if (e.summary) item.title = e.summary;
    return item;
  });
  return { items, groups };
}
