// The brute-force answer to a tile, computed in JavaScript from the data file with the element's
// own date parser and search normalisation: what the server's SQL must equal.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { parseIsoDate } from '../../src/model/dates.ts';
import { searchableText, searchText } from '../../src/model/search.ts';

/** The events of a generated CSV file with their [s, stop) and search text. */
export function readCsvEvents(path) {
  return csvParse(readFileSync(path, 'utf8')).map((row) => {
    const start = parseIsoDate(row.start);
    const end = row.end ? parseIsoDate(row.end) : null;
    return {
      id: row.id,
      title: row.title,
      category: row.category,
      importance: Number(row.importance),
      s: start.ms,
      stop: end ? end.endMs : start.ms + 1,
      search: searchText(row.title),
    };
  });
}

/** Whether an event passes a tile's filter, as docs/tiles.md defines it. */
export function matches(event, { q = '', categories = null } = {}) {
  if (categories && !categories.includes(event.category)) return false;
  const words = searchText(q).split(' ').filter(Boolean);
  const text = event.search ?? searchText(searchableText(event));
  return words.every((word) => text.includes(word));
}

const byStartThenId = (a, b) => a.s - b.s || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byRank = (a, b) => b.importance - a.importance || byStartThenId(a, b);

/** The events overlapping [t0, t1) that match, by start then id. */
export function overlapping(events, t0, t1, filter) {
  return events.filter((e) => e.s < t1 && e.stop > t0 && matches(e, filter)).sort(byStartThenId);
}

/** Every matching event, by start then id: what pages of events.json walk through. */
export function inOrder(events, filter) {
  return events.filter((e) => matches(e, filter)).sort(byStartThenId);
}

/** A summary tile's count, lanes (as a map) and representatives' ids per bin. */
export function bruteSummary(events, interval, bins, k, filter) {
  const { start: t0, end: t1 } = interval;
  const width = (t1 - t0) / bins;
  const hits = overlapping(events, t0, t1, filter);
  const lanes = new Map();
  const owned = new Map();
  for (const e of hits) {
    if (!lanes.has(e.category)) lanes.set(e.category, new Array(bins).fill(0));
    const first = Math.max(0, Math.floor((e.s - t0) / width));
    const last = Math.min(bins - 1, Math.floor((e.stop - 1 - t0) / width));
    for (let b = first; b <= last; b++) lanes.get(e.category)[b]++;
    const own = Math.floor((Math.max(e.s, t0) - t0) / width);
    owned.set(own, [...(owned.get(own) ?? []), e]);
  }
  const representatives = [...owned]
    .sort(([a], [b]) => a - b)
    .map(([bin, list]) => ({
      bin,
      ids: list
        .sort(byRank)
        .slice(0, k)
        .map((e) => e.id),
    }));
  return { count: hits.length, lanes, representatives };
}
