import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/model/adapt-csv.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { TimelineEvent } from '../../src/model/types.js';

const fromJson = parseTimeline(JSON.parse(readFileSync('data/russia-syria.json', 'utf8')));
const fromCsv = parseCsv(readFileSync('data/russia-syria.csv', 'utf8'));

/** What the CSV carries of an event: everything but its second source. */
function carried(e: TimelineEvent) {
  const { sources, ...rest } = e;
  return rest;
}

describe('data/russia-syria.csv', () => {
  it('parseCsv(russia-syria.csv) reads every row without an issue', () => {
    expect(fromCsv.issues).toEqual([]);
    expect(fromCsv.model.events).toHaveLength(fromJson.model.events.length);
  });

  it('parseCsv(russia-syria.csv) gives the events of the JSON: ids, titles, dates, text, importance, certainty, quotes', () => {
    expect(fromCsv.model.events.map(carried)).toEqual(fromJson.model.events.map(carried));
  });

  it('parseCsv(russia-syria.csv) gives each event one of its sources in the JSON, the one with a link', () => {
    fromCsv.model.events.forEach((e, i) => {
      const json = fromJson.model.events[i] as TimelineEvent;
      expect(e.sources).toHaveLength(1);
      expect(json.sources).toContainEqual(e.sources[0]);
      if (json.sources.some((s) => s.url)) expect(e.sources[0]?.url).not.toBeNull();
    });
  });

  it('parseCsv(russia-syria.csv) carries the category labels and colours', () => {
    expect(fromCsv.model.categories).toEqual(fromJson.model.categories);
  });

  it('parseCsv(russia-syria.csv) has no timeline title: a native sheet has no row for it', () => {
    expect(fromCsv.model.title).toBe('');
    expect(fromJson.model.title).not.toBe('');
  });
});
