// The figures of one run (browser-run.js), flat, and their medians over runs. Pure.
import { median, percentile, round } from './stats.js';

/** The scenario's phases: zoom through the API and ctrl+wheel, pan through the API and a drag. */
export const PHASES = ['zoomApi', 'zoomWheel', 'panApi', 'drag'];

/** One successful run's figures as a flat object of numbers (a missing phase has no keys). */
export function figuresOf(run) {
  const f = {
    dataToRender: run.dataToRender,
    dataToLoadEvent: run.dataToLoadEvent ?? null,
    heapAddedMB: run.heap.addedMB,
    heapAddedJsMB: run.heap.addedJsMB,
    heapAddedDomMB: run.heap.addedDomMB,
    heapAddedBuffersMB: run.heap.addedBuffersMB,
    domNodes: run.domNodes,
    domMax: Math.max(run.domNodes, run.scenario?.domMax ?? 0),
    loadLongTasks: run.loadLongTasks.count,
    loadLongTaskMs: run.loadLongTasks.totalMs,
  };
  if (!run.scenario) return f;
  let longTasks = 0;
  let finished = true;
  for (const name of PHASES) {
    const p = run.scenario[name];
    if (!p) continue;
    if (p.didNotFinish) {
      f[`${name}DidNotFinish`] = 1;
      finished = false;
      continue;
    }
    f[`${name}FrameP50`] = p.frameP50;
    f[`${name}FrameP95`] = p.frameP95;
    f[`${name}ScriptP50`] = p.scriptP50;
    f[`${name}ScriptP95`] = p.scriptP95;
    f[`${name}Steps`] = p.steps;
    f[`${name}Truncated`] = p.truncated ? 1 : 0;
    f[`${name}LongTasks`] = p.longTasks.count;
    f[`${name}TaskPerStep`] = p.perStepMs?.task ?? null;
    f[`${name}StylePerStep`] = p.perStepMs?.style ?? null;
    f[`${name}LayoutPerStep`] = p.perStepMs?.layout ?? null;
    longTasks += p.longTasks.count;
  }
  // A phase that did not finish had long tasks no one could count.
  if (finished) f.scenarioLongTasks = longTasks;
  return f;
}

/**
 * The median of each figure over the successful runs, or null when none succeeded. A phase cut
 * short, or that did not finish, in any run stays marked so.
 */
export function mediansOf(runs) {
  const figures = runs.filter((r) => r.ok).map(figuresOf);
  if (figures.length === 0) return null;
  const keys = [...new Set(figures.flatMap((f) => Object.keys(f)))];
  const out = {};
  for (const key of keys) {
    const values = figures.map((f) => f[key]);
    out[key] = /(Truncated|DidNotFinish)$/.test(key)
      ? Math.max(0, ...values.filter((v) => typeof v === 'number'))
      : round(median(values), 2);
  }
  return out;
}

/** The first error among failed runs, if any. */
export function firstError(runs) {
  return runs.find((r) => !r.ok)?.error ?? null;
}

/**
 * The search and filter figures of one dataset over its runs (bench/search-run.js): keystroke and
 * filter times pooled over every run's steps (p50, p95, the most), the index build as the median
 * of the runs, the long tasks while typing added up; null when no run succeeded.
 */
export function searchFiguresOf(runs) {
  const ok = runs.filter((r) => r.ok);
  if (ok.length === 0) return null;
  const keys = ok.flatMap((r) => r.typing.keys.map((k) => k.ms));
  const filter = ok.flatMap((r) => r.filter.steps);
  return {
    keystrokes: keys.length,
    keystrokeP50: round(percentile(keys, 50), 2),
    keystrokeP95: round(percentile(keys, 95), 2),
    keystrokeMax: round(Math.max(...keys), 2),
    buildMs: round(median(ok.map((r) => r.build.buildMs)), 2),
    filterSteps: filter.length,
    filterP50: round(percentile(filter, 50), 2),
    filterP95: round(percentile(filter, 95), 2),
    typingLongTasks: ok.reduce((sum, r) => sum + r.typing.longTasks.count, 0),
    typingLongTaskMaxMs: round(Math.max(...ok.map((r) => r.typing.longTasks.maxMs)), 1),
  };
}
