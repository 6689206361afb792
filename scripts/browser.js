// npm run test:browser [-- --engine firefox] [web-test-runner options]: makes sure the engines are
// there (DESIGN §4), then runs the browser tests in each with web-test-runner.
import { spawnSync } from 'node:child_process';
import { ensureEngines } from './engines.js';

export const ENGINE_LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** The engines to run: TEST_ENGINES="chromium,firefox" narrows them; all three by default. */
export function runEngines() {
  const asked = (process.env.TEST_ENGINES ?? '').split(',').filter(Boolean);
  const unknown = asked.filter((name) => !ENGINE_LABELS[name]);
  if (unknown.length) throw new Error(`TEST_ENGINES: unknown engine ${unknown.join(', ')}`);
  return asked.length ? asked : Object.keys(ENGINE_LABELS);
}

export { ensureEngines };

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--engine');
  const engines = at >= 0 ? [args.splice(at, 2)[1]] : runEngines();
  ensureEngines(engines);
  let status = 0;
  for (const engine of engines) {
    const result = spawnSync('npx', ['web-test-runner', ...args], {
      stdio: 'inherit',
      env: { ...process.env, WTR_ENGINE: engine },
    });
    status ||= result.status ?? 1;
  }
  process.exit(status);
}
