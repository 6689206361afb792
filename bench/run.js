// npm run bench [-- options] (bench/options.js lists them)
//
// Measures the standalone bundle as pages use it, in headless Chromium at 1200 px, against
// vis-timeline, timelines-chart and TimelineJS on the same generated data (bench/generate.js):
// data→render in both mount orders, script time and frame intervals per zoom and pan step through
// the API, ctrl+wheel and a mouse drag, long tasks, the heap the library adds, and DOM nodes. Then
// judges the issue's targets (bench/targets.js), prints the tables (bench/report.js), writes
// bench/results/latest.json, and with --readme puts the tables into README.md; with --check it
// exits 1 when a target fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.js';
import { runPage } from './browser-run.js';
import { firstError, mediansOf, searchFiguresOf } from './figures.js';
import { parseOptions, USAGE, UsageError } from './options.js';
import { PEER_FILES, PEER_TITLES } from './peers.js';
import { report } from './report.js';
import { runSearchPage } from './search-run.js';
import { serve } from './server.js';
import { median, round } from './stats.js';
import { allPass, ORDERS, verdicts } from './targets.js';
import { runTilesPage } from './tiles-run.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = 'dist/event-timeline.js';
const SEED = 20_240_731;
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const started = performance.now();
const LOAD_AT_START = os.loadavg()[0];
const log = (...args) => console.error(...args);
const count = (n) => Number(n).toLocaleString('en-US');

function readOptions() {
  try {
    return parseOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    log(error.message);
    log(USAGE);
    process.exit(2);
  }
}

function machine(browserVersion) {
  const cpus = os.cpus();
  let distro = '';
  try {
    distro = /PRETTY_NAME="?([^"\n]*)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
  } catch {}
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: round(os.totalmem() / 1024 ** 3, 1),
    os: `${distro || os.type()} (${os.type()} ${os.release()} ${os.arch()})`,
    chromium: browserVersion,
    node: process.version,
    date: new Date().toISOString(),
    loadAverageAtStart: round(LOAD_AT_START, 2),
  };
}

function sizeOf(path) {
  const bytes = readFileSync(resolve(ROOT, path));
  return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function bundles(options, bundlePath) {
  const out = { ours: sizeOf(bundlePath) };
  for (const peer of options.peers) {
    const files = PEER_FILES[peer];
    out[peer] = { ...sizeOf(files.js), ...(files.css ? { css: sizeOf(files.css) } : {}) };
  }
  return out;
}

/** Builds dist/ unless told not to; the bundle to measure, as a path. */
function prepareBundle(options) {
  if (options.build) {
    log('bench: node scripts/build.js');
    const built = spawnSync(process.execPath, ['scripts/build.js'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('the build failed');
  }
  const path = options.bundle ? resolve(options.bundle) : join(ROOT, BUNDLE);
  if (!existsSync(path))
    throw new Error(`${path} is missing (build it, or run without --no-build)`);
  return path;
}

/** The bundle's URL: its path under the repository, else its folder mounted at /bench/bundle/. */
function bundleUrl(path, mounts) {
  const inside = relative(ROOT, path);
  if (!inside.startsWith('..') && !isAbsolute(inside)) return `/${inside.split(sep).join('/')}`;
  mounts.set('/bench/bundle/', dirname(path));
  return `/bench/bundle/${basename(path)}`;
}

/** The datasets: each size with the usual 8 categories, then the many-categories one. */
function plan(options) {
  const rows = options.sizes.map((events) => ({ key: String(events), events, categories: 8 }));
  if (options.lanes) {
    const { events, categories } = options.lanes;
    rows.push({ key: `${events}x${categories}`, events, categories, lanes: true });
  }
  return rows;
}

function describeRun(run) {
  if (!run.ok) return `FAILED: ${run.error}`;
  const s = run.scenario;
  if (!s) return `render ${round(run.dataToRender)} ms`;
  const p95 = (name, key) => (s[name]?.didNotFinish ? 'did not finish' : (s[name]?.[key] ?? '—'));
  return (
    `render ${round(run.dataToRender)} ms; script p95 API ${p95('zoomApi', 'scriptP95')}/${p95('panApi', 'scriptP95')}, ` +
    `wheel ${p95('zoomWheel', 'scriptP95')}, drag ${p95('drag', 'scriptP95')} ms; frames p95 ` +
    `${p95('zoomApi', 'frameP95')}/${p95('zoomWheel', 'frameP95')}/${p95('panApi', 'frameP95')}/${p95('drag', 'frameP95')} ms`
  );
}

/**
 * Runs one page, with `capS` seconds for data→render and for each phase of the scenario, and logs
 * it; starts a new browser when the old one would not close the page.
 */
async function runOne(ctx, label, page, query, capS) {
  const t = performance.now();
  const params = new URLSearchParams({ seed: String(SEED), ...query });
  const url = `${ctx.server.url}/bench/pages/${page}.html?${params}`;
  const spec = { url, renderS: capS, phaseS: capS, scenario: query.scenario !== '0' };
  const run = await runPage(ctx.browser, spec);
  log(`bench: ${label}: ${describeRun(run)} (${round((performance.now() - t) / 1000)} s)`);
  if (run.stuck) {
    await ctx.browser.close().catch(() => {});
    ctx.browser = await chromium.launch({
      executablePath: ctx.executablePath,
      args: CHROMIUM_ARGS,
    });
  }
  return run;
}

/** Every run of one dataset: ours in both mount orders, then each peer still in the race. */
async function measureRow(ctx, row) {
  const { options } = ctx;
  const entry = { events: row.events, categories: row.categories, lanes: Boolean(row.lanes) };
  entry.ours = Object.fromEntries(ORDERS.map((order) => [order, { runs: [] }]));
  entry.peers = {};
  const peers = row.lanes ? [] : options.peers;
  for (const peer of peers) {
    entry.peers[peer] = ctx.stopped.has(peer) ? { skipped: ctx.stopped.get(peer) } : { runs: [] };
  }
  const query = { n: String(row.events), categories: String(row.categories) };
  const name = row.lanes
    ? `${count(row.events)} events in ${count(row.categories)} categories`
    : `${count(row.events)} events`;
  for (let r = 1; r <= options.runs; r++) {
    const of = `run ${r}/${options.runs}`;
    for (const order of ORDERS) {
      const side = entry.ours[order];
      if (side.didNotFinish) continue;
      // The scenario runs once the element is rendered, which the mount order does not change.
      const scenario = order === ORDERS[0] ? '1' : '0';
      const q = { ...query, order, bundle: ctx.bundleUrl, scenario };
      const run = await runOne(
        ctx,
        `${name}, event-timeline ${order}, ${of}`,
        'ours',
        q,
        options.timeout,
      );
      side.runs.push(run);
      if (run.timedOut) side.didNotFinish = `did not finish in ${options.timeout} s`;
    }
    for (const peer of peers) {
      const side = entry.peers[peer];
      if (side.skipped || side.didNotFinish) continue;
      const run = await runOne(
        ctx,
        `${name}, ${PEER_TITLES[peer]}, ${of}`,
        peer,
        query,
        options.cap,
      );
      side.runs.push(run);
      if (run.timedOut) {
        side.didNotFinish = `did not finish in ${options.cap} s`;
        ctx.stopped.set(
          peer,
          `not run: did not finish ${count(row.events)} events in ${options.cap} s`,
        );
      }
    }
  }
  for (const side of [...Object.values(entry.ours), ...Object.values(entry.peers)]) {
    if (side.runs) side.median = mediansOf(side.runs);
    if (side.runs && !side.median) side.error = firstError(side.runs);
  }
  return entry;
}

const ms = (x) => `${round(x)} ms`;

/** The search and filter scenario at one size, `options.runs` times, each in a fresh page. */
async function measureSearch(ctx, events) {
  const runs = [];
  const query = { n: String(events), categories: '8', order: ORDERS[0], scenario: '0' };
  const params = new URLSearchParams({ seed: String(SEED), ...query, bundle: ctx.bundleUrl });
  const url = `${ctx.server.url}/bench/pages/ours.html?${params}`;
  for (let r = 1; r <= ctx.options.runs; r++) {
    const t = performance.now();
    const run = await runSearchPage(ctx.browser, url, ctx.options.timeout);
    runs.push(run);
    const said = run.ok
      ? `index ${ms(run.build.buildMs)}; keystroke p95 ${ms(searchFiguresOf([run]).keystrokeP95)}; filter p95 ${ms(searchFiguresOf([run]).filterP95)}`
      : `FAILED: ${run.error}`;
    log(
      `bench: search, ${count(events)} events, run ${r}/${ctx.options.runs}: ${said} (${round((performance.now() - t) / 1000)} s)`,
    );
  }
  return { events, runs, figures: searchFiguresOf(runs), error: firstError(runs) };
}

/** The tiled zoom, `options.runs` times, each in a fresh page; figures are the runs' medians. */
async function measureTiles(ctx) {
  const { tiles: template, runs: n, timeout } = ctx.options;
  const params = new URLSearchParams({ tiles: template, bundle: ctx.bundleUrl });
  const url = `${ctx.server.url}/bench/pages/tiles.html?${params}`;
  const runs = [];
  for (let r = 1; r <= n; r++) {
    const t = performance.now();
    const run = await runTilesPage(ctx.browser, url, timeout);
    runs.push(run);
    const said = run.ok
      ? `frames p95 ${ms(run.zoom.frameP95)}; script p95 ${ms(run.zoom.scriptP95)}; the day's labels after ${ms(run.zoom.dayLabelsMs)}`
      : `FAILED: ${run.error}`;
    log(`bench: tiled zoom, run ${r}/${n}: ${said} (${round((performance.now() - t) / 1000)} s)`);
  }
  const ok = runs.filter((run) => run.ok);
  const of = (pick) => round(median(ok.map(pick)), 1);
  const figures = ok.length
    ? {
        events: ok[0].load.events,
        steps: ok[0].zoom.steps,
        labelsMs: of((run) => run.load.labelsMs),
        frameP50: of((run) => run.zoom.frameP50),
        frameP95: of((run) => run.zoom.frameP95),
        scriptP50: of((run) => run.zoom.scriptP50),
        scriptP95: of((run) => run.zoom.scriptP95),
        dayLabelsMs: of((run) => run.zoom.dayLabelsMs),
        day: ok[0].zoom.day.map((d) => d.slice(0, 16)).join(' – '),
      }
    : null;
  return { template, runs, figures, error: runs.find((run) => !run.ok)?.error ?? null };
}

function writeResults(results, out) {
  const path = resolve(ROOT, out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  // Biome formats JSON its own way (short arrays on one line); keep `biome check` clean.
  spawnSync(join(ROOT, 'node_modules/.bin/biome'), ['format', '--write', path], { cwd: ROOT });
  return relative(ROOT, path);
}

function writeReadme(table) {
  const path = join(ROOT, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const a = readme.indexOf(START);
  const z = readme.indexOf(END);
  if (a < 0 || z < a) {
    log(`bench: README.md has no ${START} … ${END} section; not updated`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(
    path,
    `${readme.slice(0, a)}${START}\n\n${table}\n\n${END}${readme.slice(z + END.length)}`,
  );
  log('bench: updated README.md');
}

async function main() {
  const options = readOptions();
  const bundlePath = prepareBundle(options);
  if (LOAD_AT_START >= 1) {
    log(
      `bench: warning: the machine is busy (load average ${round(LOAD_AT_START, 2)} on ${os.cpus().length} cores); ` +
        'the figures will be slower and noisier than on an idle machine',
    );
  }
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('no Chromium or Chrome found; install chromium or set CHROME_PATH');
  const mounts = new Map();
  const url = bundleUrl(bundlePath, mounts);
  const server = await serve(ROOT, new Map(), mounts);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const ctx = { options, server, browser, executablePath, bundleUrl: url, stopped: new Map() };
  const results = {
    machine: machine(browser.version()),
    options: { ...options, seed: SEED, bundle: relative(ROOT, bundlePath) },
    bundles: bundles(options, relative(ROOT, bundlePath)),
    rows: {},
    search: {},
  };
  try {
    for (const row of plan(options)) results.rows[row.key] = await measureRow(ctx, row);
    for (const events of options.search) results.search[events] = await measureSearch(ctx, events);
    if (options.tiles) results.tiles = await measureTiles(ctx);
  } finally {
    await ctx.browser.close();
    await server.close();
  }
  results.targets = verdicts(results);
  results.machine.loadAverageAtEnd = round(os.loadavg()[0], 2);
  results.durationS = round((performance.now() - started) / 1000);
  const table = report(results);
  const written = writeResults(results, options.out);
  console.log(`${table}\n`);
  console.log(`bench: wrote ${written} in ${results.durationS} s`);
  if (options.readme) writeReadme(table);
  const failed = results.targets.filter((t) => t.pass === false);
  if (options.check && failed.length) {
    log(`bench: ${failed.length} target(s) failed:`);
    for (const t of failed)
      log(`  ${t.events ? `${count(t.events)} events: ` : ''}${t.what}: ${t.shown} (${t.limit})`);
    process.exitCode = 1;
  } else if (options.check)
    log(`bench: every target measured passes (${allPass(results.targets)})`);
}

main().catch((error) => {
  log(`bench: ${error.message}`);
  process.exit(1);
});
