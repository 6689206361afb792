// npm test: lint, source shape, type check, build, API docs, package checks, the framework examples'
// types, unit tests (Vitest, TZ pinned),
// browser tests in Chromium, Firefox and WebKit (one web-test-runner run each).
// Ends with one line, "N passed, N failed", over every check and test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ENGINE_LABELS, runEngines } from './browser.js';
import { ensureEngines } from './engines.js';

const out = 'test-output';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const totals = { passed: 0, failed: 0 };
const lines = [];

function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name, command, args) {
  const ok = run(name, command, args);
  totals[ok ? 'passed' : 'failed']++;
  lines.push(`${name}: ${ok ? 'ok' : 'FAILED'}`);
}

function suite(name, command, args, countsFile, readCounts, env, { rerunCrash = false } = {}) {
  const started = Date.now();
  let ok = run(name, command, args, env);
  // A browser that dies under the runner (WebKit's MiniBrowser has, now and then, part-way through
  // a file that then passes) leaves no counts at all: that is the machine, not a test, so the
  // run is made once more, and the line says so. Failed tests always write their counts.
  let again = '';
  if (!ok && rerunCrash && !existsSync(countsFile)) {
    console.log(`\n${name}: the runner stopped without results; running it once more`);
    again = ', run twice: the first run stopped without results';
    ok = run(name, command, args, env);
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  let counts = { passed: 0, failed: ok ? 0 : 1 };
  try {
    counts = readCounts(JSON.parse(readFileSync(countsFile, 'utf8')));
    if (!ok && counts.failed === 0) counts.failed = 1;
  } catch {
    // No counts written: the runner itself failed, which counts as one failure.
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  const skipped = counts.skipped ? `, ${counts.skipped} skipped (tests/browser/skips.ts)` : '';
  lines.push(
    `${name}: ${counts.passed} passed, ${counts.failed} failed${skipped} in ${seconds} s${again}`,
  );
}

ensureEngines();
check('lint (biome)', 'npx', ['biome', 'check', '.']);
check('source shape (no import cycle, no file over its size)', 'node', ['scripts/check-source.js']);
// The project's TypeScript (7) by its path: the framework checkers' TypeScript 5 also ships a tsc.
check('types (tsc)', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit']);
check('build', 'node', ['scripts/build.js']);
check('docs (custom-elements.json and README API match the source)', 'node', [
  'scripts/check-docs.js',
]);
check('package (publint, attw)', 'npm', ['run', '--silent', 'check:package']);
suite(
  'framework types (tsc, vue-tsc, svelte-check on demo/frameworks and broken copies; the packed package)',
  'node',
  ['scripts/check-frameworks.js'],
  `${out}/framework-types.json`,
  (r) => r,
  { FRAMEWORK_TYPES_COUNTS: `${out}/framework-types.json` },
);
suite(
  'unit (vitest, TZ=America/Los_Angeles)',
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}/vitest.json`,
  ],
  `${out}/vitest.json`,
  (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + (r.numFailedTestSuites ?? 0) }),
  { TZ: 'America/Los_Angeles' },
);
suite(
  'pages (plain HTML, React 19, Vue 3, Svelte 5, strict CSP; Chromium)',
  'node',
  ['scripts/frameworks.js', '--no-build'],
  `${out}/frameworks.json`,
  (r) => r,
  { FRAMEWORK_COUNTS: `${out}/frameworks.json` },
);
suite(
  'playground (built page; Chromium)',
  'node',
  ['scripts/playground.js', '--no-build'],
  `${out}/playground.json`,
  (r) => r,
  { PLAYGROUND_COUNTS: `${out}/playground.json` },
);
for (const engine of runEngines()) {
  suite(
    `browser (web-test-runner, ${ENGINE_LABELS[engine]})`,
    'npx',
    ['web-test-runner'],
    `${out}/wtr-${engine}.json`,
    (r) => r,
    { WTR_COUNTS: `${out}/wtr-${engine}.json`, WTR_ENGINE: engine },
    { rerunCrash: true },
  );
}

console.log(`\n${lines.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
