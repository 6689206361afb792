// A deliberately slow build of the standalone bundle, for the bench's own test (check.js): the
// project's Vite build with a busy-wait at the start of the element's render(), written to a
// folder of its own. Every render then costs `delayMs` more script time, as a regression would.
import { join } from 'node:path';
import { build } from 'vite';

const ELEMENT = /\/src\/element\/event-timeline\.ts$/;
const RENDER = /\brender\(\)\s*\{/;

/** A Vite plugin that makes the element's render() spin for `delayMs` first. */
export function slowRender(delayMs) {
  return {
    name: 'bench-slow-render',
    enforce: 'pre',
    transform(code, id) {
      if (!ELEMENT.test(id)) return null;
      if (!RENDER.test(code)) this.error('bench-slow-render: no render() { in the element');
      const spin = `const benchUntil = performance.now() + ${delayMs}; while (performance.now() < benchUntil);`;
      return { code: code.replace(RENDER, (match) => `${match} ${spin}`), map: null };
    },
  };
}

/** Builds into `outDir` and returns the bundle's path. */
export async function buildSlow(outDir, delayMs = 30) {
  await build({
    logLevel: 'warn',
    plugins: [slowRender(delayMs)],
    build: { outDir, emptyOutDir: true },
  });
  return join(outDir, 'event-timeline.js');
}
