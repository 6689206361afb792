// npm run test:bench: shows that the bench can fail. Builds the bundle, and a deliberately slow
// copy of it (slow-build.js: every render spins 30 ms first), benchmarks both with
// `--sizes=1000,10000 --runs=1 --no-peers --no-lanes --no-search --check`, and checks that
// - the slow build fails the targets (`--check` exits 1), its data→render and its script time per
//   step through the API, ctrl+wheel and a drag at 10,000 events each, and that each of those
//   script figures is above the normal build's by most of the 30 ms;
// - every time target the normal build passes, the slow build fails;
// - the targets a slower render cannot change (DOM nodes, the bundle) get the same verdict;
// - `--check` exits 1 for the normal build exactly when one of its targets fails.
// Takes a few minutes; not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSlow } from './slow-build.js';

const DELAY_MS = 30;
const TIME_TARGETS = ['render', 'scriptApi', 'scriptWheel', 'scriptDrag', 'frameZoom', 'framePan'];
const SCRIPT_FIGURES = [
  'zoomApiScriptP50',
  'panApiScriptP50',
  'zoomWheelScriptP50',
  'dragScriptP50',
];
const problems = [];
const expect = (ok, message) => {
  console.log(`${ok ? 'ok' : 'FAILED'}: ${message}`);
  if (!ok) problems.push(message);
};

function bench(bundle, out) {
  const args = ['bench/run.js', `--bundle=${bundle}`, '--sizes=1000,10000', '--runs=1'];
  args.push('--no-peers', '--no-lanes', '--no-search', '--check', `--out=${out}`);
  console.log(`\n▶ node ${args.join(' ')}`);
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  return { status: run.status, results: JSON.parse(readFileSync(out, 'utf8')) };
}

const at10k = (results, id) => results.targets.find((t) => t.id === id && t.events === 10000);

const temp = mkdtempSync(join(tmpdir(), 'event-timeline-bench-'));
try {
  console.log('▶ node scripts/build.js');
  if (spawnSync(process.execPath, ['scripts/build.js'], { stdio: 'inherit' }).status !== 0) {
    throw new Error('the build failed');
  }
  const slowBundle = await buildSlow(join(temp, 'slow'), DELAY_MS);
  const normal = bench('dist/event-timeline.js', join(temp, 'normal.json'));
  const slow = bench(slowBundle, join(temp, 'slow.json'));

  expect(slow.status === 1, `the slow build fails --check (exit ${slow.status})`);
  for (const id of ['render', 'scriptApi', 'scriptWheel', 'scriptDrag']) {
    const t = at10k(slow.results, id);
    expect(t?.pass === false, `the slow build fails "${t?.what ?? id}" at 10,000: ${t?.shown}`);
  }
  const a = normal.results.rows['10000'].ours['connected-first'].median;
  const b = slow.results.rows['10000'].ours['connected-first'].median;
  for (const key of SCRIPT_FIGURES) {
    const gap = Math.round((b?.[key] - a?.[key]) * 10) / 10;
    expect(gap >= DELAY_MS / 2, `${key} grows by ${gap} ms with a ${DELAY_MS} ms slower render`);
  }
  for (const id of TIME_TARGETS) {
    const t = at10k(normal.results, id);
    if (t?.pass)
      expect(at10k(slow.results, id)?.pass === false, `slow fails "${t.what}" normal passes`);
  }
  for (const t of normal.results.targets.filter((x) => ['dom', 'bundle'].includes(x.id))) {
    const s = slow.results.targets.find((x) => x.id === t.id && x.events === t.events);
    expect(s?.pass === t.pass, `"${t.what}" (${t.events ?? 'bundle'}) is judged alike: ${t.pass}`);
  }
  const failing = normal.results.targets.some((t) => t.pass === false);
  expect(
    normal.status === (failing ? 1 : 0),
    `--check exits ${normal.status} for the normal build`,
  );
} finally {
  rmSync(temp, { recursive: true, force: true });
}
console.log(
  problems.length ? `\n${problems.length} check(s) failed` : '\nthe bench fails a slow build',
);
process.exit(problems.length ? 1 : 0);
