import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the bench
import { parseOptions, UsageError } from '../../../bench/options.js';

describe('parseOptions(argv)', () => {
  it('measures 10,000, 100,000 and a million events, and many categories, with every peer, 5 runs', () => {
    expect(parseOptions([])).toMatchObject({
      sizes: [10000, 100000, 1000000],
      lanes: { events: 10000, categories: 3000 },
      runs: 5,
      peers: ['vis', 'timelines-chart', 'timelinejs'],
      build: true,
      bundle: null,
      check: false,
      readme: false,
      cap: 60,
    });
  });

  it('takes sizes in any order, once each, with underscores', () => {
    expect(parseOptions(['--sizes=10_000,1000,10000']).sizes).toEqual([1000, 10000]);
  });

  it('takes the peers, or none', () => {
    expect(parseOptions(['--peers=vis,timelinejs']).peers).toEqual(['vis', 'timelinejs']);
    expect(parseOptions(['--no-peers']).peers).toEqual([]);
    expect(() => parseOptions(['--peers=vis,d3-timeline'])).toThrow(/unknown peer 'd3-timeline'/);
  });

  it('measures another bundle without building', () => {
    expect(parseOptions(['--bundle=/tmp/slow/event-timeline.js'])).toMatchObject({
      bundle: '/tmp/slow/event-timeline.js',
      build: false,
    });
  });

  it('takes the many-categories dataset as events:categories, or none', () => {
    expect(parseOptions(['--lanes=2000:500']).lanes).toEqual({ events: 2000, categories: 500 });
    expect(parseOptions(['--no-lanes']).lanes).toBe(null);
    expect(() => parseOptions(['--lanes=2000'])).toThrow(UsageError);
  });

  it('refuses what it does not know, and numbers that are not', () => {
    expect(() => parseOptions(['--no-vis'])).toThrow(/unknown option '--no-vis'/);
    expect(() => parseOptions(['--runs=0'])).toThrow(UsageError);
    expect(() => parseOptions(['--sizes=ten'])).toThrow(UsageError);
    expect(() => parseOptions(['--cap=-1'])).toThrow(UsageError);
  });

  it('zooms a tiled source with --tiles, alone with --tiles-only, and needs its template', () => {
    expect(parseOptions([]).tiles).toBe(null);
    const template = 'http://127.0.0.1:8787/{z}/{x}.json';
    expect(parseOptions([`--tiles=${template}`])).toMatchObject({ tiles: template, runs: 5 });
    expect(parseOptions(['--tiles-only', `--tiles=${template}`])).toMatchObject({
      tiles: template,
      sizes: [],
      search: [],
      lanes: null,
      peers: [],
    });
    expect(() => parseOptions(['--tiles-only'])).toThrow(/nothing to measure/);
    expect(() => parseOptions(['--tiles=http://host/tiles.json'])).toThrow(/\{z\} and \{x\}/);
  });
});
