// The documents of the protocol (docs/tiles.md) from an engine's rows: meta.json, summary tiles
// and event tiles. Bad requests throw a RequestError that names the bad value.
import { tileInterval } from './grid.js';
import { searchWords } from './search-text.js';

export class RequestError extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * The filter of a request's query parameters (`q`, `categories`).
 * @param {URLSearchParams} params
 * @returns {import('./engine.js').TileFilter}
 */
export function readFilter(params) {
  const words = searchWords(params.get('q') ?? '');
  const list = params.get('categories');
  const categories = list === null ? null : list.split(',').filter(Boolean);
  return { words, categories: categories && [...new Set(categories)].sort() };
}

/** @param {import('./engine.js').TileEngine} engine */
export function metaDocument(engine) {
  const { source: _s, rejected: _r, rangeClasses: _c, renderedLevels: _l, ...meta } = engine.info;
  return meta;
}

/** An event object of the JSON format from a stored row. */
export function eventObject(row) {
  const event = { id: row.id, title: row.title, start: row.start_iso };
  if (row.end_iso) event.end = row.end_iso;
  if (row.ongoing) event.ongoing = true;
  if (row.category) event.category = row.category;
  event.importance = Number(row.importance);
  if (row.summary) event.summary = row.summary;
  if (row.description) event.description = row.description;
  return row.extra ? { ...event, ...JSON.parse(row.extra) } : event;
}

/** Reads `z` and `x` of a tile path, or throws a RequestError saying which is wrong. */
export function readTileAddress(info, zText, xText) {
  const z = Number(zText);
  if (!/^\d+$/.test(zText) || z > info.maxLevel) {
    throw new RequestError(400, `level ${zText} is not one of 0–${info.maxLevel}`);
  }
  const x = Number(xText);
  const last = 2 ** z - 1;
  if (!/^\d+$/.test(xText) || x > last) {
    throw new RequestError(400, `x ${xText} is outside level ${z}: 0–${last}`);
  }
  return { z, x };
}

/**
 * @param {import('./engine.js').TileEngine} engine
 * @param {number} z
 * @param {number} x
 * @param {import('./engine.js').TileFilter} filter
 */
export async function tileDocument(engine, z, x, filter) {
  const { info } = engine;
  const interval = tileInterval(info, z, x);
  const head = { version: 1, z, x, start: interval.start, end: interval.end };
  if (z > info.deepestLevel) {
    const rows = await engine.events(interval, filter);
    return { ...head, kind: 'events', count: rows.length, events: rows.map(eventObject) };
  }
  const { spans, representatives } = await engine.summary(interval, info.bins, info.k, filter);
  return { ...head, kind: 'summary', ...summaryBody(info, spans, representatives) };
}

/**
 * A tile's JSON text: rendered at ingest for the coarsest levels without a filter, else computed.
 * @param {import('./engine.js').TileEngine} engine
 * @param {number} z
 * @param {number} x
 * @param {import('./engine.js').TileFilter} filter
 */
export async function tileBody(engine, z, x, filter) {
  const plain = filter.words.length === 0 && filter.categories === null;
  if (plain && z <= (engine.info.renderedLevels ?? -1)) {
    const body = await engine.rendered(z, x);
    if (body) return body;
  }
  return JSON.stringify(await tileDocument(engine, z, x, filter));
}

/** Lanes from each lane's first and last bins (a running sum), representatives grouped by bin. */
function summaryBody(info, spans, representatives) {
  const steps = new Map();
  let count = 0;
  for (const { lane, first, last, n } of spans) {
    if (!steps.has(lane)) steps.set(lane, new Array(info.bins + 1).fill(0));
    steps.get(lane)[first] += n;
    steps.get(lane)[last + 1] -= n;
    count += n;
  }
  const lanes = [...steps]
    .sort(([a], [b]) => a - b)
    .map(([lane, counts]) => {
      for (let b = 1; b < counts.length; b++) counts[b] += counts[b - 1];
      return { category: info.categories[lane].id, counts: counts.slice(0, info.bins) };
    });
  const bins = [];
  for (const row of representatives) {
    const last = bins[bins.length - 1];
    if (last?.bin === row.bin) last.events.push(eventObject(row));
    else bins.push({ bin: row.bin, events: [eventObject(row)] });
  }
  return { count, bins: info.bins, lanes, representatives: bins };
}

/** Pages hold at most this many events. */
export const PAGE_LIMIT = 1000;

/**
 * Reads a page request (`after` or `before`, `limit`), or throws a RequestError naming the bad
 * value. A key is `<ms>` or `<ms>,<id>`: the id is everything after the first comma.
 * @param {URLSearchParams} params
 */
export function readPageRequest(params) {
  const after = params.get('after');
  const before = params.get('before');
  if (after !== null && before !== null) {
    throw new RequestError(400, 'a page is after an event or before one, not both');
  }
  const text = after ?? before;
  let key = null;
  if (text !== null && text !== '') {
    const comma = text.indexOf(',');
    const ms = Number(comma < 0 ? text : text.slice(0, comma));
    if (!Number.isFinite(ms) || !/^-?\d+(\.\d+)?$/.test(comma < 0 ? text : text.slice(0, comma))) {
      throw new RequestError(
        400,
        `${after !== null ? 'after' : 'before'} '${text}' is not <ms> or <ms>,<id>`,
      );
    }
    key = comma < 0 ? { start: ms } : { start: ms, id: text.slice(comma + 1) };
  }
  const limitText = params.get('limit') ?? '100';
  const limit = Number(limitText);
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > PAGE_LIMIT) {
    throw new RequestError(400, `limit ${limitText} is not one of 1–${PAGE_LIMIT}`);
  }
  return { key, direction: before !== null ? 'before' : 'after', limit };
}

/**
 * A page of events, by start then id.
 * @param {import('./engine.js').TileEngine} engine
 * @param {ReturnType<typeof readPageRequest>} request
 * @param {import('./engine.js').TileFilter} filter
 */
export async function pageBody(engine, { key, direction, limit }, filter) {
  const { events, more } = await engine.page(key, direction, limit, filter);
  return JSON.stringify({ version: 1, kind: 'page', events: events.map(eventObject), more });
}
