// npm run build: the standalone bundle with Vite (dist/event-timeline.js, with lit and every d3
// module inside, no bare import left, and beside it the chunks a few pages load on first use: the
// table view, the TimelineJS and vis adapters, the translations), then the library build with its
// types (dist/lib, lit and d3 left as bare imports) with tsc. Prints the bundle's size.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

rmSync('dist', { recursive: true, force: true });
await build({ logLevel: 'warn' });
// The project's TypeScript (7), by its path: node_modules/.bin/tsc may be another package's (the
// framework checkers' TypeScript 5 also ships a tsc).
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
const bundle = readFileSync('dist/event-timeline.js');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `dist/event-timeline.js  ${kb(bundle.length)} raw, ${kb(gzipSync(bundle, { level: 9 }).length)} gzip`,
);
console.log('dist/lib/               library build with .d.ts types');
