// The targets of issues 12 and 15 and the verdict on a bench's results: figures in, pass/fail rows out.
// Pure, so that its tests can show the bench fails what it should (tests/unit/bench/).

/**
 * Per dataset size: data→render, script per step p95 and frame interval p95 in ms, long tasks
 * over 50 ms in zoom and pan, and the heap the element adds in MB (null: no target).
 */
export const LIMITS = {
  10000: { render: 150, script: 6, frame: 16.7, longTasks: 0, heap: null },
  100000: { render: 400, script: 6, frame: 16.7, longTasks: 0, heap: 25 },
  1000000: { render: 4000, script: 12, frame: 33.3, longTasks: 0, heap: 200 },
};
export const DOM_LIMIT = 2000;
/**
 * Issue 15, per dataset size: keystroke → highlighted result p95, and a category filter's
 * setting → the next frame after its update p95 (one frame: FRAME_SLACK applies), in ms.
 */
export const SEARCH_LIMITS = {
  100000: { keystroke: 50, filter: 16.7 },
  1000000: { keystroke: 150, filter: null },
};
/** At 10,000 events, data→render at least this many times faster than vis-timeline's. */
export const VIS_RATIO = 20;
export const BUNDLE_KB = 70;
/**
 * Frame intervals come in whole 60 Hz frames (16.67 ms) with about ±0.2 ms of jitter, so the frame
 * targets read "at most one frame" and "at most two frames": up to 1 ms over the limit passes.
 */
export const FRAME_SLACK = 1;
export const ORDERS = ['connected-first', 'data-first'];

const UNITS = { render: ' ms', script: ' ms', frame: ' ms', longTasks: '', heap: ' MB' };
const SLACK = { frame: FRAME_SLACK };

/**
 * The targets judged at each size in LIMITS, each on the worst of its figures: `a` is ours with the
 * element connected first (the zoom and pan scenario runs there), `b` with data set first.
 */
// biome-ignore format: a table reads best one target a line
const SIZE_TARGETS = [
  ['render', 'data→render', [['a', 'dataToRender', 'connected first'], ['b', 'dataToRender', 'data first']]],
  ['scriptApi', 'script per step p95, API (zoomBy, panBy)', [['a', 'zoomApiScriptP95', 'zoom'], ['a', 'panApiScriptP95', 'pan']]],
  ['scriptWheel', 'script per step p95, ctrl+wheel', [['a', 'zoomWheelScriptP95']]],
  ['scriptDrag', 'script per step p95, drag', [['a', 'dragScriptP95']]],
  ['frameZoom', 'frame interval p95, zoom (API, wheel)', [['a', 'zoomApiFrameP95', 'API'], ['a', 'zoomWheelFrameP95', 'wheel']]],
  ['framePan', 'frame interval p95, pan (API, drag)', [['a', 'panApiFrameP95', 'API'], ['a', 'dragFrameP95', 'drag']]],
  ['longTasks', 'long tasks over 50 ms in zoom and pan', [['a', 'scenarioLongTasks']]],
  ['heap', 'heap the element adds', [['a', 'heapAddedMB', 'connected first'], ['b', 'heapAddedMB', 'data first']]],
];

/** Which limit a target's id is held to. */
const limitOf = (id) =>
  id.startsWith('script') ? 'script' : id.startsWith('frame') ? 'frame' : id;

const known = (x) => typeof x === 'number' && Number.isFinite(x);
const tenth = (x) => Math.round(x * 10) / 10;

/** One verdict: `pass` is true, false, or null when it was not measured. */
function verdict(id, events, what, limit, value, shown, pass) {
  return { id, events, what, limit, value, shown, pass };
}

/** Our medians in both mount orders (null for an order with no successful run), and why not. */
function oursOf(row) {
  const side = (order) => row.ours?.[order] ?? { runs: [] };
  const error = ORDERS.map((o) => side(o).runs.find((r) => !r.ok)?.error).find(Boolean);
  return { a: side(ORDERS[0]).median ?? null, b: side(ORDERS[1]).median ?? null, error };
}

const PHASES = ['zoomApi', 'zoomWheel', 'panApi', 'drag'];

/** The scenario's phases behind some figures (all of them behind its long tasks). */
function phasesOf(figures) {
  if (figures.some(([, key]) => key === 'scenarioLongTasks')) return PHASES;
  return figures.map(([, key]) => PHASES.find((p) => key.startsWith(p))).filter(Boolean);
}

/** ", a phase cut short…" when a phase behind these figures stopped at its time limit. */
function cutShort(a, figures) {
  return phasesOf(figures).some((p) => a?.[`${p}Truncated`]) ? ', a phase cut short at 30 s' : '';
}

/** Why figures are missing: the run or a phase did not finish, or nothing measured them. */
function missing(ours, figures) {
  if (phasesOf(figures).some((p) => ours.a?.[`${p}DidNotFinish`])) return 'a phase did not finish';
  return ours.error ? `did not finish: ${ours.error}` : 'not measured';
}

/**
 * A target on the largest of its figures (the worst case). A figure the bench could not measure
 * is no pass: the target fails, saying why.
 */
function judge(id, events, what, figures, ours, max, unit) {
  const limit = `≤ ${max}${unit}`;
  const values = figures.map(([side, key]) => ours[side]?.[key]);
  if (!values.every(known))
    return verdict(id, events, what, limit, null, missing(ours, figures), false);
  const value = Math.max(...values);
  const parts = figures.filter((f) => f[2]).map((f, i) => `${f[2]} ${tenth(values[i])}`);
  const detail = parts.length > 1 ? ` (${parts.join(', ')}${cutShort(ours.a, figures)})` : '';
  const pass = value <= max + (SLACK[limitOf(id)] ?? 0);
  return verdict(id, events, what, limit, value, `${tenth(value)}${unit}${detail}`, pass);
}

function sizeVerdicts(events, ours, limits) {
  return SIZE_TARGETS.filter(([id]) => limits[limitOf(id)] !== null).map(([id, what, figures]) =>
    judge(id, events, what, figures, ours, limits[limitOf(id)], UNITS[limitOf(id)]),
  );
}

function domVerdict(row, ours) {
  const count = (n) => n.toLocaleString('en-US');
  const what = row.lanes
    ? `DOM nodes, ${count(row.events)} events in ${count(row.categories)} categories`
    : 'DOM nodes at any moment';
  const figures = [
    ['a', 'domMax'],
    ['b', 'domMax'],
  ];
  return judge(row.lanes ? 'domLanes' : 'dom', row.events, what, figures, ours, DOM_LIMIT, '');
}

/** data→render at 10,000 events against vis-timeline's, a lower bound when vis did not finish. */
function visVerdict(row, ours, capS) {
  const what = `data→render ≥ ${VIS_RATIO}× faster than vis-timeline`;
  const v = (value, shown, pass) =>
    verdict('vsVis', row.events, what, `≥ ${VIS_RATIO}×`, value, shown, pass);
  const oursMs = Math.max(ours.a?.dataToRender ?? NaN, ours.b?.dataToRender ?? NaN);
  const vis = row.peers?.vis;
  if (!known(oursMs)) return v(null, 'ours did not finish', false);
  if (!vis || vis.skipped) return v(null, 'vis-timeline not run', null);
  // Shown rounded down and judged unrounded: 19.99× is not 20×.
  const down = (x) => Math.floor(x * 10) / 10;
  if (vis.median) {
    const ratio = vis.median.dataToRender / oursMs;
    return v(ratio, `${down(ratio)}×`, ratio >= VIS_RATIO);
  }
  const bound = (capS * 1000) / oursMs;
  return v(
    bound,
    `> ${down(bound)}× (vis-timeline did not finish in ${capS} s)`,
    bound >= VIS_RATIO,
  );
}

/** Issue 15's targets at one size: search's keystrokes, and the filter where it has a limit. */
function searchVerdicts(entry) {
  const limits = SEARCH_LIMITS[entry.events];
  if (!limits) return [];
  const f = entry.figures;
  const why = entry.error ? `did not finish: ${entry.error}` : 'not measured';
  const one = (id, what, value, max, slack = 0) =>
    known(value)
      ? verdict(
          id,
          entry.events,
          what,
          `≤ ${max} ms`,
          value,
          `${tenth(value)} ms`,
          value <= max + slack,
        )
      : verdict(id, entry.events, what, `≤ ${max} ms`, null, why, false);
  const out = [
    one('searchKeystroke', 'keystroke → highlighted result p95', f?.keystrokeP95, limits.keystroke),
  ];
  if (limits.filter !== null) {
    const what = 'category filter → next frame p95';
    out.push(one('filter', what, f?.filterP95, limits.filter, FRAME_SLACK));
  }
  return out;
}

/**
 * Issue 16: the element over a tiled source, zooming from every event down to one day and back,
 * holds the in-memory element's frame and script targets at 100,000 events.
 */
function tilesVerdicts(tiles) {
  if (!tiles) return [];
  const limits = LIMITS[100000];
  const f = tiles.figures;
  const why = tiles.error ? `did not finish: ${tiles.error}` : 'not measured';
  const one = (id, what, value, max, slack) =>
    known(value)
      ? verdict(id, null, what, `≤ ${max} ms`, value, `${tenth(value)} ms`, value <= max + slack)
      : verdict(id, null, what, `≤ ${max} ms`, null, why, false);
  return [
    one(
      'tilesFrame',
      'tiled source, zoom to a day: frame interval p95',
      f?.frameP95,
      limits.frame,
      FRAME_SLACK,
    ),
    one(
      'tilesScript',
      'tiled source, zoom to a day: script per step p95',
      f?.scriptP95,
      limits.script,
      0,
    ),
  ];
}

/**
 * Every target the results can be judged on: per dataset size in LIMITS, the DOM bound on every
 * dataset (the many-categories one too), the ratio to vis-timeline at 10,000 events, search and
 * the category filter per size in SEARCH_LIMITS, the bundle.
 */
export function verdicts(results) {
  const out = [];
  for (const entry of Object.values(results.search ?? {})) out.push(...searchVerdicts(entry));
  out.push(...tilesVerdicts(results.tiles));
  for (const row of Object.values(results.rows)) {
    const ours = oursOf(row);
    const limits = row.lanes ? null : LIMITS[row.events];
    if (limits) out.push(...sizeVerdicts(row.events, ours, limits));
    out.push(domVerdict(row, ours));
    if (limits && row.events === 10000) out.push(visVerdict(row, ours, results.options.cap));
  }
  const kb = results.bundles.ours.gzip / 1024;
  const limit = `≤ ${BUNDLE_KB} KB`;
  out.push(verdict('bundle', null, 'bundle, gzip', limit, kb, `${tenth(kb)} KB`, kb <= BUNDLE_KB));
  return out;
}

/** Whether the verdicts hold: none failed (not measured is no failure). */
export const allPass = (rows) => rows.every((r) => r.pass !== false);
