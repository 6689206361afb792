// The playground (demo/playground.html) built with Vite as a site would build it: prints its
// bytes, gzip, apart from the element's, then tests the built page in Chromium with
// playwright-core: typing, issues, selection, schema checks, and the embed code in a fresh page.
// Writes counts for npm test (PLAYGROUND_COUNTS). `--no-build` skips building dist/ first.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../bench/server.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { playgroundTests } from './playground-tests.js';

const OUT = 'test-output/playground';

if (!process.argv.includes('--no-build') || !existsSync('dist/event-timeline.js')) {
  // The embed code loads the standalone bundle, as a site would.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
}
execFileSync(
  'npx',
  ['vite', 'build', '--config', 'vite.playground.config.ts', '--logLevel', 'error'],
  {
    stdio: 'inherit',
  },
);

/** Bytes of the built page's files, gzip, in two sums: the element's chunks and the rest. */
function countBytes() {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const sums = { element: 0, playground: 0 };
  console.log('the playground page, built (gzip -9):');
  for (const name of readdirSync(`${OUT}/assets`).sort()) {
    // The parse worker starts only for data over 1 MB; it is not part of the page's load.
    if (name.startsWith('parse-worker')) continue;
    const gzip = gzipSync(readFileSync(`${OUT}/assets/${name}`), { level: 9 }).length;
    sums[name.startsWith('element-') ? 'element' : 'playground'] += gzip;
    console.log(`  ${name.padEnd(36)} ${kb(gzip)}`);
  }
  console.log(`  editor, schema support and page: ${kb(sums.playground)}`);
  console.log(`  the element itself:              ${kb(sums.element)}`);
  const bundle = gzipSync(readFileSync('dist/event-timeline.js'), { level: 9 }).length;
  console.log(`  (dist/event-timeline.js, which carries none of the editor: ${kb(bundle)})`);
}
countBytes();

const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const server = await serve('.');
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: CHROMIUM_ARGS,
});
const results = await playgroundTests({
  browser,
  url: `${server.url}/${OUT}/playground.html`,
  axe,
});
await browser.close();
await server.close();
if (process.env.PLAYGROUND_COUNTS) {
  writeFileSync(process.env.PLAYGROUND_COUNTS, JSON.stringify(results));
}
console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed ? 1 : 0);
