import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the bench
import { figuresOf, mediansOf } from '../../../bench/figures.js';
// @ts-expect-error: a plain JavaScript module of the bench
import { report } from '../../../bench/report.js';
// @ts-expect-error: a plain JavaScript module of the bench
import { verdicts } from '../../../bench/targets.js';

/** A phase of the scenario as browser-run.js records it. */
function phase(scriptP95: number, frameP95: number, longTasks = 0, truncated = false) {
  return {
    steps: 30,
    truncated,
    frameP50: 16.7,
    frameP95,
    scriptP50: 1,
    scriptP95,
    longTasks: { count: longTasks, totalMs: longTasks * 60, maxMs: 60 },
    perStepMs: { task: 10, style: 2, layout: 1 },
  };
}

/** A successful run with a scenario whose script p95 is `script` in every phase. */
function run(
  render: number,
  script: number,
  extra: { longTasks?: number; truncated?: boolean } = {},
) {
  const p = () => phase(script, 16.7, extra.longTasks, extra.truncated);
  return {
    ok: true,
    dataToRender: render,
    domNodes: 800,
    heap: { addedMB: 10, addedJsMB: 5, addedDomMB: 3, addedBuffersMB: 2 },
    loadLongTasks: { count: 1, totalMs: 70 },
    scenario: { zoomApi: p(), zoomWheel: p(), panApi: p(), drag: p(), domMax: 1200 },
  };
}

describe('figuresOf(run) and mediansOf(runs)', () => {
  it('flattens a run, adding up the long tasks of every phase', () => {
    const f = figuresOf(run(100, 3, { longTasks: 2 }));
    expect(f).toMatchObject({
      dataToRender: 100,
      heapAddedMB: 10,
      domMax: 1200,
      zoomApiScriptP95: 3,
      dragFrameP95: 16.7,
      scenarioLongTasks: 8,
    });
  });

  it('takes the median of each figure over the runs that succeeded', () => {
    const runs = [run(100, 3), run(300, 9), run(200, 5), { ok: false, error: 'x' }];
    expect(mediansOf(runs)).toMatchObject({ dataToRender: 200, zoomWheelScriptP95: 5 });
    expect(mediansOf([{ ok: false, error: 'x' }])).toBe(null);
  });

  it('marks a phase that did not finish, whose figures and long tasks are then unknown', () => {
    const stuck = run(100, 3, { longTasks: 1 });
    Object.assign(stuck.scenario, {
      panApi: { didNotFinish: 'did not finish in 60 s' },
      drag: null,
    });
    const f = figuresOf(stuck);
    expect(f).toMatchObject({ panApiDidNotFinish: 1, zoomWheelLongTasks: 1 });
    expect(f.panApiScriptP95).toBeUndefined();
    expect(f.scenarioLongTasks).toBeUndefined();
    expect(mediansOf([run(100, 3), stuck, run(100, 3)]).panApiDidNotFinish).toBe(1);
  });

  it('keeps a phase cut short in any run marked as cut short', () => {
    const m = mediansOf([run(100, 3), run(100, 3), run(100, 3, { truncated: true })]);
    expect(m.zoomApiTruncated).toBe(1);
  });
});

describe('report(results)', () => {
  const side = (runs: unknown[]) => ({ runs, median: mediansOf(runs) });
  const results = {
    machine: {
      date: '2026-11-30T00:00:00Z',
      cpu: 'cpu',
      cores: 2,
      memoryGB: 8,
      os: 'os',
      chromium: '1',
      node: 'v20',
      loadAverageAtStart: 0,
    },
    options: { runs: 1, peers: ['vis'], cap: 60 },
    bundles: {
      ours: { path: 'dist/event-timeline.js', raw: 200000, gzip: 68000 },
      vis: { path: 'vis.min.js', raw: 500000, gzip: 150000 },
    },
    rows: {
      10000: {
        events: 10000,
        categories: 8,
        lanes: false,
        ours: { 'connected-first': side([run(100, 3)]), 'data-first': side([run(170, 3)]) },
        peers: { vis: side([run(5000, 50)]) },
      },
    },
    targets: [] as unknown[],
  };
  results.targets = verdicts(results);
  const text: string = report(results);

  it('marks each target passed or failed, with what was measured and the limit', () => {
    expect(text).toContain(
      '| data→render | ❌ 170 ms (connected first 100, data first 170) (≤ 150 ms) |',
    );
    expect(text).toContain('| script per step p95, ctrl+wheel | ✅ 3 ms (≤ 6 ms) |');
    expect(text).toContain('✅ 29.4× (≥ 20×)');
  });

  it('prints the ratio to each peer against the worse mount order', () => {
    expect(text).toContain('vis-timeline 8.5.4 ÷ `<event-timeline>`');
    expect(text).toMatch(/\| 10,000 \| 29\.41× \|/);
  });
});
