// npm test: the framework examples in demo/frameworks type-check against the package's types
// (types/) with each framework's own checker: tsc for React 19, vue-tsc for Vue 3, svelte-check
// for Svelte 5. Each checker also gets a broken copy of its example and must report every
// mistake in it on its line, so a check that passes is one that could have failed. Last, the
// packed package is type-checked as a user's project would see it (verifyPackage).
// The checkers run on a copy of demo/frameworks in test-output/framework-types (at the same depth,
// so its relative imports and tsconfig paths still hold). Writes counts for npm test.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { resolve } from 'node:path';

const DIR = 'test-output/framework-types';
const TS5 = ['--require', './scripts/typescript5.cjs'];

/** Each mistake: the text in the example, what replaces it, and what the checker must say. */
export const CHECKS = [
  {
    name: 'React 19 (tsc)',
    file: 'react.tsx',
    run: () => [
      process.execPath,
      ['node_modules/typescript/bin/tsc', '--noEmit', '-p', `${DIR}/tsconfig.json`],
    ],
    mistakes: [
      ['data={data}', 'data={data}\n        mode="stroy"', /"stroy"/],
      ['ontimeline-select=', 'ontimeline-selct=', /implicitly has an 'any' type/],
      ['e.detail.event?.title', 'e.detail.event?.titel', /'titel'/],
      ['data={data}', 'dta={data}', /\bdta\b/],
    ],
  },
  {
    name: 'Vue 3 (vue-tsc)',
    file: 'vue-app.vue',
    run: () => [
      'node',
      [...TS5, 'node_modules/vue-tsc/bin/vue-tsc.js', '--noEmit', '-p', `${DIR}/tsconfig.vue.json`],
    ],
    mistakes: [
      ['mode="chart"', 'mode="stroy"', /"stroy"/],
      ['@timeline-select=', '@timeline-selct=', /onTimelineSelct/],
      [':data="data"', ':data="data" :hash-links="\'yes\'"', /string/],
    ],
  },
  {
    name: 'Svelte 5 (svelte-check)',
    file: 'svelte-app.svelte',
    run: () => [
      'node',
      [
        ...TS5,
        'node_modules/svelte-check/bin/svelte-check',
        '--workspace',
        DIR,
        '--tsconfig',
        resolve(DIR, 'tsconfig.svelte.json'),
        '--output',
        'machine',
        '--fail-on-warnings',
      ],
    ],
    mistakes: [
      ['mode="chart"', 'mode="stroy"', /"stroy"/],
      ['ontimeline-select=', 'ontimeline-selct=', /'"ontimeline-selct"' does not exist/],
    ],
  },
];

/** `{ file, line, message }` for each error in tsc's, vue-tsc's or svelte-check's output. */
export function parseErrors(output) {
  const errors = [];
  for (const line of output.split('\n')) {
    const ts = /^(.+?)\((\d+),\d+\): error (.*)$/.exec(line);
    // svelte-check --output machine: the message is a JSON string.
    const svelte = /^\d+ (?:ERROR|WARNING) "(.+?)" (\d+):\d+ (".*")$/.exec(line);
    const m = ts ?? svelte;
    const message = svelte ? JSON.parse(svelte[3]) : m?.[3];
    if (m) errors.push({ file: m[1].split('/').pop(), line: Number(m[2]), message });
  }
  return errors;
}

/** The broken copy of `source`, and the 1-based line of each mistake in it. */
export function breakExample(source, mistakes) {
  let text = source;
  const lines = [];
  for (const [find, replace] of mistakes) {
    const at = text.indexOf(find);
    if (at < 0)
      throw new Error(`mistake not placed: ${JSON.stringify(find)} is not in the example`);
    text = text.slice(0, at) + replace + text.slice(at + find.length);
    lines.push(text.slice(0, at).split('\n').length + replace.split('\n').length - 1);
  }
  return { text, lines };
}

function verify(check) {
  const source = readFileSync(`${DIR}/${check.file}`, 'utf8');
  // Each mistake gets a broken copy of its own, so one cannot hide another.
  const broken = check.mistakes.map((mistake, i) => {
    const file = check.file.replace(/\.(\w+)$/, `.broken${i}.$1`);
    const { text, lines } = breakExample(source, [mistake]);
    writeFileSync(`${DIR}/${file}`, text);
    return { file, line: lines[0], expect: mistake[2], what: mistake[1].trim() };
  });
  const [command, args] = check.run();
  const result = spawnSync(command, args, { encoding: 'utf8' });
  const errors = parseErrors(`${result.stdout}\n${result.stderr}`);
  const problems = [];
  // Any error outside the broken copies is one in the example, its entry or the package's types.
  const unexpected = errors.filter((e) => !broken.some((b) => b.file === e.file));
  if (unexpected.length)
    problems.push(
      `errors:\n${unexpected.map((e) => `  ${e.file}:${e.line}: ${e.message}`).join('\n')}`,
    );
  for (const b of broken) {
    const found = errors.some(
      (e) => e.file === b.file && e.line === b.line && b.expect.test(e.message),
    );
    if (!found) problems.push(`not reported: ${b.what} (${b.file}:${b.line})`);
  }
  if (broken.length && !errors.length)
    problems.push(`the checker reported nothing:\n${result.stdout}${result.stderr}`);
  return problems;
}

const CONSUMER = 'test-output/framework-consumer';
/** A user's project: each line marked ✗ must be reported, and no other. */
const CONSUMER_APP = `import 'event-timeline/define';
import type {} from 'event-timeline/react';
import type {} from 'event-timeline/svelte';
import type {} from 'event-timeline/vue';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { GlobalComponents } from 'vue';

export const ok = <event-timeline data={[]} mode="story" ontimeline-select={(e) => e.detail.event?.title} />;
export const wrongValue = <event-timeline mode="stroy" />; // ✗
export const wrongDetail = <event-timeline ontimeline-view-change={(e) => e.detail.nope} />; // ✗
export const svelteOk: SvelteHTMLElements['event-timeline'] = { 'hash-links': true };
export const svelteWrong: SvelteHTMLElements['event-timeline'] = { 'hash-links': 'yes' }; // ✗
export type VueProps = InstanceType<GlobalComponents['event-timeline']>['$props'];
export const vueOk: VueProps = { onTimelineSelect: (e) => e.detail.id };
export const vueWrong: VueProps = { mode: 'stroy' }; // ✗
document.querySelector('event-timeline')?.addEventListener('timeline-load', (e) => e.detail.events);
document.body.addEventListener('timeline-select', (e) => e.detail.nope); // ✗
`;

/**
 * The packed package installed in a project of its own, beside the project's dependencies: its
 * framework entries resolve through its exports to dist/lib, as they do for a user.
 */
export function verifyPackage() {
  rmSync(CONSUMER, { recursive: true, force: true });
  mkdirSync(`${CONSUMER}/node_modules/event-timeline`, { recursive: true });
  for (const name of readdirSync('node_modules')) {
    if (name !== 'event-timeline' && !name.startsWith('.'))
      symlinkSync(resolve('node_modules', name), `${CONSUMER}/node_modules/${name}`);
  }
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', CONSUMER], {
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', [
    '-xzf',
    `${CONSUMER}/${packed}`,
    '-C',
    `${CONSUMER}/node_modules/event-timeline`,
    '--strip-components=1',
  ]);
  writeFileSync(`${CONSUMER}/app.tsx`, CONSUMER_APP);
  const options = { module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', strict: true };
  const config = {
    compilerOptions: {
      ...options,
      target: 'es2022',
      lib: ['es2023', 'dom'],
      types: [],
      noEmit: true,
    },
  };
  writeFileSync(`${CONSUMER}/tsconfig.json`, JSON.stringify({ ...config, include: ['app.tsx'] }));
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', CONSUMER], {
    encoding: 'utf8',
  });
  const errors = parseErrors(result.stdout);
  const marked = CONSUMER_APP.split('\n').flatMap((line, i) =>
    line.endsWith('// ✗') ? [i + 1] : [],
  );
  const isMarked = (e) => e.file === 'app.tsx' && marked.includes(e.line);
  const problems = marked
    .filter((line) => !errors.some((e) => e.file === 'app.tsx' && e.line === line))
    .map((line) => `app.tsx:${line} not reported`);
  for (const e of errors.filter((e) => !isMarked(e)))
    problems.push(`${e.file}:${e.line}: ${e.message}`);
  if (result.status !== 0 && !errors.length) problems.push(result.stdout + result.stderr);
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  cpSync('demo/frameworks', DIR, { recursive: true });
  const counts = { passed: 0, failed: 0 };
  for (const check of CHECKS) {
    let problems;
    try {
      problems = verify(check);
    } catch (error) {
      problems = [String(error.message)];
    }
    counts[problems.length ? 'failed' : 'passed']++;
    console.log(
      problems.length
        ? `  ✗ ${check.name}\n    ${problems.join('\n    ')}`
        : `  ✓ ${check.name}: the example checks, and its ${check.mistakes.length} mistakes are reported`,
    );
  }
  const problems = verifyPackage();
  counts[problems.length ? 'failed' : 'passed']++;
  console.log(
    problems.length
      ? `  ✗ the packed package in a project of its own (tsc)\n    ${problems.join('\n    ')}`
      : '  ✓ the packed package in a project of its own (tsc): its mistakes, and only those, are reported',
  );
  if (process.env.FRAMEWORK_TYPES_COUNTS)
    writeFileSync(process.env.FRAMEWORK_TYPES_COUNTS, JSON.stringify(counts));
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed ? 1 : 0);
}
