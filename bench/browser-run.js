// One benchmark run of one library in a fresh browser context: opens its page, waits for the data
// to be generated and the library loaded, then measures (bench/pages/common.js has the page side):
//   heap:     forced GC and the heap in use (JS, DOM and array buffers) before `data` is set and
//             after the render, with the input object alive in both (the page keeps it);
//   render:   data→render, timed in the page (`go()`), capped;
//   scenario: zoom and pan through the API and ctrl+wheel, in the page, each phase capped;
//   drag:     a mouse drag across the plot, 30 moves at 60 Hz through CDP input.
// Long tasks are attributed to the load and to each phase from the page's PerformanceObserver.
import { tasksIn } from './stats.js';

const MB = 1024 ** 2;
const DRAG_STEPS = 30;
const SETUP_MS = 180_000;
/** Long tasks that begin this soon after a phase's last frame still belong to it. */
const TAIL_MS = 300;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class Timeout extends Error {}

function within(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(message)), ms);
  });
  promise.catch(() => {}); // after a timeout it fails as the context closes
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The heap in use after a forced GC: V8's heap, Blink's (DOM) and array buffers', in bytes. */
async function heapInUse(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const h = await cdp.send('Runtime.getHeapUsage');
  return { js: h.usedSize, dom: h.embedderHeapUsedSize ?? 0, buffers: h.backingStorageSize ?? 0 };
}
const total = (h) => h.js + h.dom + h.buffers;

/**
 * Drags the plot to the left (later in time) as a mouse does: 30 moves sent through CDP at 60 Hz,
 * whatever the page is doing (a busy page gets them coalesced, as it would a real mouse's).
 */
async function drag(page, cdp) {
  await page.evaluate(() => {
    window.__drag = window.__page.drag();
  });
  const box = await page.evaluate(() => window.__drag.begin());
  const y = Math.round(box.top + Math.min(box.height, 400) / 2);
  const x0 = box.left + box.width * 0.85;
  const dx = (box.width * 0.75) / DRAG_STEPS;
  const mouse = (type, x, extra = {}) =>
    cdp.send('Input.dispatchMouseEvent', { type, x: Math.round(x), y, ...extra });
  const held = { button: 'left', buttons: 1 };
  await mouse('mouseMoved', x0);
  await mouse('mousePressed', x0, { ...held, clickCount: 1 });
  const moves = [];
  for (let i = 1; i <= DRAG_STEPS; i++) {
    await sleep(1000 / 60);
    moves.push(mouse('mouseMoved', x0 - i * dx, held));
  }
  await Promise.all(moves);
  const phase = await page.evaluate((steps) => window.__drag.end(steps), DRAG_STEPS);
  await mouse('mouseReleased', x0 - DRAG_STEPS * dx, { ...held, buttons: 0, clickCount: 1 });
  return phase;
}

const PHASES = ['zoomApi', 'zoomWheel', 'panApi', 'drag'];

/** Main-thread time by kind, in ms, from Chromium's performance metrics. */
async function mainThread(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    task: value('TaskDuration'),
    style: value('RecalcStyleDuration'),
    layout: value('LayoutDuration'),
  };
}

/**
 * Runs one phase and adds where the main thread's time went meanwhile (the profile behind a
 * missed frame target): all its tasks, style recalculation and layout, in ms per step.
 */
async function profiled(cdp, run) {
  const before = await mainThread(cdp);
  const phase = await run();
  const after = await mainThread(cdp);
  if (!phase) return null;
  const per = (key) => (after[key] - before[key]) / Math.max(1, phase.steps);
  return { ...phase, perStepMs: { task: per('task'), style: per('style'), layout: per('layout') } };
}

/** The long tasks seen so far, once those of the last task have had time to arrive. */
async function longTasks(page) {
  await page.evaluate((ms) => new Promise((r) => window.__raw.setTimeout(r, ms)), TAIL_MS + 200);
  return page.evaluate(() => window.__longTasks);
}

/** Gives a phase the long tasks that began in it (or just after: a settling layout). */
function withTasks(phase, tasks) {
  const { frames, scripts, ...rest } = phase;
  return { ...rest, longTasks: tasksIn(tasks, phase.start, phase.end + TAIL_MS), frames, scripts };
}

/**
 * The scenario's phases one by one (in the page), then the drag, each with its long tasks; and
 * the most DOM nodes seen. A phase that does not finish in `phaseS` leaves the page busy: it is
 * marked so, and the phases after it are not run.
 */
async function phases(page, cdp, spec, domAfterRender) {
  await page.evaluate(() => {
    window.__scenario = window.__page.scenario();
  });
  await cdp.send('Performance.enable');
  const canDrag = await page.evaluate(() => Boolean(window.__page.drag));
  const runs = {
    zoomApi: () => page.evaluate(() => window.__scenario.run('zoomApi')),
    zoomWheel: () => page.evaluate(() => window.__scenario.run('zoomWheel')),
    panApi: () => page.evaluate(() => window.__scenario.run('panApi')),
    drag: () => drag(page, cdp),
  };
  const out = { domMax: domAfterRender, drag: null };
  for (const name of canDrag ? PHASES : PHASES.slice(0, 3)) {
    try {
      const phase = await profiled(cdp, () => within(runs[name](), spec.phaseS * 1000, name));
      out[name] = phase && withTasks(phase, await longTasks(page));
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      out[name] = { didNotFinish: `did not finish in ${spec.phaseS} s` };
      return out;
    }
  }
  const seen = await page.evaluate(() => window.__scenario.domMax());
  out.domMax = Math.max(domAfterRender, seen, out.drag?.domMax ?? 0);
  return out;
}

/** What the page measures once loaded: render, heap, then (with `scenario`) zoom, pan and drag. */
async function measure(page, cdp, spec) {
  await page.goto(spec.url);
  await page.waitForFunction(() => window.__page, null, { timeout: SETUP_MS, polling: 100 });
  const failed = await page.evaluate(() => window.__page.error);
  if (failed) throw new Error(failed);
  const before = await heapInUse(cdp);
  const render = await within(
    page.evaluate(() => window.__page.go()),
    spec.renderS * 1000,
    `did not finish in ${spec.renderS} s`,
  );
  const after = await heapInUse(cdp);
  const loadTasks = await longTasks(page);
  return {
    ok: true,
    ...render,
    heap: {
      beforeMB: total(before) / MB,
      afterMB: total(after) / MB,
      addedMB: (total(after) - total(before)) / MB,
      addedJsMB: (after.js - before.js) / MB,
      addedDomMB: (after.dom - before.dom) / MB,
      addedBuffersMB: (after.buffers - before.buffers) / MB,
    },
    loadLongTasks: tasksIn(loadTasks, render.start, render.end),
    scenario: spec.scenario ? await phases(page, cdp, spec, render.domNodes) : null,
  };
}

/**
 * One run: `spec` is { url, renderS, phaseS, scenario }: data→render may take `renderS` seconds,
 * a phase of the scenario `phaseS` (a phase also stops itself, between steps, after 30 s).
 * Resolves to the figures with `ok: true`, or to `{ ok: false, error, timedOut }` (`timedOut`:
 * data→render did not finish); with `stuck` when the page would not close.
 */
export async function runPage(browser, spec) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  const errors = [];
  let result;
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    result = await measure(page, cdp, spec);
  } catch (error) {
    const message = String(error?.message ?? error).split('\n')[0];
    result = { ok: false, error: message, timedOut: error instanceof Timeout, pageErrors: errors };
  }
  // A renderer busy in a long task may not let its page close: the caller then starts afresh.
  const closed = await Promise.race([context.close().then(() => true), sleep(15_000)]);
  return closed ? result : { ...result, stuck: true };
}
