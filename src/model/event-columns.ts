import {
  CERTAINTIES,
  type Certainty,
  type Media,
  PRECISIONS,
  type Precision,
  type Quote,
  type Source,
  type TimelineEvent,
} from './types.js';

/** The text fields of an event, in the order they are packed. */
const TEXTS = 7;
/** Codes per event: precision, end precision, certainty, importance, flags. */
const CODES = 5;
const NONE = 255;
const ONGOING = 1;
const APPROXIMATE = 2;

/**
 * Events as columns, for the parse worker to post to the page: their text as one string with the
 * end of each field, their small fields as codes, and the few quotes and sources as they are. The
 * page builds the events back in plain code for about two thirds of what deserialising the same
 * objects costs it, and with half as much young garbage to collect (each of those objects and
 * strings would be read and copied one by one).
 */
export interface PackedEvents {
  /** Each event's id, title, start, end (or ''), category, summary and description, run together. */
  text: string;
  /** Where each of those fields ends in `text`. */
  ends: Uint32Array;
  /** Each event's precision, end precision (255: none), certainty, importance, and flags. */
  codes: Uint8Array;
  /** The index, quote, sources and media of each event that has any of them. */
  extras: [number, Quote | null, Source[], Media | null][];
}

export function packEvents(events: readonly TimelineEvent[]): PackedEvents {
  const texts: string[] = [];
  const ends = new Uint32Array(events.length * TEXTS);
  const codes = new Uint8Array(events.length * CODES);
  const extras: PackedEvents['extras'] = [];
  let length = 0;
  events.forEach((e, i) => {
    const fields = [e.id, e.title, e.start, e.end ?? '', e.category, e.summary, e.description];
    fields.forEach((text, f) => {
      texts.push(text);
      length += text.length;
      ends[i * TEXTS + f] = length;
    });
    codes.set(
      [
        PRECISIONS.indexOf(e.precision),
        e.endPrecision ? PRECISIONS.indexOf(e.endPrecision) : NONE,
        CERTAINTIES.indexOf(e.certainty),
        e.importance,
        (e.ongoing ? ONGOING : 0) | (e.approximate ? APPROXIMATE : 0),
      ],
      i * CODES,
    );
    if (e.quote || e.sources.length > 0 || e.media) extras.push([i, e.quote, e.sources, e.media]);
  });
  return { text: texts.join(''), ends, codes, extras };
}

/** The events packEvents packed, as parseEvent made them (same fields, in the same order). */
export function unpackEvents({ text, ends, codes, extras }: PackedEvents): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  let field = 0;
  /** The next field of `text`: from the end of the one before to its own end. */
  const next = () => {
    const from = field > 0 ? (ends[field - 1] as number) : 0;
    return text.slice(from, ends[field++]);
  };
  for (let c = 0; c < codes.length; c += CODES) {
    // In the order packEvents wrote them.
    const id = next();
    const title = next();
    const start = next();
    const end = next();
    const category = next();
    const summary = next();
    const description = next();
    const endPrecision =
      codes[c + 1] === NONE ? null : (PRECISIONS[codes[c + 1] as number] ?? null);
    const flags = codes[c + 4] as number;
    events.push({
      id,
      title,
      start,
      end: endPrecision ? end : null,
      precision: PRECISIONS[codes[c] as number] as Precision,
      endPrecision,
      ongoing: (flags & ONGOING) !== 0,
      approximate: (flags & APPROXIMATE) !== 0,
      certainty: CERTAINTIES[codes[c + 2] as number] as Certainty,
      category,
      summary,
      description,
      quote: null,
      sources: [],
      media: null,
      importance: codes[c + 3] as TimelineEvent['importance'],
    });
  }
  for (const [i, quote, sources, media] of extras) {
    Object.assign(events[i] as TimelineEvent, { quote, sources, media });
  }
  return events;
}
