// Runs in the benchmark pages (in the browser): the zoom and pan scenario and its measurements,
// the same for <event-timeline> and for vis-timeline. Each library gives an adapter:
//   window()          the visible window now, { start, end } in ms (may wait for a frame)
//   zoomBy(f)         zooms by f around the centre through the public API (f > 1 zooms in)
//   wheel(f)          one ctrl+wheel step at the centre of the plot that zooms by f
//   setWindow(s, e)   shows [s, e] at once
//   panBy(fraction)   moves the window by a fraction of its width
//   domNodes()        element nodes the library has drawn
// Each may return a promise; a step's script time runs until it settles.

export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

export const DAY = 864e5;
export const MONTH = 30.436875 * DAY;
export const YEAR = 365.2425 * DAY;

/** The longtask entries seen so far (the page's head script collects them into __longTasks). */
export function longTasks(start, end) {
  const tasks = (window.__longTasks ?? []).filter((t) => t.start >= start && t.start < end);
  return {
    count: tasks.length,
    totalMs: round(tasks.reduce((sum, t) => sum + t.duration, 0)),
    maxMs: round(Math.max(0, ...tasks.map((t) => t.duration))),
  };
}

export function round(x, digits = 2) {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}

/**
 * Runs `n` steps, one per animation frame (each inside a requestAnimationFrame callback), and
 * records the interval between consecutive animation frames from the first step's frame until
 * two frames after the last, the script time of each step, and the long tasks meanwhile.
 */
export async function steps(n, step) {
  await frame();
  const stamps = [];
  const scripts = [];
  let recording = true;
  const tick = (t) => {
    stamps.push(t);
    if (recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    await new Promise((resolve, reject) => {
      requestAnimationFrame(async () => {
        try {
          const t0 = performance.now();
          await step(i);
          scripts.push(performance.now() - t0);
          resolve();
        } catch (error) {
          reject(error);
        }
      });
    });
  }
  await frame();
  await frame();
  recording = false;
  const end = performance.now();
  const frames = stamps.slice(1).map((t, i) => round(t - stamps[i]));
  return { frames, scripts: scripts.map((s) => round(s)), start, end };
}

/** Joins the records of several `steps` calls into one phase. */
function phase(parts, extra = {}) {
  const frames = parts.flatMap((p) => p.frames);
  const scripts = parts.flatMap((p) => p.scripts);
  const tasks = parts.map((p) => longTasks(p.start, p.end));
  return {
    steps: scripts.length,
    frameP50: percentile(frames, 50),
    frameP95: percentile(frames, 95),
    frameMax: Math.max(...frames),
    scriptP50: percentile(scripts, 50),
    scriptP95: percentile(scripts, 95),
    scriptMax: Math.max(...scripts),
    longTasks: {
      count: tasks.reduce((s, t) => s + t.count, 0),
      totalMs: round(tasks.reduce((s, t) => s + t.totalMs, 0)),
      maxMs: Math.max(...tasks.map((t) => t.maxMs)),
    },
    durationMs: round(parts.reduce((s, p) => s + p.end - p.start, 0)),
    ...extra,
    frames,
    scripts,
  };
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const spanDays = (w) => round((w.end - w.start) / DAY, 1);

/** The time span of the data: from its first start to its last end (dates are UTC days). */
export function dataExtent(events) {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    const a = Date.parse(e.start);
    start = Math.min(start, a);
    end = Math.max(end, (e.end ? Date.parse(e.end) : a) + DAY);
  }
  return { start, end };
}

/**
 * The scenario: from all the data down to one month and back in 30 steps through the API, the
 * same through ctrl+wheel, then 30 pans of a tenth of a one-year window.
 */
export async function scenario(lib, extent) {
  // Both libraries start from the same window: all the data with 4% margins.
  const margin = (extent.end - extent.start) * 0.04;
  await lib.setWindow(extent.start - margin, extent.end + margin);
  await frame();
  await frame();
  const fit = await lib.window();
  const factor = ((fit.end - fit.start) / MONTH) ** (1 / 15);
  let domMax = lib.domNodes();

  const apiIn = await steps(15, () => lib.zoomBy(factor));
  const apiDeepest = await lib.window();
  domMax = Math.max(domMax, lib.domNodes());
  const apiOut = await steps(15, () => lib.zoomBy(1 / factor));
  const apiBack = await lib.window();

  await lib.setWindow(fit.start, fit.end);
  await frame();
  await frame();
  const wheelIn = await steps(15, () => lib.wheel(factor));
  const wheelDeepest = await lib.window();
  domMax = Math.max(domMax, lib.domNodes());
  const wheelOut = await steps(15, () => lib.wheel(1 / factor));
  const wheelBack = await lib.window();

  const middle = (fit.start + fit.end) / 2;
  await lib.setWindow(middle - YEAR / 2, middle + YEAR / 2);
  await frame();
  await frame();
  const panStart = await lib.window();
  const pan = await steps(30, () => lib.panBy(0.1));
  const panEnd = await lib.window();
  domMax = Math.max(domMax, lib.domNodes());

  const describe = (w) => `${iso(w.start)} – ${iso(w.end)} (${spanDays(w)} d)`;
  return {
    factor: round(factor, 4),
    fit: describe(fit),
    zoomApi: phase([apiIn, apiOut], {
      deepest: describe(apiDeepest),
      back: describe(apiBack),
    }),
    zoomWheel: phase([wheelIn, wheelOut], {
      deepest: describe(wheelDeepest),
      back: describe(wheelBack),
    }),
    pan: phase([pan], { from: describe(panStart), to: describe(panEnd) }),
    domMax,
  };
}
