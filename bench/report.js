// The bench's markdown: the targets with pass/fail, the figures of every library, the ratios to
// each peer, the bundles, what the peers could not do, and the machine. Pure: results in, text out.
import { PEER_NOTES, PEER_TITLES } from './peers.js';
import { ORDERS } from './targets.js';

const num = (x, d = 1) =>
  typeof x === 'number' && Number.isFinite(x) ? String(Math.round(x * 10 ** d) / 10 ** d) : '—';
const ms = (x) => (num(x) === '—' ? '—' : `${num(x)} ms`);
const kb = (bytes) => `${num(bytes / 1024)} KB`;
const count = (n) => Number(n).toLocaleString('en-US');
const mark = (pass) => (pass === true ? '✅' : pass === false ? '❌' : '—');
const slash = (...xs) => xs.map((x) => num(x)).join(' / ');

/** A row's name: its size, and its categories when they are not the usual eight. */
export function rowName(row) {
  return row.lanes
    ? `${count(row.events)} in ${count(row.categories)} categories`
    : count(row.events);
}

/** The targets in the order of the issue's table, then the two that are not in it. */
const ORDER = ['render', 'vsVis', 'scriptApi', 'scriptWheel', 'scriptDrag', 'frameZoom'];
ORDER.push(
  'framePan',
  'longTasks',
  'heap',
  'dom',
  'domLanes',
  'searchKeystroke',
  'filter',
  'tilesFrame',
  'tilesScript',
  'bundle',
);

/** The targets as a matrix: one line per target, one column per dataset size. */
function targetTable(verdicts) {
  const sizes = [
    ...new Set(verdicts.filter((v) => v.events && v.id !== 'domLanes').map((v) => v.events)),
  ];
  const ids = ORDER.filter((id) => verdicts.some((v) => v.id === id));
  const lines = [
    `| target | ${sizes.map((n) => `${count(n)} events`).join(' | ')} |`,
    `|---|${sizes.map(() => '---|').join('')}`,
  ];
  for (const id of ids) {
    const rows = verdicts.filter((v) => v.id === id);
    const cell = (v) => (v ? `${mark(v.pass)} ${v.shown} (${v.limit})` : '');
    if (id === 'bundle' || id === 'domLanes' || id.startsWith('tiles')) {
      for (const v of rows)
        lines.push(`| ${v.what} | ${cell(v)} |${' |'.repeat(Math.max(0, sizes.length - 1))}`);
      continue;
    }
    lines.push(
      `| ${rows[0].what} | ${sizes.map((n) => cell(rows.find((v) => v.events === n))).join(' | ')} |`,
    );
  }
  return lines;
}

const FIGURE_HEAD = [
  '| events | library | data→render | script p95 per step: zoom API / pan API / wheel / drag | frame p95: zoom API / wheel / pan API / drag | main thread per zoom-API step: all / style / layout | long tasks: load; zoom + pan | heap added | DOM nodes: after render / most |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
];

/** The scenario's cells: script and frame p95 per phase, the main thread's time per step. */
function scenarioCells(m) {
  if (m.scenarioLongTasks === undefined) return ['', '', ''];
  const of = (key, phases) => `${slash(...phases.map((p) => m[`${p}${key}`]))} ms`;
  return [
    of('ScriptP95', ['zoomApi', 'panApi', 'zoomWheel', 'drag']),
    of('FrameP95', ['zoomApi', 'zoomWheel', 'panApi', 'drag']),
    `${slash(m.zoomApiTaskPerStep, m.zoomApiStylePerStep, m.zoomApiLayoutPerStep)} ms`,
  ];
}

const PHASE_NAMES = { zoomApi: 'zoom API', zoomWheel: 'wheel', panApi: 'pan API', drag: 'drag' };

/** Which phases did not finish in time, or stopped after 30 s, in any run. */
function phaseNotes(m) {
  const notes = Object.entries(PHASE_NAMES).flatMap(([p, label]) => {
    if (m[`${p}DidNotFinish`]) return [`${label} did not finish`];
    return m[`${p}Truncated`] ? [`${label} cut short at 30 s`] : [];
  });
  return notes.length ? ` (${notes.join('; ')})` : '';
}

function figureLine(name, library, m, note = '') {
  if (!m) return `| ${name} | ${library} | ${note} | | | | | | |`;
  const scenario = m.scenarioLongTasks === undefined ? '' : `; ${num(m.scenarioLongTasks, 0)}`;
  const cells = [
    ms(m.dataToRender),
    ...scenarioCells(m),
    `${num(m.loadLongTasks, 0)}${scenario}`,
    `${num(m.heapAddedMB)} MB`,
    `${num(m.domNodes, 0)} / ${num(m.domMax, 0)}`,
  ];
  return `| ${name} | ${library}${note}${phaseNotes(m)} | ${cells.join(' | ')} |`;
}

function side(entry) {
  if (!entry) return { median: null, note: 'not run' };
  if (entry.skipped) return { median: null, note: entry.skipped };
  const failed = entry.runs.filter((r) => !r.ok);
  if (!entry.median)
    return { median: null, note: entry.didNotFinish ?? `failed: ${failed[0]?.error ?? 'no run'}` };
  const note = failed.length
    ? ` (${failed.length} of ${entry.runs.length} runs failed${entry.didNotFinish ? `: ${entry.didNotFinish}` : ''})`
    : '';
  return { median: entry.median, note };
}

function figureTable(results) {
  const lines = [...FIGURE_HEAD];
  for (const row of Object.values(results.rows)) {
    const name = rowName(row);
    for (const order of ORDERS) {
      const s = side(row.ours[order]);
      const library = `\`<event-timeline>\`, ${order.replace('-', ' ')}`;
      lines.push(figureLine(name, library, s.median, s.note));
    }
    for (const peer of results.options.peers) {
      if (!row.peers?.[peer]) continue;
      const s = side(row.peers[peer]);
      lines.push(figureLine(name, PEER_TITLES[peer], s.median, s.note));
    }
  }
  return lines;
}

const RATIO_KEYS = [
  ['data→render', 'dataToRender'],
  ['frames p95, zoom API', 'zoomApiFrameP95'],
  ['frames p95, wheel', 'zoomWheelFrameP95'],
  ['frames p95, pan API', 'panApiFrameP95'],
  ['frames p95, drag', 'dragFrameP95'],
  ['script p95, zoom API', 'zoomApiScriptP95'],
  ['heap added', 'heapAddedMB'],
  ['DOM nodes, most', 'domMax'],
];

/** Peer ÷ ours per figure, against the worse of our two mount orders for data→render. */
export function ratioOf(ours, peer, key) {
  const a = key === 'dataToRender' ? Math.max(ours.dataToRender, ours.dataFirst ?? 0) : ours[key];
  const b = peer?.[key];
  return a > 0 && b > 0 ? Math.round((b / a) * 100) / 100 : null;
}

function ratioTables(results) {
  const lines = [];
  for (const peer of results.options.peers) {
    const rows = Object.values(results.rows).filter((r) => r.peers?.[peer]);
    if (!rows.length) continue;
    lines.push(
      `${PEER_TITLES[peer]} ÷ \`<event-timeline>\` (above 1×: ours is faster or smaller):`,
      '',
      `| events | ${RATIO_KEYS.map(([label]) => label).join(' | ')} |`,
      `|---:|${RATIO_KEYS.map(() => '---:|').join('')}`,
    );
    for (const row of rows) {
      const a = row.ours[ORDERS[0]]?.median;
      const b = row.ours[ORDERS[1]]?.median;
      const p = row.peers[peer];
      if (!a || !p.median) {
        lines.push(
          `| ${rowName(row)} | ${side(p).note || 'failed'} |${' |'.repeat(RATIO_KEYS.length - 1)}`,
        );
        continue;
      }
      const ours = { ...a, dataFirst: b?.dataToRender };
      const x = (key) =>
        ratioOf(ours, p.median, key) === null ? '—' : `${ratioOf(ours, p.median, key)}×`;
      lines.push(`| ${rowName(row)} | ${RATIO_KEYS.map(([, key]) => x(key)).join(' | ')} |`);
    }
    lines.push('');
  }
  return lines;
}

/** Search and the category filter at each size they were timed at (issue 15). */
function searchTable(results) {
  const entries = Object.values(results.search ?? {});
  if (!entries.length) return [];
  const lines = [
    '| events | keystroke → highlighted result: p50 / p95 / most (keystrokes) | index build: first focus → first answer | long tasks while typing (longest) | category filter → next frame: p50 / p95 (steps) |',
    '|---:|---:|---:|---:|---:|',
  ];
  for (const { events, figures: f, error } of entries) {
    if (!f) {
      lines.push(`| ${count(events)} | failed: ${error ?? 'no run'} | | | |`);
      continue;
    }
    lines.push(
      `| ${count(events)} | ${slash(f.keystrokeP50, f.keystrokeP95, f.keystrokeMax)} ms (${f.keystrokes}) | ${ms(f.buildMs)} | ${f.typingLongTasks} (${ms(f.typingLongTaskMaxMs)}) | ${slash(f.filterP50, f.filterP95)} ms (${f.filterSteps}) |`,
    );
  }
  return [...lines, ''];
}

function tilesTable({ tiles }) {
  if (!tiles) return [];
  const f = tiles.figures;
  if (!f) return [`Tiled source (${tiles.template}): failed: ${tiles.error ?? 'no run'}`, ''];
  return [
    `Tiled source \`${tiles.template}\` (${count(f.events)} events), zoomed from every event to one day in ${f.steps / 2} steps and back, one step a frame (medians of ${tiles.runs.length} runs):`,
    '',
    '| first labels | frame interval p50 / p95 | script per step p50 / p95 | the day | its labels came after |',
    '|---:|---:|---:|---|---:|',
    `| ${ms(f.labelsMs)} | ${slash(f.frameP50, f.frameP95)} ms | ${slash(f.scriptP50, f.scriptP95)} ms | ${f.day} | ${ms(f.dayLabelsMs)} |`,
    '',
  ];
}

function bundleLine({ bundles }) {
  const peers = Object.entries(bundles).filter(([name]) => name !== 'ours');
  const parts = peers.map(
    ([name, b]) =>
      `${PEER_TITLES[name]} \`${b.path.split('/').pop()}\` ${kb(b.gzip)}${b.css ? ` + ${kb(b.css.gzip)} CSS` : ''}`,
  );
  return (
    `Bundles, gzip -9: \`${bundles.ours.path}\` ${kb(bundles.ours.raw)} raw, **${kb(bundles.ours.gzip)} gzip**` +
    (parts.length ? `; ${parts.join('; ')}.` : '.')
  );
}

export function machineLine(results) {
  const mc = results.machine;
  const n = results.options.runs;
  const runs = n === 1 ? 'one run' : `${n} runs`;
  return (
    `Measured ${mc.date.slice(0, 10)} on ${mc.cpu}, ${mc.cores} cores, ${mc.memoryGB} GB, ${mc.os}; ` +
    `Chromium ${mc.chromium} headless; Node ${mc.node}. Median of ${runs}, each in a fresh page, 1200 px wide` +
    (mc.loadAverageAtStart >= 1
      ? ` (the machine was busy: load average ${num(mc.loadAverageAtStart)} at the start).`
      : '.')
  );
}

/** The whole report: targets, figures, ratios, peers' notes, bundles, machine. */
export function report(results) {
  const notes = results.options.peers.map((p) => `- ${PEER_TITLES[p]}: ${PEER_NOTES[p]}`);
  return [
    ...targetTable(results.targets),
    '',
    ...(Object.keys(results.rows).length ? [...figureTable(results), ''] : []),
    ...searchTable(results),
    ...tilesTable(results),
    ...ratioTables(results),
    ...(notes.length ? ['What the peers could and could not do:', '', ...notes, ''] : []),
    bundleLine(results),
    '',
    machineLine(results),
  ].join('\n');
}
