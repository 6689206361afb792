// npm run build: the standalone bundle (dist/event-timeline.js, lit and d3 inside) with Vite,
// then the library build with its types (dist/lib) with tsc. Prints the bundle's size.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

rmSync('dist', { recursive: true, force: true });
await build({ logLevel: 'warn' });
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
const bundle = readFileSync('dist/event-timeline.js');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `dist/event-timeline.js  ${kb(bundle.length)} raw, ${kb(gzipSync(bundle, { level: 9 }).length)} gzip`,
);
console.log('dist/lib/               library build with .d.ts types');
