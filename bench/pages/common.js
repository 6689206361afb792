// Runs in the benchmark pages (in the browser): the data, the zoom and pan scenario and its
// measurements, the same for <event-timeline> and every peer. Each library's page gives an adapter:
//   window()          the visible window now, { start, end } in ms (may wait for a frame), or
//                     null when the library does not say
//   zoomLevels        for a library with fixed zoom levels: how many steps in (and out) there are
//   setWindow(s, e)   shows [s, e] at once
//   zoomBy(f)         zooms by f around the centre through its API (f > 1 zooms in), or absent
//   wheel(f)          one ctrl+wheel step at the centre of the plot that zooms by f, or absent
//   panBy(fraction)   moves the window by a fraction of its width through its API, or absent
//   after()           settles when the library has drawn what the last step asked for (optional)
//   dragSurface()     the box, in client px, where a mouse drag pans the plot; or absent
//   domNodes()        element nodes the library has drawn (shadow roots included)
// The page sets `window.__page` to { ready, go(), scenario(), drag() } (browser-run.js drives it),
// or to { error } when it cannot start.
import { generate } from '../generate.js';
import { percentile, round } from '../stats.js';

const raw = window.__raw;
const meter = window.__meter;

export const frame = () => new Promise((resolve) => raw.requestAnimationFrame(resolve));
export const DAY = 864e5;
export const MONTH = 30.436875 * DAY;
export const YEAR = 365.2425 * DAY;
/** A phase of the scenario stops after this long, with the steps it has done. */
const PHASE_MS = 30_000;

const query = new URLSearchParams(location.search);
export const params = {
  n: Number(query.get('n')),
  seed: Number(query.get('seed') ?? 1),
  categories: Number(query.get('categories') ?? 8),
  order: query.get('order') ?? 'connected-first',
  bundle: query.get('bundle') ?? '/dist/event-timeline.js',
};

/** The generated data, kept alive by the page (`__input`) so the heap figures leave it out. */
export function benchData() {
  const data = generate(params.n, params.seed, { categories: params.categories });
  window.__input = data;
  return data;
}

/** Element nodes under `root`, in shadow roots too. */
export function countElements(root) {
  let count = 0;
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      count++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return count;
}

/** The time span of generated data: from its first start to its last end (UTC days). */
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

/** Records the interval between animation frames until stopped. */
function recordFrames() {
  const stamps = [];
  let recording = true;
  const tick = (t) => {
    stamps.push(t);
    if (recording) raw.requestAnimationFrame(tick);
  };
  raw.requestAnimationFrame(tick);
  return () => {
    recording = false;
    return stamps.slice(1).map((t, i) => round(t - stamps[i], 2));
  };
}

/** Figures of one phase from its frame intervals, its script time per step and its span. */
export function phaseOf({ frames, scripts, start, end, truncated }, extra = {}) {
  return {
    steps: scripts.length,
    truncated,
    frameP50: percentile(frames, 50),
    frameP95: percentile(frames, 95),
    frameMax: frames.length ? Math.max(...frames) : null,
    scriptP50: percentile(scripts, 50),
    scriptP95: percentile(scripts, 95),
    scriptMax: scripts.length ? Math.max(...scripts) : null,
    start,
    end,
    ...extra,
    frames,
    scripts,
  };
}

/**
 * Runs up to `n` steps, one per animation frame (inside a requestAnimationFrame callback), and
 * records the frame intervals from the first step's frame until two frames after the last, and
 * each step's script time: how much the meter grew from the step's start to the next's (the call,
 * the render it triggers, and what the library does in the frames between). `sample` runs after
 * each step, outside the measurements.
 */
export async function steps(lib, n, step, sample) {
  await frame();
  const stop = recordFrames();
  const start = performance.now();
  const deadline = start + PHASE_MS;
  const marks = [];
  for (let i = 0; i < n && performance.now() < deadline; i++) {
    await new Promise((resolve, reject) => {
      raw.requestAnimationFrame(async () => {
        try {
          marks.push(meter.busy);
          await meter.run(() => step(i));
          await lib.after?.();
          resolve();
        } catch (error) {
          reject(error);
        }
      });
    });
    sample();
  }
  await frame();
  await frame();
  marks.push(meter.busy);
  const scripts = marks.slice(1).map((busy, i) => round(busy - marks[i], 2));
  return { frames: stop(), scripts, start, end: performance.now(), truncated: scripts.length < n };
}

/** Joins the records of several `steps` calls into one phase. */
function joined(parts, extra) {
  return phaseOf(
    {
      frames: parts.flatMap((p) => p.frames),
      scripts: parts.flatMap((p) => p.scripts),
      start: parts[0].start,
      end: parts[parts.length - 1].end,
      truncated: parts.some((p) => p.truncated),
    },
    extra,
  );
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const describe = (w) =>
  w ? `${iso(w.start)} – ${iso(w.end)} (${round((w.end - w.start) / DAY, 1)} d)` : '—';

async function showWindow(lib, start, end) {
  await lib.setWindow(start, end);
  await frame();
  await frame();
  return lib.window();
}

/**
 * All the data to one month in 15 steps and back in 15, through `zoom(f)`; a library with fixed
 * zoom levels (`zoomLevels`, TimelineJS) steps through them in and out instead.
 */
async function zoomPhase(lib, fit, zoom, sample) {
  const shown = await showWindow(lib, fit.start, fit.end);
  const count = lib.zoomLevels ?? 15;
  const factor = lib.zoomLevels ? 2 : ((shown.end - shown.start) / MONTH) ** (1 / 15);
  const zoomIn = await steps(lib, count, () => zoom(factor), sample);
  const deepest = await lib.window();
  const zoomOut = await steps(lib, count, () => zoom(1 / factor), sample);
  const back = await lib.window();
  return joined([zoomIn, zoomOut], {
    factor: round(factor, 4),
    from: describe(shown),
    deepest: describe(deepest),
    back: describe(back),
  });
}

/** The one-year window in the middle of the data, where the pans start. */
const yearWindow = (fit) => {
  const middle = (fit.start + fit.end) / 2;
  return { start: middle - YEAR / 2, end: middle + YEAR / 2 };
};

/**
 * The scenario's phases, run one at a time by run.js: from all the data (with 4% margins) down to
 * one month and back through the API (`zoomApi`), the same through ctrl+wheel (`zoomWheel`), and
 * 30 pans of a tenth of a one-year window through the API (`panApi`). A phase the library has no
 * means for gives null. `domMax()` is the most element nodes seen after any step so far.
 */
export function scenario(lib, extent) {
  const margin = (extent.end - extent.start) * 0.04;
  const fit = { start: extent.start - margin, end: extent.end + margin };
  let domMax = lib.domNodes();
  const sample = () => {
    domMax = Math.max(domMax, lib.domNodes());
  };
  const phases = {
    zoomApi: lib.zoomBy && (() => zoomPhase(lib, fit, (f) => lib.zoomBy(f), sample)),
    zoomWheel: lib.wheel && (() => zoomPhase(lib, fit, (f) => lib.wheel(f), sample)),
    panApi:
      lib.panBy &&
      (async () => {
        const year = yearWindow(fit);
        const from = await showWindow(lib, year.start, year.end);
        const pan = await steps(lib, 30, () => lib.panBy(0.1), sample);
        return joined([pan], { from: describe(from), to: describe(await lib.window()) });
      }),
  };
  return {
    run: (name) => phases[name]?.() ?? null,
    domMax: () => domMax,
  };
}

/**
 * The drag phase, driven from run.js with real mouse input (CDP): `begin()` shows the one-year
 * window and returns where to drag; browser-run.js presses the button and moves the mouse 30 times
 * at 60 Hz, then calls `end()`. A step starts at each pointermove the browser dispatches.
 */
export function dragPhase(lib, extent) {
  let state = null;
  const mark = (e) => {
    if (e.pointerType === 'mouse' && e.buttons & 1) state.marks.push(meter.busy);
  };
  return {
    async begin() {
      const margin = (extent.end - extent.start) * 0.04;
      const year = yearWindow({ start: extent.start - margin, end: extent.end + margin });
      const from = await showWindow(lib, year.start, year.end);
      const box = lib.dragSurface();
      state = { marks: [], from, domMax: lib.domNodes(), stop: recordFrames() };
      state.start = performance.now();
      raw.addEventListener.call(window, 'pointermove', mark, true);
      return { left: box.left, top: box.top, width: box.width, height: box.height };
    },
    async end(total) {
      await frame();
      await frame();
      raw.removeEventListener.call(window, 'pointermove', mark, true);
      const { marks } = state;
      marks.push(meter.busy);
      // Counted before and after, not at each step: a count in the middle would cost a frame.
      const domMax = Math.max(state.domMax, lib.domNodes());
      const scripts = marks.slice(1).map((busy, i) => round(busy - marks[i], 2));
      const phase = phaseOf(
        { frames: state.stop(), scripts, start: state.start, end: performance.now() },
        { from: describe(state.from), to: describe(await lib.window()) },
      );
      // A busy page gets several moves in one event, as from a real mouse: fewer, longer steps.
      return { ...phase, truncated: false, moves: total, domMax };
    },
  };
}

/**
 * Settles when the DOM under `root` has not changed for `quietMs`, with the moment two frames
 * after its last change: how the peers without a "drawn" event are timed.
 */
export function domSettled(root, quietMs = 500) {
  return new Promise((resolve) => {
    const ticks = [];
    let last = performance.now();
    let changed = false;
    const observer = new raw.MutationObserver(() => {
      last = performance.now();
      changed = true;
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const tick = () => {
      const now = performance.now();
      ticks.push(now);
      if (!changed || now - last < quietMs) {
        raw.requestAnimationFrame(tick);
        return;
      }
      observer.disconnect();
      resolve(ticks.filter((t) => t > last)[1] ?? now);
    };
    raw.requestAnimationFrame(tick);
  });
}

/** Publishes the page's protocol, or the reason it could not start. */
export async function publish(start) {
  try {
    window.__page = await start();
  } catch (error) {
    window.__page = { error: String(error?.stack ?? error) };
  }
}
