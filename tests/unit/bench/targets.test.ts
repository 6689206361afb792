import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the bench
import { allPass, verdicts } from '../../../bench/targets.js';

// The targets, written out here rather than read from bench/targets.js, so that a changed
// limit there shows up as a failing test.

type Figures = Record<string, number | undefined>;
interface Verdict {
  id: string;
  events: number | null;
  value: number | null;
  shown: string;
  pass: boolean | null;
}

/** Our figures in one mount order, all of them comfortably within the 10,000-event targets. */
function good(overrides: Figures = {}): Figures {
  return {
    dataToRender: 100,
    zoomApiScriptP95: 2,
    panApiScriptP95: 2,
    zoomWheelScriptP95: 2,
    dragScriptP95: 2,
    zoomApiFrameP95: 16.7,
    zoomWheelFrameP95: 16.7,
    panApiFrameP95: 16.7,
    dragFrameP95: 16.7,
    scenarioLongTasks: 0,
    heapAddedMB: 5,
    domMax: 900,
    ...overrides,
  };
}

interface RowOptions {
  a?: Figures | null;
  b?: Figures | null;
  vis?: unknown;
  categories?: number;
  error?: string;
}

function row(
  events: number,
  { a = good(), b = good(), vis, categories = 8, error }: RowOptions = {},
) {
  const side = (median: Figures | null) => ({
    runs: median ? [{ ok: true }] : [{ ok: false, error: error ?? 'timed out' }],
    median,
  });
  return {
    events,
    categories,
    lanes: categories !== 8,
    ours: { 'connected-first': side(a), 'data-first': side(b) },
    peers: vis === undefined ? {} : { vis },
  };
}

function judge(rows: ReturnType<typeof row>[], gzip = 60 * 1024): Verdict[] {
  const keyed = Object.fromEntries(rows.map((r) => [`${r.events}x${r.categories}`, r]));
  return verdicts({ rows: keyed, bundles: { ours: { gzip } }, options: { cap: 60 } });
}

const find = (all: Verdict[], id: string, events: number | null = 10000) => {
  const found = all.find((v) => v.id === id && v.events === events);
  if (!found) throw new Error(`no verdict ${id} at ${events}`);
  return found;
};

describe('verdicts(results)', () => {
  it('passes every target when every figure is within it', () => {
    const all = judge([row(10000, { vis: { runs: [], median: { dataToRender: 2500 } } })]);
    expect(all.map((v) => v.id).sort()).toEqual(
      [
        'bundle',
        'dom',
        'framePan',
        'frameZoom',
        'longTasks',
        'render',
        'scriptApi',
        'scriptDrag',
        'scriptWheel',
        'vsVis',
      ].sort(),
    );
    expect(all.every((v) => v.pass === true)).toBe(true);
    expect(allPass(all)).toBe(true);
  });

  it('judges data→render on the worse of the two mount orders', () => {
    const all = judge([
      row(10000, { a: good({ dataToRender: 120 }), b: good({ dataToRender: 151 }) }),
    ]);
    expect(find(all, 'render')).toMatchObject({ value: 151, pass: false });
    expect(allPass(all)).toBe(false);
    expect(find(judge([row(10000, { b: good({ dataToRender: 150 }) })]), 'render').pass).toBe(true);
  });

  it('holds each size to its own limits: 150 ms, 400 ms and 4 s to render', () => {
    const at = (events: number, ms: number) =>
      find(judge([row(events, { a: good({ dataToRender: ms }) })]), 'render', events).pass;
    expect([at(10000, 150), at(10000, 151)]).toEqual([true, false]);
    expect([at(100000, 400), at(100000, 401)]).toEqual([true, false]);
    expect([at(1000000, 4000), at(1000000, 4001)]).toEqual([true, false]);
  });

  it('holds script time per step to 6 ms, and 12 ms at a million events, for each input', () => {
    for (const [id, key] of [
      ['scriptApi', 'zoomApiScriptP95'],
      ['scriptApi', 'panApiScriptP95'],
      ['scriptWheel', 'zoomWheelScriptP95'],
      ['scriptDrag', 'dragScriptP95'],
    ] as const) {
      const at = (events: number, value: number) =>
        find(judge([row(events, { a: good({ [key]: value }) })]), id, events).pass;
      expect([at(10000, 6), at(10000, 6.1), at(100000, 6.1)], key).toEqual([true, false, false]);
      expect([at(1000000, 12), at(1000000, 12.1)], key).toEqual([true, false]);
    }
  });

  it('allows a frame interval up to 1 ms of jitter over one frame, or two at a million', () => {
    const at = (events: number, key: string, value: number) =>
      find(
        judge([row(events, { a: good({ [key]: value }) })]),
        key.startsWith('zoom') ? 'frameZoom' : 'framePan',
        events,
      ).pass;
    for (const key of ['zoomApiFrameP95', 'zoomWheelFrameP95', 'panApiFrameP95', 'dragFrameP95']) {
      expect([at(10000, key, 17.7), at(10000, key, 17.8)], key).toEqual([true, false]);
      expect([at(1000000, key, 34.3), at(1000000, key, 34.4)], key).toEqual([true, false]);
    }
  });

  it('fails a single long task in zoom and pan', () => {
    const all = judge([row(100000, { a: good({ scenarioLongTasks: 1 }) })]);
    expect(find(all, 'longTasks', 100000)).toMatchObject({ value: 1, pass: false });
  });

  it('judges the heap the element adds at 100,000 (25 MB) and a million (200 MB), not at 10,000', () => {
    expect(
      judge([row(10000, { a: good({ heapAddedMB: 500 }) })]).some((v) => v.id === 'heap'),
    ).toBe(false);
    const heap = (events: number, mb: number) =>
      find(judge([row(events, { b: good({ heapAddedMB: mb }) })]), 'heap', events).pass;
    expect([heap(100000, 25), heap(100000, 25.1)]).toEqual([true, false]);
    expect([heap(1000000, 200), heap(1000000, 201)]).toEqual([true, false]);
  });

  it('bounds DOM nodes at 2,000 on every dataset, the many-categories one on its own line', () => {
    const all = judge([
      row(1000, { a: good({ domMax: 2001 }) }),
      row(10000, { categories: 3000, a: good({ domMax: 15000 }) }),
    ]);
    expect(find(all, 'dom', 1000)).toMatchObject({ value: 2001, pass: false });
    expect(find(all, 'domLanes', 10000)).toMatchObject({ value: 15000, pass: false });
    // Sizes without targets of their own, and the many-categories dataset, get no others.
    expect(all.filter((v) => v.id === 'render')).toEqual([]);
  });

  it('fails what it could not measure, with the reason', () => {
    const all = judge([row(10000, { b: null, error: 'did not finish in 90 s' })]);
    expect(find(all, 'render')).toMatchObject({ pass: false, value: null });
    expect(find(all, 'render').shown).toContain('did not finish in 90 s');
    const partial = judge([row(10000, { a: good({ dragScriptP95: undefined }) })]);
    expect(find(partial, 'scriptDrag')).toMatchObject({ pass: false, shown: 'not measured' });
    const stuck = good({
      panApiScriptP95: undefined,
      scenarioLongTasks: undefined,
      panApiDidNotFinish: 1,
    });
    const judged = judge([row(10000, { a: stuck })]);
    for (const id of ['scriptApi', 'longTasks']) {
      expect(find(judged, id)).toMatchObject({ pass: false, shown: 'a phase did not finish' });
    }
    expect(find(judged, 'scriptWheel').pass).toBe(true);
  });

  it('asks data→render at 10,000 events to be 20 times faster than vis-timeline', () => {
    const ratio = (visMs: number) =>
      find(judge([row(10000, { vis: { runs: [], median: { dataToRender: visMs } } })]), 'vsVis');
    expect(ratio(2000)).toMatchObject({ value: 20, pass: true });
    expect(ratio(1999)).toMatchObject({ value: 19.99, pass: false });
    expect(ratio(1999).shown).toBe('19.9×');
  });

  it('takes the minute vis-timeline did not finish in as a lower bound', () => {
    const unfinished = { runs: [{ ok: false, timedOut: true }], median: null, didNotFinish: 'x' };
    const slow = judge([row(10000, { a: good({ dataToRender: 3001 }), vis: unfinished })]);
    expect(find(slow, 'vsVis')).toMatchObject({ pass: false });
    expect(find(slow, 'vsVis').shown).toContain('did not finish in 60 s');
    expect(find(judge([row(10000, { vis: unfinished })]), 'vsVis')).toMatchObject({
      value: 600,
      pass: true,
    });
  });

  it('leaves the ratio unjudged when vis-timeline did not run, which fails nothing', () => {
    const all = judge([row(10000, { vis: { skipped: 'not run' } })]);
    expect(find(all, 'vsVis').pass).toBe(null);
    expect(allPass(all)).toBe(true);
    expect(find(judge([row(10000)]), 'vsVis').pass).toBe(null);
  });

  it('keeps the bundle within 70 KB gzip', () => {
    expect(find(judge([row(10000)], 70 * 1024), 'bundle', null).pass).toBe(true);
    expect(find(judge([row(10000)], 70 * 1024 + 100), 'bundle', null).pass).toBe(false);
  });

  it('judges the tiled zoom on the in-memory targets at 100,000 events: one frame, 6 ms of script', () => {
    const tiled = (figures: Figures | null, error?: string) =>
      verdicts({
        rows: {},
        bundles: { ours: { gzip: 60 * 1024 } },
        options: { cap: 60 },
        tiles: { figures, error: error ?? null },
      }) as Verdict[];
    const within = tiled({ frameP95: 17.5, scriptP95: 6 });
    expect(find(within, 'tilesFrame', null).pass).toBe(true);
    expect(find(within, 'tilesScript', null).pass).toBe(true);
    const over = tiled({ frameP95: 33.3, scriptP95: 6.1 });
    expect(find(over, 'tilesFrame', null).pass).toBe(false);
    expect(find(over, 'tilesScript', null)).toMatchObject({ pass: false, shown: '6.1 ms' });
    const failed = tiled(null, 'the server did not answer');
    expect(find(failed, 'tilesFrame', null)).toMatchObject({
      pass: false,
      shown: 'did not finish: the server did not answer',
    });
    // Without a tiled source, no verdict on it.
    const none = verdicts({ rows: {}, bundles: { ours: { gzip: 1 } }, options: { cap: 60 } });
    expect(none.map((v: Verdict) => v.id)).toEqual(['bundle']);
  });
});
